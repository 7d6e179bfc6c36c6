package dev.vigor.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A location printed as file:line:col reads back; other text (end of spec) does not. */
class SourceLocationParseTest {
  @Test
  void printedLocationsReadBack() {
    SourceLocation at = SourceLocation.of("/tmp/bridge/props/learn.py", 12, 5);
    assertEquals(Optional.of(at), SourceLocation.parse(at.toString()));
    assertEquals(Optional.of(SourceLocation.of("spec.py", 3, 1)), SourceLocation.parse("spec.py:3:1: return ..."));
    assertEquals(Optional.of(SourceLocation.of("C:\\nf\\spec.py", 7, 2)), SourceLocation.parse("C:\\nf\\spec.py:7:2"));
  }

  @Test
  void otherTextIsNoLocation() {
    assertTrue(SourceLocation.parse("(end of spec)").isEmpty());
    assertTrue(SourceLocation.parse("spec.py:0:1").isEmpty());
    assertTrue(SourceLocation.parse(null).isEmpty());
  }
}
