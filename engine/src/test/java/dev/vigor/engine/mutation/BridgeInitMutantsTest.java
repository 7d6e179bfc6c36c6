package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.InitVerification;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.VerificationObserver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every initialisation bug of bridge-init-mutants.txt, planted in the catalog bridge, violates its
 * init.py, decided at the init.py line the list gives.
 */
class BridgeInitMutantsTest {
  static List<Mutant> mutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("bridge-init-mutants.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void initSpecCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    Path dir = m.plantIn("bridge", tmp);
    var r = InitVerification.result(dir, LoadedNf.load(dir), dir.resolve("init.py"),
        VerificationObserver.NONE);
    assertEquals(Verdict.VIOLATED, r.verdict(), m + " (" + m.bug() + ") was not caught: " + r);
    TraceResult t = r.traces().get(0);
    assertEquals("nf_init", t.label());
    Counterexample c = t.counterexample().orElseThrow();
    assertTrue(c.specLine().contains("init.py:"), c.specLine());
    assertTrue(m.specLines().contains(MutantVerdicts.lineOf(c.specLine())), m + ": expected the"
        + " counterexample decided at init.py line " + m.specLines() + "\n" + c.render());
    assertTrue(c.input().isBeforeInit(), c.render());
  }
}
