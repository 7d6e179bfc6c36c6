package dev.vigor.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run saved by the store reads back with its verdicts, counterexample and checker messages. */
class RunFileTest {
  private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 24, 5, 30, 1);

  static Verification.Result sample() {
    ConcreteInput in = new ConcreteInput(1, new byte[] {1, 2, 3, (byte) 0xff}, 4, 42L,
        List.of(new ConcreteInput.ObjectState("dyn_macs", "emap",
            List.of(new ConcreteInput.Entry(new byte[] {9, 9}, 3, 7L, null)), false)), List.of());
    Counterexample cex = new Counterexample(in, "flood", "drop", "props/p.py:7:5",
        List.of("bridge.c:40:3: h = ...", "bridge.c:52:5: return \"quoted\""));
    Verification.SpecResult violated = new Verification.SpecResult(Path.of("/nf/props/p.py"),
        List.of(), List.of(new TraceResult(0, Verdict.PROVED, List.of(), Optional.empty(), 3),
            new TraceResult(1, Verdict.VIOLATED, List.of(), Optional.of(cex), 9)), 12);
    Verification.SpecResult malformed = new Verification.SpecResult(Path.of("/nf/props/bad.py"),
        List.of(Diagnostic.error(SourceLocation.of("/nf/props/bad.py", 2, 4), "unknown name x")),
        List.of(), 0);
    return new Verification.Result(List.of(), List.of(violated, malformed));
  }

  /** A run with layers below the NF keeps their results: verdict, paths, findings with values. */
  @Test
  void lowerLayersReadBackAndCount(@TempDir Path workspace) throws Exception {
    var finding = new dev.vigor.engine.layers.LayerFinding("LAYER_ASSERTION",
        "nfos/driver/verify/nic_model.c:190:3", "a register the 82540EM does not have: where reg = 0x414",
        true, java.util.Map.of("vig_any_u16() at harness.c:3:5", "1"), List.of("e1000.c:80:3: call write_reg"));
    var io = new dev.vigor.engine.layers.LayerResult("io", 156, List.of(), List.of("IO_BURST=3"), 2100);
    var driver = new dev.vigor.engine.layers.LayerResult("driver", 111, List.of(finding),
        List.of("E1000_RING=8"), 5000);
    Verification.Result result = new Verification.Result(List.of(), List.of(new Verification.SpecResult(
        Path.of("/nf/spec.py"), List.of(), List.of(new TraceResult(0, Verdict.PROVED, List.of(),
            Optional.empty(), 3)), 3))).withLowerLayers(List.of("driver", "io", "nf"), List.of(driver, io));
    Path file = new RunStore(workspace).save(Path.of("/nf/bridge"), result, WHEN);
    RunRecord run = RunFile.read(Files.readString(file), WHEN);
    assertEquals(List.of("driver", "io", "nf"), run.layers());
    assertEquals(Verdict.VIOLATED, run.verdict());
    assertEquals("violated: layer driver; 1 proved; layer io proved", run.verdictSummary());
    var read = run.lowerLayers().get(0);
    assertEquals("driver", read.layer());
    assertEquals(111, read.paths());
    assertEquals(finding, read.findings().get(0));
  }

  @Test
  void savedRunReadsBack(@TempDir Path workspace) throws Exception {
    RunStore store = new RunStore(workspace);
    Path file = store.save(Path.of("/nf/bridge"), sample(), WHEN);
    assertEquals("20261124-053001-bridge.json", file.getFileName().toString());
    Path second = store.save(Path.of("/nf/bridge"), sample(), WHEN);
    assertEquals("20261124-053001-bridge-2.json", second.getFileName().toString());

    List<RunStore.Entry> entries = store.list();
    assertEquals(2, entries.size());
    RunRecord run = entries.get(0).run();
    assertEquals("bridge", run.nfName());
    assertEquals(WHEN, run.started());
    assertEquals(List.of("nf"), run.layers());
    assertEquals("violated: p.py; unknown: bad.py", run.verdictSummary());
    TraceOutcome t = run.properties().get(0).traces().get(1);
    assertEquals(Verdict.VIOLATED, t.verdict());
    var c = t.counterexample().orElseThrow();
    assertEquals(1, c.device());
    assertEquals(42L, c.now());
    assertEquals(4, c.packet().length);
    assertEquals("drop", c.specOutcome());
    assertEquals(List.of("dyn_macs: key=09:09 index=3 time=7"), c.preState());
    // untyped (no NF types in this sample), the entry in the readable form: its time relative to now
    assertEquals(List.of("index 3: 0x0909, stamped now − 35 ns"), c.readable().before().get(0).entries());
    assertEquals("bridge.c:52:5: return \"quoted\"", c.steps().get(1));
    assertTrue(run.properties().get(1).diagnostics().get(0).contains("unknown name x"));
    // the tables entry by entry, as Replay on the binary loads them
    ConcreteInput.Entry e = c.input().objects().get(0).entries().get(0);
    assertEquals("dyn_macs", c.input().objects().get(0).object());
    assertEquals(List.of(3, 7L), List.of(e.index(), e.time()));
    assertEquals(List.of(9, 9), List.of((int) e.key()[0], (int) e.key()[1]));
  }

  @Test
  void aSavedRunKeepsItsLowLevelFindings(@TempDir Path workspace) throws Exception {
    Verification.LowLevel borrowed = new Verification.LowLevel("LIBVIG_PRECONDITION",
        "bridge.c:115:5", "nf_process returns with vector elements still borrowed", true, null,
        true);
    Verification.LowLevel undecided = new Verification.LowLevel("INT_OVERFLOW", "bridge.c:90:3",
        "may overflow", false, null, false);
    Verification.Result result = new Verification.Result(List.of(borrowed, undecided),
        sample().specs());
    Path file = new RunStore(workspace).save(Path.of("/nf/bridge"), result, WHEN);
    RunRecord run = RunFile.read(Files.readString(file), WHEN);
    assertEquals(2, run.lowLevel().size());
    assertEquals(borrowed.describe(), run.lowLevel().get(0).describe());
    assertEquals(Verdict.VIOLATED, run.lowLevel().get(0).verdict());
    assertEquals(undecided.describe(), run.lowLevel().get(1).describe());
    assertEquals(Verdict.UNKNOWN, run.lowLevel().get(1).verdict());
  }

  @Test
  void engineJsonWithoutDateReadsAndGarbageIsNamed(@TempDir Path dir) throws Exception {
    String engine = dev.vigor.engine.validate.ResultJson.of(Path.of("/nf/bridge"), sample().specs());
    RunRecord r = RunFile.read(engine, WHEN);
    // a run file written before readable counterexamples still shows its pre-state, as saved
    RunRecord old = RunFile.read(engine.replaceAll(",\"readable\":\\{.*?\\}\\}\\]", "}}]"), WHEN);
    assertEquals(List.of("key=09:09 index=3 time=7"), old.properties().get(0).traces().get(1)
        .counterexample().orElseThrow().readable().before().get(0).entries());
    assertEquals(WHEN, r.started());
    assertEquals(2, r.properties().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RunFile.read("{\"specs\": [", WHEN));
    assertTrue(e.getMessage().contains("offset"), e.getMessage());
    Files.createDirectories(dir.resolve("runs"));
    Files.writeString(dir.resolve("runs/broken.json"), "not json");
    List<RunStore.Entry> entries = new RunStore(dir).list();
    assertEquals(1, entries.size());
    assertTrue(entries.get(0).problem() != null);
  }

  @Test
  void savedRunsExportAsSarifAndJunit(@TempDir Path dir) throws Exception {
    RunRecord run = RunFile.read(RunFile.write(Path.of("/nf/bridge"), sample(), WHEN), WHEN);
    String sarif = dev.vigor.engine.report.SarifReport.render(EngineResults.of(run), run.nfDir());
    assertTrue(sarif.matches("(?s).*\"version\"\\s*:\\s*\"2\\.1\\.0\".*"), sarif);
    assertTrue(sarif.contains("p.py"));
    String junit = dev.vigor.engine.report.JUnitReport.render(EngineResults.of(run), run.nfDir(), "bridge");
    assertTrue(junit.contains("<testsuite"), junit);
    assertTrue(junit.contains("failure"), junit);
  }
}
