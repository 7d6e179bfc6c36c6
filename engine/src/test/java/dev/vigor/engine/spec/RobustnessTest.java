package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random edits and truncations of the good specs: the checker answers with diagnostics (or
 * accepts), never throws, never hangs, and every diagnostic points inside the file.
 */
class RobustnessTest {
  static final String[] FRAGMENTS = {
    "(", ")", "[", "]", ":", ",", ".", "...", "'", "\"\"\"", "\t", "    ", "\n", "#", "=", "==", "+=",
    "if ", "elif ", "else:", "return ", "pass", "assert ", "lambda x: ", "in ", "not ", "and ", "is ",
    "pop_header(", "on_mismatch=", "import learn\n", "import os\n", "from state import q\n", "DROP",
    "BROADCAST", "pkt", "ether(", "ipv4(h, ", "0x", "1.5", ";", "\\", "é", "\u0000", "**", "`", "@", "$",
    "for x in y:", "while 1:", "def f():", "class C:", "yield ", "global g", "print ", "del x",
    "dyn_emap.", "FlowIdc(", "_Flow_hash(", "vector_get(", "mem(", "{", "}", "~", "<<", "-", "9" };

  static List<String> goodTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String name : List.of("bridge.py", "fw.py", "nat.py", "features.py", "broadcast.py")) {
      texts.add(Files.readString(TestInterfaces.resources().resolve("good/" + name)));
    }
    return texts;
  }

  static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> b.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(12)));
        case 2 -> b.setLength(at); // truncation
        default -> {
          int other = random.nextInt(b.length());
          char c = b.charAt(Math.min(at, b.length() - 1));
          b.setCharAt(Math.min(at, b.length() - 1), b.charAt(other));
          b.setCharAt(other, c);
        }
      }
    }
    return b.toString();
  }

  @Test
  void randomEditsGiveDiagnosticsNeverExceptions() throws IOException {
    List<String> texts = goodTexts();
    Path where = TestInterfaces.resources().resolve("good/mutated.py");
    Random random = new Random(20261124L);
    int[] rejected = {0};
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      for (int i = 0; i < 600; i++) {
        String text = mutate(texts.get(i % texts.size()), random);
        Optional<NfInterface> nf = i % 2 == 0 ? Optional.of(TestInterfaces.catalog()) : Optional.empty();
        SpecCheckResult r = SpecChecker.checkText(where, text, GoodSpecsTest.SEARCH, nf);
        long lines = text.lines().count() + 2;
        for (Diagnostic d : r.diagnostics()) {
          assertTrue(d.location().line() >= 1 && d.location().line() <= Math.max(lines, 10_000),
              "line out of range: " + d.format() + "\n---\n" + text);
          assertFalse(d.message().isBlank());
        }
        assertEquals(r.errors().isEmpty(), r.ok(), text);
        rejected[0] += r.ok() ? 0 : 1;
      }
    });
    assertTrue(rejected[0] > 300, "most random edits should be rejected, were " + rejected[0]);
  }

  @Test
  void deeplyNestedInputIsADiagnosticNotACrash() {
    Path where = TestInterfaces.resources().resolve("good/deep.py");
    String longSum = "x = " + "1 + ".repeat(20_000) + "1\n";
    String hugeSum = "x = " + "1 + ".repeat(200_000) + "1\n";
    String deepParens = "x = " + "(".repeat(5_000) + "1" + ")".repeat(5_000) + "\n";
    String deepIfs = buildNestedIfs(300);
    for (String text : List.of(longSum, hugeSum, deepParens, deepIfs)) {
      SpecCheckResult r = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> SpecChecker.checkText(where, text, GoodSpecsTest.SEARCH, Optional.empty()));
      assertEquals(r.errors().isEmpty(), r.ok());
      r.errors().forEach(d -> assertTrue(d.message().contains("too deeply") || d.message().contains("too long"),
          d.format()));
    }
  }

  private static String buildNestedIfs(int depth) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append(" ".repeat(i)).append("if now > ").append(i).append(":\n");
    }
    b.append(" ".repeat(depth)).append("pass\n");
    return b.toString();
  }
}
