package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.engine.cli.VigorCli;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An imported state object the spec never mentions is still compared at the end of every path,
 * so the spec demands that the NF leave it unchanged: the checker warns at the import.
 */
class UnmentionedStateTest {
  @TempDir Path dir;

  private List<Diagnostic> warnings(String file, String text) throws Exception {
    Path f = dir.resolve(file);
    Files.writeString(f, text);
    SpecCheckResult r = SpecChecker.check(f, new ImportSearch(Optional.of(dir), List.of()),
        Optional.of(TestInterfaces.catalog()));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }

  @Test
  void anImportNeverMentionedIsWarnedAboutAtItsName() throws Exception {
    List<Diagnostic> w = warnings("no_loop.py", """
        # never sent back where it came from
        from state import dyn_emap, stat_map
        h = pop_header(ether, on_mismatch=([], []))
        if h.daddr in stat_map:
            pass
        assert not mem(received_on_port, sent_on_ports)
        """);
    assertEquals(1, w.size(), w.toString());
    assertEquals(2, w.get(0).location().line());
    assertEquals(19, w.get(0).location().column());
    assertTrue(w.get(0).message().startsWith("dyn_emap is imported but never mentioned: its whole final state"
        + " is still compared at the end of every path"), w.get(0).message());
    assertTrue(w.get(0).message().contains("leave dyn_emap unchanged"), w.get(0).message());
  }

  @Test
  void anInitSpecStatesAnUnfilledImportEmptyWithoutAWarning() throws Exception {
    // in init.py, importing a table and adding nothing is how "empty after nf_init" is written
    assertEquals(List.of(), warnings("init.py", """
        from state import dyn_emap, stat_map
        """));
    // elsewhere the same file is warned about (and, having no statement, about that too)
    assertTrue(warnings("empty.py", """
        from state import dyn_emap
        """).stream().anyMatch(d -> d.message().startsWith("dyn_emap is imported but never")));
  }

  @Test
  void aMentionInAnIncludedPropertyCounts() throws Exception {
    Files.writeString(dir.resolve("learn.py"), """
        h = pop_header(ether, on_mismatch=([], []))
        dyn_emap.expire_all(now - 10)
        """);
    assertEquals(List.of(), warnings("uses_learn.py", """
        from state import dyn_emap
        import learn
        """));
    assertEquals(List.of(), warnings("all_mentioned.py", """
        from state import dyn_emap, dyn_vals
        if 3 in dyn_emap:
            dyn_vals[dyn_emap[3]] = DynamicValue(1)
        """));
  }

  @Test
  void anUnchangedCommentOnTheImportSaysItIsMeant() throws Exception {
    assertEquals(List.of(), warnings("short_frames.py", """
        from state import dyn_emap, dyn_vals   # unchanged: a short frame changes no table
        h = pop_header(ether, on_mismatch=([], []))
        pass
        """));
    // The comment covers its own line only.
    List<Diagnostic> w = warnings("two_lines.py", """
        from state import dyn_emap   # unchanged
        from state import dyn_vals   # the values
        pass
        """);
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).message().startsWith("dyn_vals is imported"), w.toString());
  }

  @Test
  void vigorCheckPrintsTheWarningAndStillPasses() throws Exception {
    Path f = dir.resolve("p.py");
    Files.writeString(f, "from state import dyn_emap\npass\n");
    CommandLine cl = VigorCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(ExitCodes.OK, cl.execute("check", f.toString()), out.toString());
    assertTrue(out.toString().contains(f + ":1:19: warning: dyn_emap is imported but never mentioned"), out.toString());
  }
}
