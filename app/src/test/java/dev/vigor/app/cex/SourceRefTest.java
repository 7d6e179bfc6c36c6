package dev.vigor.app.cex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** References at the front of a C step, a concrete run's decision, or a spec line. */
class SourceRefTest {
  @Test
  void stepsDecisionsAndSpecLinesNameTheirFileAndLine() {
    assertEquals(Optional.of(new SourceRef("bridge.c", 42, "x = 3")),
        SourceRef.parse("bridge.c:42:5: x = 3"));
    // a concrete run (vigor run --check) lists decisions with a space, not a colon
    assertEquals(Optional.of(new SourceRef("vigor/packet.h", 102, "!(length < 14)")),
        SourceRef.parse("vigor/packet.h:102:3 !(length < 14)"));
    assertEquals(Optional.of(new SourceRef("spec.py", 7, "")), SourceRef.parse("spec.py:7:3"));
    assertTrue(SourceRef.parse("(end of spec)").isEmpty());
  }
}
