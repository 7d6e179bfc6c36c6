package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in c/bad/ is rejected with the diagnostics its {@code // expect: file:line:col text}
 * comments name: an error at exactly that location whose message contains the text.
 */
class BadInputTest {
  private static final Pattern EXPECT = Pattern.compile("// expect: (\\S+):(\\d+):(\\d+) (.+)");

  @TestFactory
  Stream<DynamicTest> eachBadInputIsRejectedWhereAndHowItSays() throws IOException {
    Path dir = NfPaths.resource("bad");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
    }
    assertTrue(files.size() >= 17, "expected at least 17 bad inputs, found " + files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(dir, f)));
  }

  private static void check(Path dir, Path file) throws IOException {
    List<Matcher> expectations = Files.readAllLines(file).stream()
        .map(EXPECT::matcher).filter(Matcher::matches).toList();
    assertFalse(expectations.isEmpty(), file + " has no // expect: line");
    List<Diagnostic> got;
    try {
      CFrontEnd.compile(dir, List.of(file), NfPaths.libvigInclude());
      fail(file.getFileName() + " compiled, but should be rejected");
      return;
    } catch (DiagnosticException e) {
      got = e.diagnostics();
    }
    for (Matcher m : expectations) {
      String where = m.group(1) + ":" + m.group(2) + ":" + m.group(3);
      boolean found = got.stream().anyMatch(d -> d.isError() && d.location().toString().equals(where)
          && d.message().contains(m.group(4)));
      assertTrue(found, file.getFileName() + ": expected an error at " + where + " containing '" + m.group(4)
          + "', got:\n" + String.join("\n", got.stream().map(Diagnostic::format).toList()));
    }
  }

  /** A bad bound is one error: the object is declared anyway, so its uses are not errors too. */
  @Test
  void aBadBoundIsOneErrorNotACascade() throws IOException {
    Path dir = NfPaths.resource("bad");
    try {
      CFrontEnd.compile(dir, List.of(dir.resolve("bound_macro_below.c")), NfPaths.libvigInclude());
      fail("bound_macro_below.c compiled");
    } catch (DiagnosticException e) {
      List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
      assertTrue(errors.size() == 1 && errors.get(0).message().contains("in a bound"),
          String.join("\n", errors.stream().map(Diagnostic::format).toList()));
    }
  }

  @Test
  void messagesSayWhatToDoInstead() throws IOException {
    Path dir = NfPaths.resource("bad");
    for (String name : List.of("malloc.c", "mutable_global.c", "unbounded_loop.c", "recursion.c", "goto.c", "static_local.c")) {
      try {
        CFrontEnd.compile(dir, List.of(dir.resolve(name)), NfPaths.libvigInclude());
        fail(name + " compiled");
      } catch (DiagnosticException e) {
        String msg = e.diagnostics().get(0).message();
        assertTrue(msg.contains(";") || msg.contains(": declare"), name + ": message should say what to do instead: " + msg);
      }
    }
  }
}
