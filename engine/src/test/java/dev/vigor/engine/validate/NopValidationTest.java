package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NOP's spec is proved on both traces; a spec claiming the same port is violated, replayed. */
class NopValidationTest {
  static final Path NOP = Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("nop");

  @Test
  void nopSpecProvedAndWrongSpecViolated() throws Exception {
    LoadedNf nf = LoadedNf.load(NOP);
    Path wrong = Path.of("src/test/resources/validate/nop-wrong/spec.py");
    List<Verification.SpecResult> rs = Verification.run(NOP, nf,
        List.of(NOP.resolve("spec.py"), wrong), 60_000).specs();
    Verification.SpecResult ok = rs.get(0);
    assertEquals(2, ok.traces().size());
    ok.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));

    Verification.SpecResult bad = rs.get(1);
    assertEquals(Verdict.VIOLATED, bad.verdict(), bad.toString());
    for (TraceResult t : bad.traces()) {
      assertEquals(Verdict.VIOLATED, t.verdict(), t.toString());
      Counterexample c = t.counterexample().orElseThrow();
      assertTrue(c.specLine().contains("spec.py:2"), c.specLine());
      assertEquals("send on device " + (1 - c.input().device()) + " (unchanged)", c.nfOutcome());
      assertEquals("send on [" + c.input().device() + "] (unchanged)", c.specOutcome());
    }
  }
}
