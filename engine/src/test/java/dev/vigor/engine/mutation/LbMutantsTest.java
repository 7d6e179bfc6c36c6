package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.LowLevelCheck;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bug of lb-mutants.txt, planted in the catalog load balancer, violates its spec.py with a
 * replayed counterexample at an expected line; and an out-parameter written through a pointer to
 * a local (the paper's by-reference bug class) is a replayed low-level failure. Each run stops at
 * its first violation ({@code --fail-fast}) with a 10 s query budget: a mutant's other traces
 * compare two different flows or hashes, questions Z3 may take long over and that add nothing.
 */
@org.junit.jupiter.api.Tag("heavy")
class LbMutantsTest {
  static List<Mutant> mutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("lb-mutants.txt"));
  }

  /** The mutant's spec.py run, stopped at its first violation. */
  static Verification.Result firstViolation(Mutant m, Path tmp) throws Exception {
    Path dir = m.plant(MutantVerdicts.CATALOG.resolve("lb"), "lb.c", tmp);
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
    return Verification.run(dir, LoadedNf.load(dir), List.of(dir.resolve("spec.py")), 10_000, 1,
        ProgressListener.NONE, CancelToken.none(), failFast, stop, NfConfig.DEFAULT_MAX_STEPS,
        NfConfig.DEFAULT_MAX_PATH_STEPS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void specCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    Verification.Result r = firstViolation(m, tmp);
    assertTrue(r.lowLevel().stream().noneMatch(l -> l.verdict() == Verdict.VIOLATED),
        m + " should be a semantic bug, not a low-level one: " + r.lowLevel());
    Verification.SpecResult s = r.specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict(), m + " (" + m.bug() + ") was not caught: " + s);
    List<Counterexample> cs = s.traces().stream().flatMap(t -> t.counterexample().stream()).toList();
    assertFalse(cs.isEmpty());
    TreeSet<Integer> lines = new TreeSet<>();
    cs.forEach(c -> lines.add(MutantVerdicts.lineOf(c.specLine())));
    assertTrue(m.specLines().stream().anyMatch(lines::contains), m + ": expected a counterexample"
        + " decided at spec.py line " + m.specLines() + ", found lines " + lines + "\n"
        + cs.get(0).render());
  }

  @Test
  void anOutParameterRedirectedToALocalIsCaught(@TempDir Path tmp) throws Exception {
    Mutant m = new Mutant("out-param-to-local", "a known flow's backend is written through a"
        + " pointer to a local, so the caller's backend is never set",
        "      *backend = (int)fb.backend;",
        "      int assigned = (int)fb.backend;\n      backend = &assigned;\n      *backend = assigned;",
        List.of());
    Verification.Result r = firstViolation(m, tmp);
    assertTrue(r.lowLevel().stream().anyMatch(l -> l.verdict() == Verdict.VIOLATED
        && (l.check().equals(LowLevelCheck.UNINITIALISED_READ.name())
            || l.check().equals(LowLevelCheck.UNINITIALISED_READ.description()))), r.lowLevel().toString());
  }
}
