package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter kept in a borrowed vector element: updated before vector_return it meets its spec;
 * updated after (a store through a pointer libVig no longer lends, Table 4's by-reference misuse
 * in the Vigor paper) it is a low-level violation that replays, whatever the spec says, even one
 * that says nothing about the counters.
 */
class BorrowReturnValidationTest {
  static final Path COUNTER = Path.of("src/test/resources/validate/counter");
  @TempDir Path tmp;

  static Verification.Result verify(Path dir) throws Exception {
    return Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py"), dir.resolve("forward.py")), 120_000);
  }

  @Test
  void countingBeforeGivingTheElementBackIsProved() throws Exception {
    Verification.Result r = verify(COUNTER);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    for (Verification.SpecResult s : r.specs()) {
      assertFalse(s.traces().isEmpty());
      s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), s.file() + ": " + t));
    }
  }

  @Test
  void countingAfterGivingTheElementBackIsALowLevelViolationThatReplays() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("counter"));
    for (String f : List.of("nf.properties", "spec.py", "forward.py")) {
      Files.copy(COUNTER.resolve(f), dir.resolve(f));
    }
    String c = Files.readString(COUNTER.resolve("counter.c"));
    String update = "  if (c->packets < MAX_COUNT) {\n    c->packets = c->packets + 1u;\n  }\n";
    String giveBack = "  vector_return(counters, device, elem);\n";
    assertTrue(c.contains(update + giveBack));
    Files.writeString(dir.resolve("counter.c"), c.replace(update + giveBack, giveBack + update));

    Verification.Result r = verify(dir);
    assertFalse(r.lowLevel().isEmpty());
    for (Verification.LowLevel l : r.lowLevel()) {
      assertEquals("USE_AFTER_RETURN", l.check(), l.toString());
      assertEquals(Verdict.VIOLATED, l.verdict(), "replayed concretely: " + l);
      assertTrue(l.message().contains("vector_return gave back at counter.c:"), l.message());
    }
    // No spec is proved on top of it, not even the one that ignores the counters.
    for (Verification.SpecResult s : r.specs()) {
      assertTrue(s.traces().stream().noneMatch(t -> t.verdict() == Verdict.PROVED),
          s.file() + ": " + s.traces());
    }
  }
}
