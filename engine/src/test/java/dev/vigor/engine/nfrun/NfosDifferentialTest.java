package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An NF booted on NFOS under QEMU does, frame by frame, what its Linux binary does with the same
 * frames: the driver, the io loop and NFOS change nothing of what the NF sees or sends. The Linux
 * binary's check records say, per packet, the verdict and the bytes sent; each frame goes into
 * the NFOS machine's NIC and exactly those frames must come out of exactly those NICs, nothing
 * else. NFOS's packet log says when the NF took a packet and what it decided, drops included;
 * the next packet is sent only then. Frames are at least 60 bytes (an emulated NIC pads shorter ones, so the NF would see
 * other bytes), and all carry one time on Linux: NFOS's time is its TSC, so only NFs whose
 * entries do not age out within the test take part (not the load balancer's 10 s flows nor the
 * policer's refill by the nanosecond).
 */
class NfosDifferentialTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void tools() {
    RunFixture.assumeQemu();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bridge", "firewall", "nat", "router"})
  void theNfOnNfosDoesWhatItsLinuxBinaryDoes(String name) throws Exception {
    Path dir = RunFixture.CATALOG.resolve(name);
    NfSetup setup = NfSetup.load(dir);
    int devices = setup.nf().descriptor().devices();
    List<CapturedPacket> generated = new TrafficGenerator(TrafficGenerator.forNf(setup.nf(),
        setup.config(), 12, 5)).generate(400);
    long time = generated.get(0).timeNs();
    List<CapturedPacket> packets = new ArrayList<>();
    for (CapturedPacket p : generated) {
      if (p.bytes().length >= 60 && packets.size() < 120) {
        packets.add(new CapturedPacket(p.device(), time, p.bytes()));
      }
    }
    Path in = tmp.resolve(name + ".pcapng");
    Pcapng.write(in, packets, devices);
    List<CheckRecord> expected = linuxRun(dir, setup, in);
    assertTrue(expected.size() == packets.size(), "the Linux binary processed every packet");

    String configC = ConfigSource.of(setup.nf().program(), setup.config());
    Path include = dev.vigor.engine.catalog.LibvigIncludeLocator.locate(dir).orElseThrow();
    Path image;
    try {
      image = new NfBuild(NfBuild.repoOf(include), tmp.resolve("cache"), "gcc")
          .buildNfosImage(setup.nf(), configC);
    } catch (RunFailure e) {
      Assumptions.abort("gcc cannot build the 32-bit NFOS image here: " + e.getMessage());
      return;
    }
    int forwarded = 0;
    try (QemuMachine m = QemuMachine.boot(image, devices, tmp.resolve(name + "-console.log"))) {
      assertTrue(m.awaitReady(60_000), "NFOS did not start " + name + ":\n" + m.console());
      for (int i = 0; i < packets.size(); i++) {
        CheckRecord r = expected.get(i);
        m.send(r.device(), r.input());
        // the next packet goes out only once the NF took this one: NICs are polled in turn, so
        // two packets waiting on different NICs could reach the NF in the other order
        int packetNo = i + 1;
        assertTrue(m.awaitProcessed(packetNo, 20_000), () -> name + ": packet " + packetNo
            + " was not processed\n" + console(m));
        assertEquals(new QemuMachine.Processed(r.device(), r.verdict()), m.processed().get(i),
            name + ": packet " + packetNo + "'s device and verdict");
        for (int d = 0; d < devices; d++) {
          boolean sent = r.verdict() == d || (r.verdict() == -2 && d != r.device());
          if (sent) {
            int packet = i + 1;
            int device = d;
            byte[] out = m.receive(d, 20_000).orElseThrow(() -> new AssertionError(name
                + ": packet " + packet + " (" + HexFormat.of().formatHex(r.input(), 0, 14)
                + "…) did not come out of device " + device + "\n" + console(m)));
            assertArrayEquals(r.output(), out, name + ": packet " + packet + " on device " + d);
            forwarded++;
          }
        }
      }
      for (int d = 0; d < devices; d++) {
        assertTrue(m.receive(d, 500).isEmpty(), name + ": a frame more on device " + d);
      }
    }
    assertTrue(forwarded > 20, name + ": the traffic is forwarded, not only dropped: " + forwarded);
  }

  private static String console(QemuMachine m) {
    try {
      return m.console();
    } catch (java.io.IOException e) {
      return "(no console: " + e.getMessage() + ")";
    }
  }

  /** What the NF's Linux binary did with every packet of in, per its check records. */
  private static List<CheckRecord> linuxRun(Path dir, NfSetup setup, Path in) throws Exception {
    Path binary = NfBuild.binaryOf(dir, setup.nf(), setup.config(), tmp.resolve("cache"));
    List<CheckRecord> out = new ArrayList<>();
    try (NfProcess p = NfProcess.start(binary, List.of("--pcap", in.toString(), "--out",
        tmp.resolve("linux-out.pcapng").toString(), "--check"))) {
      DataInputStream s = new DataInputStream(new BufferedInputStream(p.stdout()));
      for (Optional<CheckRecord> r = CheckRecord.read(s); r.isPresent(); r = CheckRecord.read(s)) {
        out.add(r.get());
      }
      assertTrue(p.waitFor() == 0, p.stderr());
    }
    return out;
  }
}
