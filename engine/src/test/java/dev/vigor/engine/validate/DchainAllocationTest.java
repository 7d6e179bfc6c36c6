package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An NF that pairs a map with a dchain handing out its slots, as Vigor's own NAT did: the spec's
 * the_index_allocated is the index dchain_allocate gave, so a new flow's entry is proved as
 * written, and an entry stored at another index is violated. What stays open is said plainly: a
 * dchain on its own is not part of the validator's states, so a path that needs its state (full
 * while the map is not) is unknown, naming it, never proved and never a false violation.
 */
class DchainAllocationTest {
  static final Path FLOWCOUNT = Path.of("src/test/resources/validate/flowcount");
  @TempDir Path tmp;

  @Test
  void aNewFlowAtTheIndexTheDchainGaveIsProved() throws Exception {
    Verification.SpecResult s = SmallNf.verify(FLOWCOUNT);
    assertTrue(s.traces().stream().noneMatch(t -> t.verdict() == Verdict.VIOLATED),
        s.traces().toString());
    assertTrue(s.traces().stream().filter(t -> t.verdict() == Verdict.PROVED).count() >= 30,
        s.traces().toString());
    for (TraceResult t : s.traces()) {
      if (t.verdict() == Verdict.UNKNOWN) {
        String why = String.join(" ", t.reasons());
        assertTrue(why.contains("the replay left the trace at flowcount.c:63:11")
            && why.contains("the validator does not model slots's state"), why);
      }
    }
  }

  @Test
  void anEntryStoredAtAnotherIndexIsViolated() throws Exception {
    Path dir = SmallNf.variant(FLOWCOUNT, tmp, "spec.py", "FlowSlot(the_index_allocated)",
        "FlowSlot(the_index_allocated + 1)");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertFalse(cex.isEmpty(), "a new flow stored at the wrong index went unnoticed");
    assertTrue(cex.stream().allMatch(c -> c.specOutcome().contains("flow_index")), cex.toString());
  }
}
