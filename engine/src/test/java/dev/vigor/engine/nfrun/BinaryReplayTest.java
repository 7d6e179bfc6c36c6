package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.mutation.Mutant;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counterexamples replayed on the built binary, from their tables: a wrong bridge property's, and
 * a planted NAT bug's whose flow table is full (its other entries made up by the binary too). The
 * binary does what the counterexample says; a state file naming no object is refused by name.
 */
class BinaryReplayTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  private static Counterexample firstCounterexample(Path nfDir, Path spec) throws Exception {
    Verification.Result r = Verification.run(nfDir, LoadedNf.load(nfDir), List.of(spec), 60_000);
    return r.specs().get(0).traces().stream().flatMap(t -> t.counterexample().stream())
        .findFirst().orElseThrow(() -> new AssertionError("no counterexample: " + r.verdict()));
  }

  @Test
  void aWrongPropertysCounterexampleDoesOnTheBinaryWhatItSays() throws Exception {
    Path bridge = tmp.resolve("bridge");
    dev.vigor.engine.FolderCopy.copyTree(RunFixture.CATALOG.resolve("bridge"), bridge);
    // wrong on purpose: the bridge floods frames to unknown destinations
    Path prop = bridge.resolve("props/drop_unknown.py");
    Files.writeString(prop, """
        from state import dyn_macs, static_macs
        h = pop_header(ether, on_mismatch=([], []))
        if h.daddr in dyn_macs or h.daddr in static_macs:
            pass
        else:
            return DROP
        """);
    Counterexample c = firstCounterexample(bridge, prop);
    BinaryReplay.Outcome o = BinaryReplay.run(bridge, c.input(), tmp.resolve("cache"));
    assertTrue(o.agrees(), o.describe(c.input().packet()));
    assertFalse(o.binaryVerdict() == -1, "the binary does not drop it: " + o.binaryVerdict());
    assertTrue(o.describe(c.input().packet()).endsWith("as the counterexample says."));
  }

  @Test
  void aFullTablesCounterexampleIsReplayedWithTheTableFull() throws Exception {
    Path nat = Mutant.named("nat", "full-table-leaks").plantIn("nat", tmp.resolve("nat"));
    Path c = nat.resolve("nat.c");
    Files.writeString(c, Files.readString(c).replace("#define CAPACITY 65536",
        "#define CAPACITY 512"));
    Path props = nat.resolve("nf.properties");
    Files.writeString(props, Files.readString(props).replaceAll(
        "(?m)^(capacity\\.\\w+) = 65536$", "$1 = 512"));
    Counterexample cex = firstCounterexample(nat, nat.resolve("spec.py"));
    ConcreteInput in = cex.input();
    assertTrue(in.objects().stream().anyMatch(ConcreteInput.ObjectState::full),
        "the counterexample needs a full table: " + in.summary());
    String state = BinaryReplay.stateFile(LoadedNf.load(nat), in);
    assertTrue(state.contains("\nfill flows "), state);
    BinaryReplay.Outcome o = BinaryReplay.run(nat, in, tmp.resolve("cache"));
    assertTrue(o.agrees(), o.describe(in.packet()));
    assertEquals(2, o.binaryVerdict(), "the planted bug sends the new flow out: "
        + o.describe(in.packet()));
  }

  @Test
  void aStateFileNamingNoObjectIsRefusedWithItsLine() throws Exception {
    Path bridge = RunFixture.CATALOG.resolve("bridge");
    LoadedNf nf = LoadedNf.load(bridge);
    Path binary = NfBuild.binaryOf(bridge, nf, dev.vigor.engine.exec.NfConfig.load(bridge),
        tmp.resolve("cache"));
    Path state = tmp.resolve("bad-state.txt");
    Files.writeString(state, "reset dyn_macs\nemap flows 0 5 00\n");
    Path in = tmp.resolve("one.pcapng");
    Pcapng.write(in, List.of(new CapturedPacket(0, 1, new byte[60])), 2);
    try (NfProcess p = NfProcess.start(binary, List.of("--pcap", in.toString(), "--out",
        tmp.resolve("o.pcapng").toString(), "--state", state.toString()))) {
      p.stdout().transferTo(java.io.OutputStream.nullOutputStream());
      int status = p.waitFor();
      assertEquals(3, status);
      assertTrue(p.stderr().contains("line 2: no libVig object named flows"), p.stderr());
    }
  }

  @Test
  void anOutcomeThatDiffersSaysItIsABugUnlessHashesWereAssumed() {
    byte[] pkt = new byte[20];
    var differs = new BinaryReplay.Outcome(-1, pkt, 1L, pkt, null, false);
    assertFalse(differs.agrees());
    assertEquals("The binary dropped it; the engine's run of the same C sent it on device 1"
        + " (unchanged). This is a bug in the tool: please report it.", differs.describe(pkt));
    assertTrue(new BinaryReplay.Outcome(-1, pkt, 1L, pkt, null, true).describe(pkt)
        .contains("vig_hash values"));
  }
}
