package dev.vigor.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.ir.SpecWalk;
import dev.vigor.engine.validate.LineVerdicts;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live verification's engine side on the catalog's bridge: an edited buffer of learn.py (never the
 * file) is verified against traces replayed from the cache, and each statement line of it gets a
 * verdict: all proved for the saved text, the deciding line violated for a wrong ageing time.
 */
class WarmNfTest {
  static final Path BRIDGE = TraceCacheTest.CATALOG.resolve("bridge");
  static final Path LEARN = BRIDGE.resolve("props/learn.py").toAbsolutePath().normalize();

  @TempDir Path cacheDir;

  private WarmNf warm() {
    return new WarmNf(BRIDGE, new TraceCache(cacheDir, n -> {}), 60_000, n -> {});
  }

  private static SpecSources buffer(String text) {
    return SpecSources.of(Map.of(LEARN, text));
  }

  @Test
  void theSavedPropertyIsProvedOnEveryStatementLineAndTheSecondRunReplaysTheTraces() throws Exception {
    WarmNf warm = warm();
    String saved = Files.readString(LEARN);
    WarmNf.Outcome first = warm.verify(LEARN, buffer(saved), new CancelToken());
    assertFalse(first.tracesFromCache(), "nothing cached yet");
    WarmNf.Outcome second = warm.verify(LEARN, buffer(saved + "\n# an edit\n"), new CancelToken());
    assertTrue(second.tracesFromCache(), "the traces come from the cache");
    assertEquals(Verdict.PROVED, second.result().orElseThrow().verdict());

    String name = LEARN.toString();
    SortedSet<Integer> statements = SpecWalk.statementLines(second.checked().spec().orElseThrow().body(), name);
    List<String> lines = saved.lines().toList();
    // the pop_header line and the expire_all line are statements; comments and imports are not
    assertTrue(statements.contains(lineOf(lines, "h = pop_header(")), statements.toString());
    assertTrue(statements.contains(lineOf(lines, "dyn_macs.expire_all(")), statements.toString());
    assertFalse(statements.contains(1), "a comment line");
    Map<Integer, LineVerdicts.Line> marks = LineVerdicts.of(second.checked().spec().get(), name,
        second.result().get());
    assertEquals(statements, new java.util.TreeSet<>(marks.keySet()));
    assertTrue(marks.values().stream().allMatch(l -> l.verdict() == Verdict.PROVED), marks.toString());
  }

  @Test
  void aWrongUnsavedAgeingTimeIsViolatedOnTheLineThatDecidesIt() throws Exception {
    WarmNf warm = warm();
    String saved = Files.readString(LEARN);
    String wrong = saved.replace("EXP_TIME = 300", "EXP_TIME = 200");
    WarmNf.Outcome o = warm.verify(LEARN, buffer(wrong), new CancelToken());
    assertEquals(Verdict.VIOLATED, o.result().orElseThrow().verdict());
    Map<Integer, LineVerdicts.Line> marks = LineVerdicts.of(o.checked().spec().get(),
        LEARN.toString(), o.result().get());
    List<LineVerdicts.Line> violated = marks.values().stream()
        .filter(l -> l.verdict() == Verdict.VIOLATED).toList();
    assertFalse(violated.isEmpty(), marks.toString());
    assertTrue(violated.get(0).counterexample().isPresent());
    assertTrue(marks.values().stream().noneMatch(l -> l.verdict() == Verdict.PROVED),
        "no line is proved while a trace violates the spec");
    assertEquals(saved, Files.readString(LEARN), "the file is never written");
  }

  @Test
  void theTracesKeptInMemoryGiveTheVerdictsAFreshReplayGives() throws Exception {
    WarmNf warm = warm();
    String saved = Files.readString(LEARN);
    String wrong = saved.replace("EXP_TIME = 300", "EXP_TIME = 200");
    assertEquals(WarmNf.Traces.EXPLORED, warm.verify(LEARN, buffer(saved), new CancelToken()).traces());
    WarmNf.Outcome violated = warm.verify(LEARN, buffer(wrong), new CancelToken());
    assertEquals(WarmNf.Traces.KEPT, violated.traces());
    assertEquals(Verdict.VIOLATED, violated.result().orElseThrow().verdict());
    // a run cancelled mid-way (its context interrupted) must not spoil the next verdicts
    CancelToken cancel = new CancelToken();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        return;
      }
      cancel.cancel();
    });
    canceller.start();
    try {
      warm.verify(LEARN, buffer(wrong + "\n# cancelled\n"), cancel);
    } catch (CancelledException expected) {
      // usually: the run was still validating
    }
    canceller.join();
    WarmNf.Outcome again = warm.verify(LEARN, buffer(saved + "\n# again\n"), new CancelToken());
    assertEquals(Verdict.PROVED, again.result().orElseThrow().verdict());
    WarmNf.Outcome wrongAgain = warm.verify(LEARN, buffer(wrong + "\n# again\n"), new CancelToken());
    // Two workers stop at the first violation either finds: which other traces were decided by
    // then varies, but a trace decided in both runs has the same verdict.
    List<dev.vigor.engine.validate.TraceResult> a = violated.result().get().traces();
    List<dev.vigor.engine.validate.TraceResult> b = wrongAgain.result().orElseThrow().traces();
    assertEquals(a.size(), b.size());
    int both = 0;
    for (int i = 0; i < a.size(); i++) {
      if (decided(a.get(i)) && decided(b.get(i))) {
        assertEquals(a.get(i).verdict(), b.get(i).verdict(), "trace " + a.get(i).traceId());
        both++;
      }
    }
    assertTrue(both > 0, "no trace was decided in both runs");
    assertTrue(wrongAgain.tracesFromCache());
    warm.close();
  }

  @Test
  void aSpecWithErrorsIsNotVerifiedAndACancelStopsTheRun() throws Exception {
    WarmNf warm = warm();
    WarmNf.Outcome bad = warm.verify(LEARN, buffer("dyn_macs.refresh(now)\n"), new CancelToken());
    assertTrue(bad.result().isEmpty());
    assertFalse(bad.checked().errors().isEmpty());
    CancelToken cancelled = new CancelToken();
    cancelled.cancel();
    assertThrows(CancelledException.class,
        () -> warm.verify(LEARN, buffer(Files.readString(LEARN)), cancelled));
  }

  /** Not left unchecked by the stop at the first violation. */
  private static boolean decided(dev.vigor.engine.validate.TraceResult r) {
    return r.reasons().stream().noneMatch(dev.vigor.engine.validate.Verification::isNotChecked);
  }

  private static int lineOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
