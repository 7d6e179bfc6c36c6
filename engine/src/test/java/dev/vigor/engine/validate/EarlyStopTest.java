package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run stopped early (--fail-fast, a time limit) answers with what it decided: the traces
 * decided before the stop keep their verdicts, the rest are unknown "not checked" with the
 * reason, and the result says why it stopped; a stop after the last trace changes nothing.
 */
class EarlyStopTest {
  static final Path BRIDGE = BridgeValidationTest.BRIDGE;

  @Test
  void aStopAfterTheFirstTraceKeepsItAndLeavesTheRestNotChecked() throws Exception {
    EarlyStop stop = new EarlyStop();
    VerificationObserver stopAtFirst = new VerificationObserver() {
      @Override
      public void traceDone(Path specFile, TraceResult result) {
        stop.stop("stopped for the test");
      }
    };
    Path prop = BRIDGE.resolve("props/learn.py");
    Verification.Result r = Verification.run(BRIDGE, LoadedNf.load(BRIDGE), List.of(prop),
        120_000, 1, ProgressListener.NONE, CancelToken.none(), stopAtFirst, stop, NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS);
    assertEquals("stopped for the test", r.stopped());
    List<TraceResult> traces = r.specs().get(0).traces();
    assertTrue(traces.size() > 2, traces.toString());
    assertEquals(Verdict.PROVED, traces.get(0).verdict(), traces.get(0).toString());
    for (TraceResult t : traces.subList(1, traces.size())) {
      assertEquals(Verdict.UNKNOWN, t.verdict(), t.toString());
      assertEquals(List.of("not checked: stopped for the test"), t.reasons());
    }
    assertEquals(Verdict.UNKNOWN, r.verdict());
  }

  @Test
  void aStopBeforeTheRunChecksNothingAndSaysSo() throws Exception {
    EarlyStop stop = new EarlyStop();
    stop.stop("the time limit ran out");
    Path prop = BRIDGE.resolve("props/learn.py");
    Verification.Result r = Verification.run(BRIDGE, LoadedNf.load(BRIDGE), List.of(prop),
        120_000, 2, ProgressListener.NONE, CancelToken.none(), VerificationObserver.NONE, stop, NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS);
    assertEquals("the time limit ran out", r.stopped());
    assertEquals(Verdict.UNKNOWN, r.specs().get(0).verdict());
    assertTrue(r.specs().get(0).traces().stream().allMatch(t -> t.verdict() == Verdict.UNKNOWN));
  }

  @Test
  void aCompleteRunIsNotMarkedStopped() throws Exception {
    Path prop = BRIDGE.resolve("props/no_loop.py");
    Verification.Result r = Verification.run(BRIDGE, LoadedNf.load(BRIDGE), List.of(prop),
        120_000, 1, ProgressListener.NONE, CancelToken.none(), VerificationObserver.NONE,
        EarlyStop.never(), NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS);
    assertNull(r.stopped());
    assertEquals(Verdict.PROVED, r.verdict());
  }
}
