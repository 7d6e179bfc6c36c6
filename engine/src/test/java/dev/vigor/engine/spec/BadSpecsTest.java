package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code spec/bad/} states its expected first error on its first line,
 * {@code # expect: [file:]line:col: message}, and {@code # mode: nf} when it is checked against the
 * test NF interface. Files without an expectation are helpers (e.g. the other files of a cycle).
 */
class BadSpecsTest {
  static final Pattern EXPECT = Pattern.compile("^# expect: (?:([\\w.-]+\\.py):)?(\\d+):(\\d+): (.*)$");

  static Stream<String> badSpecs() throws IOException {
    try (Stream<Path> files = Files.list(TestInterfaces.resources().resolve("bad"))) {
      return files.filter(f -> firstLine(f).startsWith("# expect:"))
          .map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  static String firstLine(Path f) {
    try {
      return Files.readAllLines(f).get(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thereAreEnoughBadSpecs() throws IOException {
    assertTrue(badSpecs().count() >= 20);
  }

  @ParameterizedTest
  @MethodSource("badSpecs")
  void reportsTheExpectedErrorAtTheExactPlace(String name) throws IOException {
    Path file = TestInterfaces.resources().resolve("bad/" + name);
    List<String> lines = Files.readAllLines(file);
    Matcher m = EXPECT.matcher(lines.get(0));
    assertTrue(m.matches(), "bad expectation line in " + name);
    String expectedFile = m.group(1) != null ? m.group(1) : name;
    int line = Integer.parseInt(m.group(2));
    int col = Integer.parseInt(m.group(3));
    String message = m.group(4);
    boolean nfMode = lines.size() > 1 && lines.get(1).equals("# mode: nf");
    Optional<NfInterface> nf = nfMode ? Optional.of(TestInterfaces.catalog()) : Optional.empty();

    SpecCheckResult r = SpecChecker.check(file, ImportSearch.none(), nf);

    String all = r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertFalse(r.ok(), name + " was accepted");
    assertTrue(r.spec().isEmpty());
    Diagnostic first = r.errors().get(0);
    assertTrue(Path.of(first.location().file()).getFileName().toString().equals(expectedFile), all);
    assertEquals(line + ":" + col, first.location().line() + ":" + first.location().column(), all);
    assertTrue(first.message().contains(message), "expected '" + message + "' in:\n" + all);
    assertTrue(first.message().contains(";"), "the message should say what to do instead: " + first.message());
  }

  @Test
  void collectsEveryErrorNotJustTheFirst() {
    Path file = TestInterfaces.resources().resolve("multi/many_errors.py");
    SpecCheckResult r = SpecChecker.check(file, ImportSearch.none(), Optional.of(TestInterfaces.catalog()));
    List<String> at = r.errors().stream()
        .map(d -> d.location().line() + ":" + d.location().column()).toList();
    assertEquals(List.of("2:29", "4:1", "5:1", "7:7", "8:5"), at,
        r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
  }

  @Test
  void unreachableStatementsAreWarnedCheckedAndLeftOut() {
    SpecCheckResult r = SpecChecker.check(TestInterfaces.resources().resolve("multi/unreachable.py"),
        ImportSearch.none(), Optional.empty());
    List<String> all = r.diagnostics().stream().map(d -> d.severity().word() + " " + d.location().line() + ":"
        + d.location().column()).toList();
    assertEquals(List.of("warning 5:5", "error 6:11"), all, r.diagnostics().toString());
    SpecCheckResult fixed = SpecChecker.checkText(Path.of("unreachable.py"),
        "h = pop_header(ether, on_mismatch=DROP)\nif h.type == 1:\n    return DROP\n    x = 1\nreturn ([0], [ether(h)])\n",
        ImportSearch.none(), Optional.empty());
    assertTrue(fixed.ok());
    dev.vigor.engine.spec.ir.Stmt.If branch = (dev.vigor.engine.spec.ir.Stmt.If) fixed.spec().orElseThrow().body().get(1);
    assertEquals(1, branch.then().size(), "x = 1 is not in the IR");
  }

  @Test
  void underlinesTheWholeName() {
    SpecCheckResult r = SpecChecker.check(TestInterfaces.resources().resolve("bad/unknown_name.py"),
        ImportSearch.none(), Optional.of(TestInterfaces.catalog()));
    assertEquals("recieved_on_port".length(), r.errors().get(0).location().length());
  }

  @Test
  void withoutAnNfUnknownLowercaseNamesAreConfigValuesWithANote() {
    SpecCheckResult r = SpecChecker.check(TestInterfaces.resources().resolve("good/nat.py"), ImportSearch.none(),
        Optional.empty());
    assertTrue(r.ok());
    List<Diagnostic> notes = r.diagnostics().stream()
        .filter(d -> d.severity() == dev.vigor.engine.diag.Severity.NOTE).toList();
    assertEquals(2, notes.size(), notes.toString());
    assertTrue(notes.get(0).message().startsWith("ext_ip is not defined in the spec"));
  }
}
