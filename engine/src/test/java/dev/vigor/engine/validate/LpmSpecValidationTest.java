package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs that read an lpm ({@code addr in table}, {@code table.lookup(addr)}) agree with an NF's
 * lpm_lookup: the right spec is proved; a spec naming the wrong device, or forgetting that a miss
 * drops, is violated with a counterexample that replays (the model's routes fill both the NF's
 * table and the concrete spec interpreter's); a lookup the spec makes where no prefix matches is
 * reported at its line.
 */
class LpmSpecValidationTest {
  static final Path FWD = Path.of("src/test/resources/validate/lpmfwd");
  @TempDir Path tmp;

  Path withSpec(String find, String replace) throws Exception {
    return SmallNf.variant(FWD, tmp, "spec.py", find, replace);
  }

  static Verification.SpecResult verify(Path dir) throws Exception {
    return SmallNf.verify(dir);
  }

  static List<Counterexample> counterexamples(Verification.SpecResult s) {
    return SmallNf.counterexamples(s);
  }

  @Test
  void theLongestPrefixSpecIsProved() throws Exception {
    Verification.SpecResult s = verify(FWD);
    assertFalse(s.traces().isEmpty());
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  @Test
  void theWrongDeviceIsViolatedAndReplays() throws Exception {
    Verification.SpecResult s = verify(withSpec("return table.lookup(ip.daddr), pkt",
        "return 1 - table.lookup(ip.daddr), pkt"));
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    List<Counterexample> cs = counterexamples(s);
    assertFalse(cs.isEmpty());
    cs.forEach(c -> assertTrue(c.specLine().contains("spec.py:8:"), c.specLine()));
  }

  @Test
  void aMissThatIsNotDroppedIsViolated() throws Exception {
    Verification.SpecResult s = verify(withSpec("if ip.daddr not in table:\n    return DROP",
        "if ip.daddr not in table:\n    return 0, pkt"));
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    List<Counterexample> cs = counterexamples(s);
    assertFalse(cs.isEmpty());
    cs.forEach(c -> assertTrue(c.specLine().contains("spec.py:5:"), c.specLine()));
  }

  @Test
  void aLookupWithoutAMatchIsReportedAtItsLine() throws Exception {
    Verification.SpecResult s = verify(withSpec("if ip.daddr not in table:\n    return DROP\n", ""));
    assertFalse(s.verdict() == Verdict.PROVED, s.toString());
    assertTrue(s.toString().contains("lookup of an address no prefix matches"), s.toString());
  }
}
