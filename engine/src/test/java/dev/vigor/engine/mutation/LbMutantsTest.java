package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void specCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    MutantVerdicts.assertCaughtAtFirstViolation(m, "lb", "lb.c", tmp, 10_000);
  }

  @Test
  void anOutParameterRedirectedToALocalIsCaught(@TempDir Path tmp) throws Exception {
    Mutant m = new Mutant("out-param-to-local", "a known flow's backend is written through a"
        + " pointer to a local, so the caller's backend is never set",
        "      *backend = (int)fb.backend;",
        "      int assigned = (int)fb.backend;\n      backend = &assigned;\n      *backend = assigned;",
        List.of());
    Verification.Result r = MutantVerdicts.firstViolation(m, "lb", "lb.c", tmp, 10_000);
    assertTrue(r.lowLevel().stream().anyMatch(l -> l.verdict() == Verdict.VIOLATED
        && (l.check().equals(LowLevelCheck.UNINITIALISED_READ.name())
            || l.check().equals(LowLevelCheck.UNINITIALISED_READ.description()))), r.lowLevel().toString());
  }
}
