package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown names the spec line and the one thing that was not decided: the side condition a
 * trace may break (not every side condition of the path), or the part of the comparison the
 * solver's budget ran out on, with the budget and the option that raises it.
 */
class UnknownReasonsTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));

  @Test
  void aSideConditionATraceMayBreakIsNamedAtItsLine() throws Exception {
    Path nop = CATALOG.resolve("nop");
    Path spec = Path.of("src/test/resources/validate/unknown-reasons/divides_on_port_1.py");
    Verification.SpecResult r = Verification.run(nop, LoadedNf.load(nop), List.of(spec), 60_000)
        .specs().get(0);
    assertEquals(Verdict.UNKNOWN, r.verdict());
    long unknown = 0;
    for (TraceResult t : r.traces()) {
      if (t.verdict() == Verdict.UNKNOWN) {
        unknown++;
        assertEquals(List.of(spec + ":2:5: on this trace the spec's values may be meaningless:"
            + " division by zero"), t.reasons());
      }
    }
    assertEquals(1, unknown, r.traces().toString()); // device 1's trace; device 0's is proved
  }

  @Test
  void aBudgetThatRunsOutNamesTheUndecidedPartAndHowToRaiseIt() throws Exception {
    Path policer = CATALOG.resolve("policer");
    Path prop = policer.resolve("props/pass_compliant.py");
    // The refill's queries take Z3 hundreds of milliseconds: with 20 ms some part of some trace
    // is undecided however fast the machine.
    Verification.SpecResult r = Verification.run(policer, LoadedNf.load(policer), List.of(prop),
        20).specs().get(0);
    long named = 0;
    for (TraceResult t : r.traces()) {
      for (String reason : t.reasons()) {
        assertFalse(reason.contains("spec path"), reason);
        if (reason.startsWith(prop + ":")) {
          named++;
          assertTrue(reason.matches(".*pass_compliant\\.py:\\d+:\\d+: Z3 could not decide whether"
              + " .+ on this trace \\(the solver's per-query time budget of 20 ms ran out; raise it"
              + " with --timeout MS \\(0: no limit\\)\\)"), reason);
        }
      }
    }
    assertTrue(named > 0, r.traces().toString());
  }
}
