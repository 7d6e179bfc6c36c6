package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.Nfs;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bug of policer-mutants.txt, planted in the catalog policer, violates its spec.py (the
 * run stopped at its first violation, as {@code --fail-fast} does); every
 * bug of policer-lowlevel-mutants.txt fails the low-level check named here (replayed) or, for a
 * loop that may not terminate, is refused at the loop before anything runs.
 */
class PolicerMutantsTest {
  /** The check each low-level mutant fails; "REFUSED": the C is not accepted, at that line. */
  private static final Map<String, String> CHECKS = Map.of(
      "packet-read-past-end", "PACKET_BOUNDS",
      "no-burst-cap", "LIBVIG_PRECONDITION",
      "drain-loop-hang", "REFUSED");

  static List<Mutant> mutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("policer-mutants.txt"));
  }

  static List<Mutant> lowLevelMutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("policer-lowlevel-mutants.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void specCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    // stopped at the first violation: a mutant's refill may leave other traces' questions hard
    MutantVerdicts.assertCaughtAtFirstViolation(m, "policer", "policer.c", tmp, 10_000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lowLevelMutants")
  void lowLevelChecksCatchTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    Path dir = m.plant(MutantVerdicts.CATALOG.resolve("policer"), "policer.c", tmp);
    int line = m.specLines().get(0);
    String check = CHECKS.get(m.name());
    if (check.equals("REFUSED")) {
      DiagnosticException e = assertThrows(DiagnosticException.class, () -> LoadedNf.load(dir));
      assertTrue(e.getMessage().contains("policer.c:" + line + ":"), e.getMessage());
      return;
    }
    // the low-level checks need no spec: symbolic execution finds them, a concrete run replays them
    Program program = Nfs.compile(dir);
    NfConfig config = Nfs.config(dir);
    try (SymexResult r = SymbolicExecutor.run(program, config, ProgressListener.NONE, CancelToken.none())) {
      List<CheckResult> failed = r.failures();
      CheckResult hit = failed.stream().filter(c -> c.check() == LowLevelCheck.valueOf(check)
          && c.loc().line() == line).findFirst().orElse(null);
      assertTrue(hit != null, m + ": expected " + check + " at policer.c:" + line + ", found " + failed);
      ConcreteRun replay = new ConcreteInterpreter(program, config).replay(hit.input());
      assertEquals(LowLevelCheck.valueOf(check), replay.failedCheck(), String.valueOf(replay.failure()));
      assertEquals(line, replay.failedAt().line());
      if (m.name().equals("no-burst-cap")) {
        assertTrue(hit.message().contains("invariant") && hit.message().contains("element.size <= 3750000000"),
            hit.message());
      }
    }
  }
}
