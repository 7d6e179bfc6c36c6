package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Stmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code import NAME} looks, in which order, and what it says when something is wrong. */
class ImportsTest {
  @TempDir Path tmp;

  private Path write(String relative, String text) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static int assertedValue(SpecCheckResult r) {
    Stmt.Assign a = (Stmt.Assign) r.spec().orElseThrow().body().get(0);
    return ((dev.vigor.engine.spec.ir.Expr.IntLit) a.value()).value().intValueExact();
  }

  @Test
  void theImportingFoldersComesFirstThenPropsThenTheSearchPathInOrder() throws IOException {
    Path spec = write("nf/spec.py", "import base\n");
    write("nf/props/base.py", "X = 2\n");
    write("lib1/base.py", "X = 3\n");
    write("lib2/base.py", "X = 4\n");
    ImportSearch all = new ImportSearch(Optional.of(tmp.resolve("nf/props")),
        List.of(tmp.resolve("lib1"), tmp.resolve("lib2")));
    assertEquals(2, assertedValue(SpecChecker.check(spec, all, Optional.empty())));
    write("nf/base.py", "X = 1\n");
    assertEquals(1, assertedValue(SpecChecker.check(spec, all, Optional.empty())));
    ImportSearch libsOnly = new ImportSearch(Optional.empty(), List.of(tmp.resolve("lib2"), tmp.resolve("lib1")));
    Files.delete(tmp.resolve("nf/base.py"));
    assertEquals(4, assertedValue(SpecChecker.check(spec, libsOnly, Optional.empty())));
  }

  @Test
  void plainNamesWinOverPaygoNamesInTheSameFolder() throws IOException {
    Path spec = write("spec.py", "import learn\n");
    write("paygo-learn.py", "X = 5\n");
    assertEquals(5, assertedValue(SpecChecker.check(spec, ImportSearch.none(), Optional.empty())));
    write("learn.py", "X = 6\n");
    assertEquals(6, assertedValue(SpecChecker.check(spec, ImportSearch.none(), Optional.empty())));
  }

  @Test
  void aMissingPropertyListsEveryFolderLookedIn() throws IOException {
    Path spec = write("nf/spec.py", "x = 1\nimport nothere\n");
    ImportSearch search = new ImportSearch(Optional.of(tmp.resolve("nf/props")), List.of(tmp.resolve("lib")));
    SpecCheckResult r = SpecChecker.check(spec, search, Optional.empty());
    Diagnostic d = r.errors().get(0);
    assertEquals(2, d.location().line());
    assertEquals(8, d.location().column());
    assertTrue(d.message().contains(tmp.resolve("nf").toString() + ", " + tmp.resolve("nf/props") + ", "
        + tmp.resolve("lib")), d.message());
  }

  @Test
  void aPropertyThatImportsItselfIsACycle() throws IOException {
    Path spec = write("self.py", "\nimport self\n");
    SpecCheckResult r = SpecChecker.check(spec, ImportSearch.none(), Optional.empty());
    assertEquals("import cycle: self.py imports self.py; remove one of these imports", r.errors().get(0).message());
    assertEquals(2, r.errors().get(0).location().line());
  }

  @Test
  void errorsInsideAnImportedPropertyPointIntoIt() throws IOException {
    Path spec = write("spec.py", "import broken\nimport typo\n");
    write("broken.py", "x = (1 +\n");
    write("typo.py", "# one\nh = pop_header(ether, on_mismatch=DROP)\ny = h.dadr\n");
    SpecCheckResult r = SpecChecker.check(spec, ImportSearch.none(), Optional.empty());
    assertFalse(r.ok());
    assertEquals(2, r.errors().size(), r.errors().toString());
    assertTrue(r.errors().get(0).location().file().endsWith("broken.py"));
    assertTrue(r.errors().get(0).message().startsWith("syntax error") || r.errors().get(0).message().contains("ends in the middle"),
        r.errors().get(0).message());
    Diagnostic typo = r.errors().get(1);
    assertTrue(typo.location().file().endsWith("typo.py"));
    assertEquals("3:7", typo.location().line() + ":" + typo.location().column());
    assertEquals(3, r.files().size());
  }

  @Test
  void aRelativeRootGivesRelativeNamesToItsImports() throws IOException {
    write("rel/spec.py", "import learn\n");
    write("rel/learn.py", "X = 7\n");
    Path relative = Path.of("").toAbsolutePath().relativize(tmp.resolve("rel/spec.py"));
    SpecCheckResult r = SpecChecker.check(relative, ImportSearch.none(), Optional.empty());
    assertTrue(r.ok(), r.diagnostics().toString());
    Stmt first = r.spec().orElseThrow().body().get(0);
    assertEquals(relative.resolveSibling("learn.py").toString(), first.at().file());
  }
}
