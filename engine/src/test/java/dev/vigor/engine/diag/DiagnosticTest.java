package dev.vigor.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void formatsLikeACompiler() {
    Diagnostic d = Diagnostic.error(SourceLocation.of("bridge.c", 12, 5), "malloc is not allowed; keep persistent state in libVig");
    assertEquals("bridge.c:12:5: error: malloc is not allowed; keep persistent state in libVig", d.format());
  }

  @Test
  void rejectsNonsenseLocations() {
    assertThrows(IllegalArgumentException.class, () -> SourceLocation.of("x.py", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.error(SourceLocation.of("x.py", 1, 1), " "));
  }
}
