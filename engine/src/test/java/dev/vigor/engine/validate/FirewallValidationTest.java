package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.mutation.Mutant;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The firewall never loops (proved); a mutant reflecting unsolicited WAN packets does (replayed). */
class FirewallValidationTest {
  @org.junit.jupiter.api.io.TempDir Path tmp;

  static final Path FIREWALL = Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("firewall");

  @Test
  void noLoopProvedAndReflectingMutantViolated() throws Exception {
    Verification.Result ok = Verification.run(FIREWALL, LoadedNf.load(FIREWALL),
        List.of(FIREWALL.resolve("props/no_loop.py")), 120_000);
    assertEquals(22, ok.specs().get(0).traces().size());
    ok.specs().get(0).traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));

    Path mutant = Mutant.named("firewall", "reflect-unsolicited").plantIn("firewall", tmp);
    Verification.Result bad = Verification.run(mutant, LoadedNf.load(mutant),
        List.of(mutant.resolve("props/no_loop.py")), 120_000);
    Verification.SpecResult s = bad.specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict());
    for (TraceResult t : s.traces()) {
      t.counterexample().ifPresent(c -> {
        assertEquals(2, c.input().device(), "from the WAN");
        assertEquals("send on device 2 (unchanged)", c.nfOutcome());
        assertTrue(c.specLine().contains("no_loop.py:3:"), c.specLine());
      });
    }
    assertEquals(2, s.traces().stream().filter(t -> t.verdict() == Verdict.VIOLATED).count(),
        "the unsolicited TCP and UDP paths");
  }
}
