package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bug of policer-mutants.txt, planted in the catalog policer, violates its spec.py; every
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
    MutantVerdicts.assertCaughtBySpec(m, "policer", "policer.c", tmp);
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
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py")), 120_000);
    List<Verification.LowLevel> failed = r.lowLevel().stream()
        .filter(l -> l.verdict() == Verdict.VIOLATED).toList();
    assertTrue(failed.stream().anyMatch(l -> l.check().equals(check)
        && l.loc().contains("policer.c:" + line + ":") && l.confirmed()),
        m + ": expected a replayed " + check + " at policer.c:" + line + ", found " + failed);
    if (m.name().equals("no-burst-cap")) {
      assertTrue(failed.stream().anyMatch(l -> l.message().contains("invariant")
          && l.message().contains("element.size <= 3750000000")), failed.toString());
    }
    assertEquals(Verdict.VIOLATED, failed.isEmpty() ? Verdict.PROVED : Verdict.VIOLATED);
  }
}
