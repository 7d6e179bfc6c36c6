package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vigor run --qemu: the bridge booted on NFOS plays a capture and writes what it sent, the same
 * frames on the same devices as its Linux binary (frames of at least 60 bytes, all at one time:
 * NFOS keeps its own time); bad options are refused with what to do.
 */
class RunQemuTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void tools() {
    RunFixture.assumeQemu();
  }

  /** The frames of a capture, per device, as hex, in order. */
  private static List<List<String>> perDevice(Path capture, int devices) throws Exception {
    List<List<String>> out = new ArrayList<>();
    for (int d = 0; d < devices; d++) {
      out.add(new ArrayList<>());
    }
    for (CapturedPacket p : Pcapng.read(Files.readAllBytes(capture))) {
      out.get(p.device()).add(HexFormat.of().formatHex(p.bytes()));
    }
    return out;
  }

  @Test
  void theBridgeOnNfosSendsWhatItsLinuxBinarySends() throws Exception {
    Path bridge = RunFixture.CATALOG.resolve("bridge");
    LoadedNf nf = LoadedNf.load(bridge);
    List<CapturedPacket> generated = new TrafficGenerator(TrafficGenerator.forNf(nf,
        NfConfig.load(bridge), 10, 9)).generate(600);
    List<CapturedPacket> flat = new ArrayList<>();
    for (CapturedPacket p : generated) {
      if (p.bytes().length >= 60 && flat.size() < 250) {
        flat.add(new CapturedPacket(p.device(), generated.get(0).timeNs(), p.bytes()));
      }
    }
    Path in = tmp.resolve("in.pcapng");
    Pcapng.write(in, flat, 2);
    Path linux = tmp.resolve("linux.pcapng");
    Path nfos = tmp.resolve("nfos.pcapng");
    RunFixture.Cli l = RunFixture.run(bridge.toString(), "--pcap", in.toString(), "--out",
        linux.toString());
    assertEquals(0, l.exit(), l.all());
    RunFixture.Cli q = RunFixture.run(bridge.toString(), "--pcap", in.toString(), "--out",
        nfos.toString(), "--qemu");
    assertEquals(0, q.exit(), q.all());
    assertTrue(q.out().startsWith("nf on NFOS (QEMU): " + flat.size() + " packets in:"), q.out());
    List<List<String>> expected = perDevice(linux, 2);
    assertTrue(expected.get(0).size() + expected.get(1).size() > 100, "traffic is forwarded");
    assertEquals(expected, perDevice(nfos, 2));
  }

  @Test
  void qemuWithoutACaptureToPlayIsRefused() {
    RunFixture.Cli r = RunFixture.run(RunFixture.CATALOG.resolve("bridge").toString(), "--qemu",
        "--pcap", "x.pcapng");
    assertEquals(3, r.exit(), r.all());
    assertTrue(r.err().contains("--qemu plays a capture into the NF on NFOS"), r.all());
  }
}
