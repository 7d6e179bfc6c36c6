package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = VigorCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path spec(String relative) throws URISyntaxException {
    return Paths.get(CheckCommandTest.class.getResource("/spec/" + relative).toURI());
  }

  @Test
  void aCleanSpecExitsZeroWithASummary() throws Exception {
    Run r = run("check", spec("good/bridge.py").toString());
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(lines.size() - 1).matches(".*bridge\\.py: OK \\(1 file, 0 errors\\)"), r.out());
  }

  @Test
  void propsAndSearchPathFindImportedProperties() throws Exception {
    Run missing = run("check", spec("good/broadcast.py").toString());
    assertEquals(ExitCodes.BAD_INPUT, missing.code(), missing.out());
    Run viaProps = run("check", spec("good/broadcast.py").toString(), "--props", spec("good/props").toString());
    assertEquals(ExitCodes.OK, viaProps.code(), viaProps.out());
    assertTrue(viaProps.out().contains("OK (2 files, 0 errors)"), viaProps.out());
    Run viaSearch = run("check", spec("good/bridge_props.py").toString(), "--search-path", "/nonexistent",
        "--search-path", spec("good/props").toString());
    assertEquals(ExitCodes.OK, viaSearch.code(), viaSearch.out());
    assertTrue(viaSearch.out().contains("OK (3 files, 0 errors)"), viaSearch.out());
  }

  @Test
  void errorsArePrintedAsFileLineColAndExitThree() throws Exception {
    Path file = spec("multi/many_errors.py");
    Run r = run("check", file.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith(file + ":4:1: error: cannot assign to the input now"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.equals(file + ":5:1: error: loops are not part of the spec language:"
        + " a spec describes what happens to one packet; describe the cases with if/elif/else")), r.out());
    // dyn_emap and nothing_here are imported and never mentioned: two warnings.
    assertEquals(file + ": FAILED (1 file, 4 errors, 2 warnings)", lines.get(lines.size() - 1));
  }

  @Test
  void printShowsTheSpecAsUnderstood() throws Exception {
    Run r = run("check", "--print", "--props", spec("good/props").toString(), spec("good/broadcast.py").toString());
    assertEquals(ExitCodes.OK, r.code(), r.out());
    assertTrue(r.out().startsWith("from state import dyn_emap, dyn_vals\nEXP_TIME = ((300 * 1000) * 1000) * 1000"
        .replace("((300 * 1000) * 1000) * 1000", "(((300 * 1000) * 1000) * 1000)")), r.out());
    assertTrue(r.out().contains("dyn_vals.set(the_index_allocated, DynamicValuec(received_on_port))"), r.out());
  }

  @Test
  void severalFilesAreCheckedEachOnItsOwn() throws Exception {
    Run r = run("check", spec("good/fw.py").toString(), spec("bad/def.py").toString(), spec("good/nat.py").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    List<String> summaries = r.out().lines().filter(l -> l.contains(": OK (") || l.contains(": FAILED (")).toList();
    assertEquals(3, summaries.size(), r.out());
    assertTrue(summaries.get(0).endsWith("fw.py: OK (1 file, 0 errors)"));
    assertTrue(summaries.get(1).endsWith("def.py: FAILED (1 file, 1 error)"));
    assertTrue(summaries.get(2).endsWith("nat.py: OK (1 file, 0 errors)"));
    assertEquals(ExitCodes.OK, run("check", spec("good/fw.py").toString(), spec("good/nat.py").toString()).code());
  }

  @Test
  void anUnreadableFileIsBadInput(@TempDir Path tmp) {
    Path nowhere = tmp.resolve("nowhere.py");
    Run r = run("check", nowhere.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.out().startsWith(nowhere + ":1:1: error: cannot read " + nowhere + ": no such file"), r.out());
  }

  @Test
  void notUtf8IsBadInput(@TempDir Path tmp) throws IOException {
    Path latin = tmp.resolve("latin.py");
    Files.write(latin, new byte[] {'x', ' ', '=', ' ', '1', ' ', '#', ' ', (byte) 0xe9, '\n'});
    Run r = run("check", latin.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.out().contains("not UTF-8"), r.out());
  }

  @Test
  void aMissingArgumentIsBadInput() {
    Run r = run("check");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("SPEC.py"), r.err());
  }
}
