package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A C bool field of a stored struct, as a spec naturally uses it: `if not entry.pinned:` and
 * `Where(False, ...)`, with Python's meaning (a number is true when it is not 0; True and False
 * are 1 and 0). Proved as written; the condition turned around is violated.
 */
class BoolFieldTest {
  static final Path MACTABLE = Path.of("src/test/resources/validate/mactable");
  @TempDir Path tmp;

  @Test
  void aBoolFieldReadAsAConditionAndWrittenAsFalseIsProved() throws Exception {
    SmallNf.assertAllProved(SmallNf.verify(MACTABLE));
  }

  @Test
  void theConditionTurnedAroundIsViolated() throws Exception {
    Path dir = SmallNf.variant(MACTABLE, tmp, "spec.py", "if not where[i].pinned:",
        "if where[i].pinned:");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertFalse(cex.isEmpty(), "a moved pinned entry went unnoticed");
    assertTrue(cex.stream().anyMatch(c -> c.nfOutcome().contains("pinned=true")), cex.toString());
  }
}
