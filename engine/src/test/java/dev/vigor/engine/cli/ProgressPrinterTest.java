package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The CLI's progress stream, driven with a hand-moved clock: a CI log gets each phase, a count
 * line per interval (never one per trace, never a carriage return) and each violation as it
 * comes; a terminal gets one line redrawn in place.
 */
class ProgressPrinterTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong();
  private final StringWriter text = new StringWriter();

  private ProgressPrinter printer(boolean terminal) {
    return new ProgressPrinter(new PrintWriter(text), terminal, 10 * SECOND,
        p -> p.getFileName().toString(), now::get);
  }

  @Test
  void aLogGetsPhasesACountPerIntervalAndEachViolation() {
    ProgressPrinter p = printer(false);
    p.onProgress(new Progress(Phase.SYMBOLIC_EXECUTION, 0, -1, "exploring paths"));
    p.explored(null, List.of(0, 1, 2, 3));
    p.onProgress(new Progress(Phase.VALIDATION, 0, 400, "0 of 400 traces checked"));
    for (int i = 1; i <= 400; i++) {
      now.addAndGet(SECOND / 10); // 40 s in all
      p.traceDone(Path.of("spec.py"), i == 7 ? violated(7) : proved(i));
      p.onProgress(new Progress(Phase.VALIDATION, i, 400, i + " of 400 traces checked"));
    }
    p.finish();
    String log = text.toString();
    assertFalse(log.contains("\r"), log);
    assertTrue(log.contains("vigor: Exploring every path …"), log);
    assertTrue(log.contains("vigor: 4 traces to check"), log);
    assertTrue(log.contains("vigor: Checking traces against the spec …"), log);
    assertTrue(log.contains("vigor: spec.py: trace 7 VIOLATED at spec.py:3:5: the NF did"
        + " \"drop\", the spec requires \"send on device 1\""), log);
    long counts = log.lines().filter(l -> l.contains("trace checks done")).count();
    assertEquals(4, counts, log); // one per 10 s of the 40
    assertTrue(log.contains("vigor: 100 of 400 trace checks done, 1 violated (10 s)"), log);
  }

  @Test
  void aTerminalGetsOneLineRedrawnAndFindingsOnTheirOwnLines() {
    ProgressPrinter p = printer(true);
    p.onProgress(new Progress(Phase.VALIDATION, 0, 2, "0 of 2 traces checked"));
    now.addAndGet(SECOND);
    p.onProgress(new Progress(Phase.VALIDATION, 1, 2, "1 of 2 traces checked"));
    p.lowLevel(List.of(new Verification.LowLevel("DIVISION_BY_ZERO", "nf.c:4:9", "divides by zero",
        true, null, true)));
    p.finish();
    String out = text.toString();
    assertTrue(out.contains("\rvigor: 1 of 2 trace checks done (1 s)"), out);
    assertTrue(out.contains("vigor: low-level VIOLATED DIVISION_BY_ZERO at nf.c:4:9: divides by"
        + " zero (replayed)\n"), out);
  }

  private static TraceResult proved(int id) {
    return new TraceResult(id, Verdict.PROVED, List.of(), Optional.empty(), 1);
  }

  private static TraceResult violated(int id) {
    ConcreteInput in = new ConcreteInput(0, new byte[0], 0, 0, List.of(), List.of());
    return new TraceResult(id, Verdict.VIOLATED, List.of(), Optional.of(new Counterexample(in,
        "drop", "send on device 1", "spec.py:3:5", List.of())), 1);
  }
}
