package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Stmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editor buffers over the disk: the checker and the import search read the buffer given for a
 * path instead of the file, and the result names the SHA-256 of every text it checked.
 */
class SpecSourcesTest {
  @TempDir Path tmp;

  private Path write(String relative, String text) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static ImportSearch search(Path nf, SpecSources sources) {
    return new ImportSearch(Optional.of(nf.resolve("props")), List.of(), sources);
  }

  private static int assertedValue(SpecCheckResult r) {
    Stmt.Assign a = (Stmt.Assign) r.spec().orElseThrow().body().get(0);
    return ((dev.vigor.engine.spec.ir.Expr.IntLit) a.value()).value().intValueExact();
  }

  @Test
  void theRootFileIsReadFromItsBufferNotFromDisk() throws IOException {
    Path spec = write("nf/spec.py", "X = 1\n");
    SpecCheckResult disk = SpecChecker.check(spec, search(tmp.resolve("nf"), SpecSources.disk()),
        Optional.empty());
    assertTrue(disk.ok(), disk.diagnostics().toString());
    assertEquals(List.of(SourceHash.of(spec, "X = 1\n", false)), disk.hashes());

    // An error typed in the editor and not saved: the check sees it at the buffer's line.
    String buffer = "X = 1\nwhile True:\n    pass\n";
    SpecCheckResult edited = SpecChecker.check(spec,
        search(tmp.resolve("nf"), SpecSources.of(Map.of(spec, buffer))), Optional.empty());
    assertFalse(edited.ok());
    assertEquals(2, edited.errors().get(0).location().line(), edited.errors().toString());
    assertEquals(SourceHash.sha256(buffer), edited.hashes().get(0).sha256());
    assertTrue(edited.hashes().get(0).unsaved());
    assertTrue(edited.checkedUnsavedText());
  }

  @Test
  void anImportedPropertyIsReadFromItsBufferAndHashedAsSuch() throws IOException {
    Path spec = write("nf/spec.py", "import base\n");
    Path base = write("nf/props/base.py", "X = 2\n");
    SpecSources sources = SpecSources.of(Map.of(base, "X = 7\n"));
    SpecCheckResult r = SpecChecker.check(spec, search(tmp.resolve("nf"), sources), Optional.empty());
    assertEquals(7, assertedValue(r));
    assertEquals(2, r.hashes().size(), r.hashes().toString());
    assertEquals(SourceHash.of(spec, "import base\n", false), r.hashes().get(0));
    assertEquals(base, r.hashes().get(1).file());
    assertEquals(SourceHash.sha256("X = 7\n"), r.hashes().get(1).sha256());
    assertTrue(r.hashes().get(1).unsaved());
    // The spec line a counterexample quotes comes from the checked text too.
    assertEquals("X = 7\n", r.spec().orElseThrow().texts().get(base.toString()));
  }

  @Test
  void aBufferEqualToTheFileIsNotUnsaved() throws IOException {
    Path spec = write("nf/spec.py", "X = 3\n");
    SpecCheckResult r = SpecChecker.check(spec,
        search(tmp.resolve("nf"), SpecSources.of(Map.of(spec, "X = 3\n"))), Optional.empty());
    assertFalse(r.hashes().get(0).unsaved());
    assertFalse(r.checkedUnsavedText());
  }

  @Test
  void aBufferWhoseFileIsNotOnDiskIsFoundByImport() throws IOException {
    Path spec = write("nf/spec.py", "import fresh\n");
    Path fresh = tmp.resolve("nf/props/fresh.py");
    SpecCheckResult without = SpecChecker.check(spec,
        search(tmp.resolve("nf"), SpecSources.disk()), Optional.empty());
    assertTrue(without.errors().get(0).message().contains("cannot find property fresh"));
    SpecCheckResult with = SpecChecker.check(spec,
        search(tmp.resolve("nf"), SpecSources.of(Map.of(fresh, "X = 4\n"))), Optional.empty());
    assertEquals(4, assertedValue(with));
    assertTrue(with.hashes().get(1).unsaved());
  }

  @Test
  void theHashIsTheSha256OfTheUtf8Text() {
    // sha256("abc"), from FIPS 180-2's test vectors.
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        SourceHash.sha256("abc"));
    assertEquals("ba7816bf", SourceHash.of(Path.of("a.py"), "abc", false).shortHash());
  }
}
