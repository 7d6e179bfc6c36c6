package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vigor run --pcap IN --out OUT}: the binary's output capture holds exactly the packets the
 * engine's concrete interpreter sends for the same input, on the same devices, in order, stamped
 * with their arrival time.
 */
class RunPcapTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bridge", "firewall", "nat"})
  void outputCaptureIsWhatTheConcreteInterpreterSends(String name) throws Exception {
    Path nfDir = RunFixture.CATALOG.resolve(name);
    LoadedNf nf = LoadedNf.load(nfDir);
    NfConfig config = NfConfig.load(nfDir);
    List<CapturedPacket> in = new TrafficGenerator(TrafficGenerator.forNf(
        nf.descriptor().devices(), Map.of("EXP_TIME", 120_000_000_000L, "EXT_DEVICE",
            (long) nf.descriptor().devices() - 1), config.constants(), 200, 7)).generate(3000);
    Path input = tmp.resolve(name + "-in.pcapng");
    Path output = tmp.resolve(name + "-out.pcapng");
    Pcapng.write(input, in, nf.descriptor().devices());

    RunFixture.Cli r = RunFixture.run(nfDir.toString(), "--pcap", input.toString(), "--out",
        output.toString());
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().contains("3000 packets"), r.out());

    List<CapturedPacket> expected = new ArrayList<>();
    ConcreteInterpreter java = new ConcreteInterpreter(nf.program(), config);
    assertTrue(java.init());
    for (CapturedPacket p : in) {
      ConcreteRun run = java.process(p.device(), p.bytes(), p.timeNs());
      assertFalse(run.failed(), run.failure());
      long v = run.verdict();
      for (int d = 0; d < nf.descriptor().devices(); d++) {
        if (v == d || (v == -2 && d != p.device())) {
          expected.add(new CapturedPacket(d, p.timeNs(), run.output()));
        }
      }
    }
    List<CapturedPacket> actual = Pcapng.read(Files.readAllBytes(output));
    assertEquals(expected.size(), actual.size(), "packets sent");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).device(), actual.get(i).device(), "device of output " + i);
      assertEquals(expected.get(i).timeNs(), actual.get(i).timeNs(), "time of output " + i);
      assertArrayEquals(expected.get(i).bytes(), actual.get(i).bytes(), "bytes of output " + i);
    }
    assertTrue(expected.size() > 500, "the traffic makes the NF send: " + expected.size());
  }
}
