package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deliberately broken NFs under {@code resources/broken}: each marks its defect's line with
 * {@code EXPECT: <CHECK>}; the executor must report exactly that check there (and nothing
 * elsewhere), with a concrete input that the concrete interpreter replays to the same failure at
 * the same line. {@code EXPECT: REJECTED} means the front-end must refuse the NF at that line.
 */
class BrokenNfTest {
  record Expectation(String check, int line, String file) {}

  static Expectation expectation(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path c : files.filter(p -> p.toString().endsWith(".c")).toList()) {
        List<String> lines = Files.readAllLines(c);
        for (int i = 0; i < lines.size(); i++) {
          int at = lines.get(i).indexOf("EXPECT: ");
          if (at >= 0) {
            String check = lines.get(i).substring(at + 8).replace("*/", "").trim();
            return new Expectation(check, i + 1, c.getFileName().toString());
          }
        }
      }
    }
    throw new IllegalStateException(dir + " marks no EXPECT line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"packet_overread", "null_header", "unchecked_vector_index", "array_index",
      "signed_overflow", "division_by_zero", "overwide_shift", "full_emap_add", "double_add",
      "return_unborrowed", "never_returned", "maybe_uninitialised", "bad_device", "local_overrun", "refresh_unallocated",
      "use_after_return", "read_after_return", "return_a_copy", "return_twice", "return_other_vector",
      "dangling_local"})
  void defectIsReportedAtItsLineWithAnInputThatReplaysToIt(String name) throws Exception {
    Path dir = Nfs.broken(name);
    Expectation e = expectation(dir);
    LowLevelCheck expected = LowLevelCheck.valueOf(e.check());
    Program program = Nfs.compile(dir);
    NfConfig config = Nfs.config(dir);
    try (SymexResult r = SymbolicExecutor.run(program, config, ProgressListener.NONE, CancelToken.none())) {
      assertFalse(r.failures().isEmpty(), name + ": no check failed");
      ConcreteInterpreter concrete = new ConcreteInterpreter(program, config);
      for (CheckResult c : r.checks()) {
        assertEquals(CheckResult.Status.FAILED, c.status(), c.toString());
        assertEquals(expected, c.check(), name + ": " + c.message());
        assertEquals(e.file(), c.loc().file());
        assertEquals(e.line(), c.loc().line(), name + ": " + c.message());
        assertNotNull(c.input());
        ConcreteRun run = concrete.replay(c.input());
        assertTrue(run.failed(), () -> name + ": the input does not fail concretely: " + run.decisions());
        assertEquals(expected, run.failedCheck(), run.failure());
        assertEquals(e.line(), run.failedAt().line(), run.failure());
        assertEquals(c.decisions(), run.decisions(), name + ": the replay takes another path to the failure");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"unbounded_loop"})
  void frontEndRejectsAtTheLoop(String name) throws Exception {
    Path dir = Nfs.broken(name);
    Expectation e = expectation(dir);
    assertEquals("REJECTED", e.check());
    DiagnosticException ex = assertThrows(DiagnosticException.class, () -> Nfs.compile(dir));
    assertTrue(ex.diagnostics().stream().anyMatch(d -> d.location().line() == e.line()
        && d.location().file().equals(e.file())), ex.diagnostics().toString());
  }
}
