package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationObserver;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Plants a mutant in a copy of a catalog NF and checks that its full spec catches it. */
final class MutantVerdicts {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final Path LISTS = Path.of("src/test/resources/mutation");

  private MutantVerdicts() {}

  /**
   * The mutant's spec.py verdict is violated, no low-level check fails (the bug is semantic), and
   * at least one replay-confirmed counterexample is decided at one of the expected spec lines.
   */
  static void assertCaughtBySpec(Mutant m, String nf, String cFile, Path tmp) throws Exception {
    Path dir = m.plant(CATALOG.resolve(nf), cFile, tmp);
    assertViolatedAtExpectedLine(m, Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py")), 120_000));
  }

  /**
   * The same verdict, from a run that stops at its first violation or confirmed low-level failure
   * ({@code --fail-fast}) with a budget of budgetMs per query: for NFs whose mutants' other traces
   * ask questions Z3 may take long over and that add nothing to the verdict.
   */
  static void assertCaughtAtFirstViolation(Mutant m, String nf, String cFile, Path tmp,
      long budgetMs) throws Exception {
    assertViolatedAtExpectedLine(m, firstViolation(m, nf, cFile, tmp, budgetMs));
  }

  /** The mutant's spec.py run, stopped at its first violation. */
  static Verification.Result firstViolation(Mutant m, String nf, String cFile, Path tmp,
      long budgetMs) throws Exception {
    Path dir = m.plant(CATALOG.resolve(nf), cFile, tmp);
    EarlyStop stop = new EarlyStop();
    VerificationObserver failFast = new VerificationObserver() {
      @Override
      public void lowLevel(List<Verification.LowLevel> findings) {
        if (findings.stream().anyMatch(Verification.LowLevel::confirmed)) {
          stop.stop("first low-level failure");
        }
      }

      @Override
      public void traceDone(Path specFile, TraceResult result) {
        if (result.verdict() == Verdict.VIOLATED) {
          stop.stop("first violation");
        }
      }
    };
    return Verification.run(dir, LoadedNf.load(dir), List.of(dir.resolve("spec.py")), budgetMs, 1,
        ProgressListener.NONE, CancelToken.none(), failFast, stop, NfConfig.DEFAULT_MAX_STEPS,
        NfConfig.DEFAULT_MAX_PATH_STEPS);
  }

  private static void assertViolatedAtExpectedLine(Mutant m, Verification.Result r) {
    assertTrue(r.lowLevel().stream().noneMatch(l -> l.verdict() == Verdict.VIOLATED),
        m + " should be a semantic bug, not a low-level one: " + r.lowLevel());
    Verification.SpecResult s = r.specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict(), m + " (" + m.bug() + ") was not caught: " + s);
    List<Counterexample> cs = s.traces().stream()
        .flatMap(t -> t.counterexample().stream()).toList();
    TreeSet<Integer> lines = new TreeSet<>();
    for (Counterexample c : cs) {
      assertTrue(c.specLine().contains("spec.py:"), c.specLine());
      lines.add(lineOf(c.specLine()));
    }
    assertTrue(m.specLines().stream().anyMatch(lines::contains), m + ": expected a counterexample"
        + " decided at spec.py line " + m.specLines() + ", found lines " + lines + "\n"
        + cs.get(0).render());
  }

  /** The line of a {@code file:line:col} location. */
  static int lineOf(String location) {
    String[] parts = location.split(":");
    return Integer.parseInt(parts[parts.length - 2]);
  }
}
