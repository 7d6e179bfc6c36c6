package dev.vigor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without JavaFX nothing else loads a Z3, so the tests' process calls the bundled one. */
class SolverLibraryTest {
  @Test
  void theTestsRunTheBundledZ3() {
    assertTrue(SolverLibrary.bundled().matches("\\d+\\.\\d+\\.\\d+"), SolverLibrary.bundled());
    assertEquals(SolverLibrary.bundled(), SolverLibrary.loaded());
    assertEquals(Optional.empty(), SolverLibrary.mismatch());
  }

  @Test
  void anotherZ3IsNamedWithTheWayOut() {
    String m = SolverLibrary.mismatch("4.14.1", "4.8.12").orElseThrow();
    assertTrue(m.startsWith("Z3 4.8.12 from another library answers instead of the bundled Z3 4.14.1"), m);
    assertTrue(m.contains("./vigor"), m);
  }
}
