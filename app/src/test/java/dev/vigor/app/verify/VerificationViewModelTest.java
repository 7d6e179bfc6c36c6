package dev.vigor.app.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.results.RunFile;
import dev.vigor.app.results.RunRecord;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The panel's state for a reopened run and for picking what to verify. */
class VerificationViewModelTest {
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private static final TaskExecutor NO_TASKS = NoTasks.INSTANCE;

  private static RunRecord savedRun() {
    ConcreteInput in = new ConcreteInput(0, new byte[14], 14, 5L, List.of(), List.of());
    Counterexample cex = new Counterexample(in, "flood", "drop", "p.py:7:5",
        List.of("bridge.c:117:3: return"));
    Verification.SpecResult p = new Verification.SpecResult(Path.of("/nf/bridge/props/p.py"),
        List.of(), List.of(
            new TraceResult(0, Verdict.PROVED, List.of(), Optional.empty(), 3),
            new TraceResult(1, Verdict.UNKNOWN, List.of("solver timeout"), Optional.empty(), 60),
            new TraceResult(2, Verdict.VIOLATED, List.of(), Optional.of(cex), 9)), 72);
    Verification.SpecResult q = new Verification.SpecResult(Path.of("/nf/bridge/props/q.py"),
        List.of(), List.of(
            new TraceResult(0, Verdict.PROVED, List.of(), Optional.empty(), 1),
            new TraceResult(1, Verdict.PROVED, List.of(), Optional.empty(), 1),
            new TraceResult(2, Verdict.PROVED, List.of(), Optional.empty(), 1)), 3);
    LocalDateTime when = LocalDateTime.of(2026, 11, 24, 6, 0);
    return RunFile.read(RunFile.write(Path.of("/nf/bridge"),
        new Verification.Result(List.of(), List.of(p, q)), when), when);
  }

  @Test
  void aReopenedRunShowsEveryTraceAndEachPropertysCounts(@TempDir Path ws) {
    VerificationViewModel[] vm = new VerificationViewModel[1];
    robot.interact(() -> {
      vm[0] = new VerificationViewModel(NO_TASKS, new RunStore(ws));
      vm[0].show(savedRun());
    });
    VerificationViewModel m = vm[0];
    assertEquals(6, m.traces().size());
    assertEquals("p.py: violated, 3 of 3 traces, 1 violated, 1 unknown, 0.1 s",
        m.summaries().get(0).textProperty().get());
    assertEquals(TraceStatus.PROVED, m.summaries().get(1).statusProperty().get());
    // A leaf shows the worst status of its trace over the properties.
    assertEquals(TraceStatus.PROVED, m.treeStatus().get(0));
    assertEquals(TraceStatus.UNKNOWN, m.treeStatus().get(1));
    assertEquals(TraceStatus.VIOLATED, m.treeStatus().get(2));
    assertTrue(m.traces().get(2).outcomeProperty().get().counterexample().isPresent());
    assertTrue(m.messageProperty().get().contains("bridge"));
  }

  @Test
  void anInitSpecIsOneCheckNamedNfInit(@TempDir Path ws) {
    Counterexample cex = new Counterexample(ConcreteInput.beforeInit(),
        "nf_init leaves static_macs with [key 01:80:c2:00:00:00: absent]",
        "requires static_macs with [key 01:80:c2:00:00:00: ff:ff]", "/nf/bridge/init.py:9:1",
        List.of("bridge.c:71:5: call map_put"));
    Verification.SpecResult init = new Verification.SpecResult(Path.of("/nf/bridge/init.py"),
        List.of(), List.of(new TraceResult(TraceResult.NF_INIT, Verdict.VIOLATED, List.of(),
            Optional.of(cex), 4)), 4);
    LocalDateTime when = LocalDateTime.of(2026, 11, 24, 7, 0);
    RunRecord saved = RunFile.read(RunFile.write(Path.of("/nf/bridge"),
        new Verification.Result(List.of(), List.of(init)), when), when);
    robot.interact(() -> {
      VerificationViewModel m = new VerificationViewModel(NO_TASKS, new RunStore(ws));
      m.show(saved);
      assertEquals(1, m.traces().size());
      TraceRow row = m.traces().get(0);
      assertEquals(TraceResult.NF_INIT, row.traceId());
      assertEquals("init.py: violated, nf_init's tables", m.summaries().get(0).textProperty().get());
      var shown = row.outcomeProperty().get().counterexample().orElseThrow();
      assertTrue(shown.beforeInit(), "saved and read back as nf_init's run");
      assertEquals("/nf/bridge/init.py:9:1", shown.specLine());

      PropertyChoice spec = new PropertyChoice(Path.of("/nf/bridge/spec.py"), true, "");
      PropertyChoice prop = new PropertyChoice(Path.of("/nf/bridge/props/p.py"), false, "");
      PropertyChoice initChoice = new PropertyChoice(Path.of("/nf/bridge/init.py"), false, "");
      m.selectNf(Path.of("/nf/bridge"), List.of(spec, initChoice, prop));
      assertEquals(List.of(spec, initChoice), m.checkedProperties(),
          "the full spec and the init spec start checked");
      assertEquals("init.py (tables after nf_init)", initChoice.toString());
    });
  }

  @Test
  void runIsOffUntilAnNfAndAPropertyArePicked(@TempDir Path ws) {
    robot.interact(() -> {
      VerificationViewModel m = new VerificationViewModel(NO_TASKS, new RunStore(ws));
      assertFalse(m.canRunBinding().get());
      PropertyChoice spec = new PropertyChoice(Path.of("/nf/bridge/spec.py"), true, "");
      PropertyChoice prop = new PropertyChoice(Path.of("/nf/bridge/props/p.py"), false, "");
      m.selectNf(Path.of("/nf/bridge"), List.of(spec, prop));
      assertEquals(List.of(spec), m.checkedProperties(), "the full spec starts checked");
      assertTrue(m.canRunBinding().get());
      m.checkedProperties().clear();
      assertFalse(m.canRunBinding().get());
      m.run(); // nothing checked: nothing starts
      assertFalse(m.runningProperty().get());
    });
  }

  @Test
  void anyErrorAfterCancelEndsTheRunAsCancelledButARefusalStaysOne() {
    var interrupted = new java.io.IOException("closed by interrupt");
    assertTrue(VerificationViewModel.endsAsCancelled(
        new dev.vigor.engine.run.CancelledException(), false));
    assertFalse(VerificationViewModel.endsAsCancelled(interrupted, false), "no Cancel: a failure");
    assertTrue(VerificationViewModel.endsAsCancelled(interrupted, true));
    assertFalse(VerificationViewModel.endsAsCancelled(new RunRefusedException(
        java.nio.file.Path.of("spec.py"), dev.vigor.engine.diag.Diagnostic.error(
        dev.vigor.engine.diag.SourceLocation.of("spec.py", 1, 1), "bad"), 1), true));
  }
}
