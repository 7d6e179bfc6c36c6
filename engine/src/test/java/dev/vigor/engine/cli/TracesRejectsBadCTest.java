package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every malformed or out-of-subset C input of the front-end's suite, put in an NF folder of its
 * own, makes {@code vigor traces} exit 3 with the intended {@code file:line:col} message printed and
 * never a stack trace: what a user running the CLI sees, not only what the API throws.
 */
class TracesRejectsBadCTest {
  private static final Pattern EXPECT = Pattern.compile("// expect: (\\S+):(\\d+):(\\d+) (.+)");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyBadInputExitsThreeWithItsMessage() throws IOException, URISyntaxException {
    Path bad = Path.of(getClass().getResource("/c/bad").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(bad)) {
      files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "expected at least 10 bad inputs, found " + files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(bad, f)));
  }

  private void check(Path badDir, Path file) throws IOException {
    String name = file.getFileName().toString();
    Path nf = Files.createDirectories(tmp.resolve(name.replace(".c", "")));
    Files.copy(file, nf.resolve(name));
    // Local headers a bad input includes come along (missing_header.c expects one to be absent).
    try (Stream<Path> s = Files.list(badDir)) {
      for (Path h : s.filter(p -> p.toString().endsWith(".h")).toList()) {
        Files.copy(h, nf.resolve(h.getFileName()));
      }
    }
    Files.writeString(nf.resolve("nf.properties"), "name = " + name + "\n");
    StringWriter out = new StringWriter();
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    int code = cl.execute("traces", nf.toString());
    String text = out.toString();
    assertEquals(ExitCodes.BAD_INPUT, code, name + ":\n" + text);
    assertFalse(text.contains("\tat ") || text.contains("Exception"), name + " printed a stack trace:\n" + text);
    for (String line : Files.readAllLines(file)) {
      Matcher m = EXPECT.matcher(line);
      if (m.matches()) {
        String where = m.group(1) + ":" + m.group(2) + ":" + m.group(3);
        assertTrue(
            text.lines().anyMatch(l -> l.contains(where) && l.contains(m.group(4))),
            name + ": expected a line with " + where + " and '" + m.group(4) + "', got:\n" + text);
      }
    }
  }
}
