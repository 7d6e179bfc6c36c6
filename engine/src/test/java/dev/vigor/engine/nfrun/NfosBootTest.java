package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog bridge built into an NFOS image (NFOS, the 82540EM driver, nfos/io, libVig in C)
 * boots under QEMU with two e1000 NICs and forwards frames between them: a broadcast from a new
 * station is flooded to the other NIC, a reply to that station goes back to the NIC it was
 * learned on, and nowhere else. Skipped where QEMU is not installed or gcc cannot build 32-bit
 * code.
 */
class NfosBootTest {
  @TempDir static Path tmp;
  private static final HexFormat HEX = HexFormat.of();

  @BeforeAll
  static void tools() {
    RunFixture.assumeQemu();
  }

  private static byte[] frame(String dst, String src, int payload) {
    byte[] f = new byte[14 + payload];
    System.arraycopy(HEX.parseHex(dst), 0, f, 0, 6);
    System.arraycopy(HEX.parseHex(src), 0, f, 6, 6);
    f[12] = 0x08; // IPv4's ethertype; the bridge does not look further
    for (int i = 0; i < payload; i++) {
      f[14 + i] = (byte) i;
    }
    return f;
  }

  @Test
  void theBridgeBootsAndForwardsBetweenItsTwoNics() throws Exception {
    Path bridge = RunFixture.CATALOG.resolve("bridge");
    LoadedNf nf = LoadedNf.load(bridge);
    Path include = dev.vigor.engine.catalog.LibvigIncludeLocator.locate(bridge).orElseThrow();
    Path image;
    try {
      image = new NfBuild(NfBuild.repoOf(include), tmp.resolve("cache"), "gcc")
          .buildNfosImage(nf, ConfigSource.of(nf.program(), NfConfig.load(bridge)));
    } catch (RunFailure e) {
      Assumptions.abort("gcc cannot build the 32-bit NFOS image here: " + e.getMessage());
      return;
    }
    try (QemuMachine m = QemuMachine.boot(image, 2, tmp.resolve("console.log"))) {
      assertTrue(m.awaitReady(60_000), "NFOS did not start the NF:\n" + m.console());
      assertTrue(m.console().contains("device 0x00000001 is the 82540EM"), m.console());
      // a new station on NIC 0 broadcasts: flooded to NIC 1
      byte[] hello = frame("ffffffffffff", "0200000000aa", 46);
      m.send(0, hello);
      byte[] out = m.receive(1, 20_000).orElseThrow(() -> new AssertionError(
          "nothing came out of NIC 1"));
      assertArrayEquals(hello, out, "the frame unchanged");
      // a reply from NIC 1 to the learned station goes out of NIC 0 only
      byte[] reply = frame("0200000000aa", "0200000000bb", 46);
      m.send(1, reply);
      assertArrayEquals(reply, m.receive(0, 20_000).orElseThrow(() -> new AssertionError(
          "the reply did not come out of NIC 0")));
      assertTrue(m.receive(1, 1_000).isEmpty(), "the reply is not sent back to NIC 1");
    }
  }
}
