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

  /**
   * What a verification leaves behind for the next (each trace's solver with its facts, branch
   * literals and answers, the copies after a stop at a violation) never changes a verdict: a
   * mistake typed and fixed again and again gives, on every trace it decides, the verdict a
   * complete verification of the same text gives.
   */
  @Test
  void aMistakeTypedAndFixedRepeatedlyGetsTheVerdictsOfAFreshStart() throws Exception {
    String saved = Files.readString(LEARN);
    String wrong = saved.replace("EXP_TIME = 300", "EXP_TIME = 200");
    dev.vigor.engine.nf.LoadedNf nf = dev.vigor.engine.nf.LoadedNf.load(BRIDGE);
    List<dev.vigor.engine.validate.TraceResult> proved = complete(nf, saved);
    List<dev.vigor.engine.validate.TraceResult> violated = complete(nf, wrong);
    assertTrue(violated.stream().anyMatch(t -> t.verdict() == Verdict.PROVED)
        && violated.stream().anyMatch(t -> t.verdict() == Verdict.VIOLATED),
        "the mistake shows on some traces only");
    try (WarmNf warm = warm()) {
      warm.verify(LEARN, buffer(saved), new CancelToken());
      for (int i = 0; i < 4; i++) {
        WarmNf.Outcome mistake = warm.verify(LEARN, buffer(wrong + "\n# " + i + "\n"),
            new CancelToken());
        assertEquals(Verdict.VIOLATED, mistake.result().orElseThrow().verdict(), "mistake " + i);
        sameWhereDecided(violated, mistake, "mistake " + i);
        WarmNf.Outcome fixed = warm.verify(LEARN, buffer(saved + "\n# " + i + "\n"),
            new CancelToken());
        assertTrue(fixed.tracesFromCache(), "fix " + i + " explored again");
        sameWhereDecided(proved, fixed, "fix " + i);
      }
    }
  }

  /** Each trace's verdicts when every trace of text is decided (no early stop, no kept state). */
  private static List<dev.vigor.engine.validate.TraceResult> complete(
      dev.vigor.engine.nf.LoadedNf nf, String text) throws Exception {
    return dev.vigor.engine.validate.Verification.run(BRIDGE, nf, List.of(LEARN), 60_000, 1,
        dev.vigor.engine.run.ProgressListener.NONE, new CancelToken(),
        dev.vigor.engine.validate.VerificationObserver.NONE, buffer(text)).specs().get(0).traces();
  }

  private static void sameWhereDecided(List<dev.vigor.engine.validate.TraceResult> expected,
      WarmNf.Outcome o, String what) {
    List<dev.vigor.engine.validate.TraceResult> got = o.result().orElseThrow().traces();
    assertEquals(expected.size(), got.size());
    for (int t = 0; t < got.size(); t++) {
      if (decided(got.get(t))) {
        assertEquals(expected.get(t).verdict(), got.get(t).verdict(),
            what + ", trace " + got.get(t).traceId());
      }
    }
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
