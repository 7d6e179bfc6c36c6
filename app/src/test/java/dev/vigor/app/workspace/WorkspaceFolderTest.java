package dev.vigor.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's workspace: copies of catalog NFs, new properties, renames and deletes inside it only. */
class WorkspaceFolderTest {
  @TempDir Path tmp;
  private Path catalogNf;
  private WorkspaceFolder workspace;

  @BeforeEach
  void catalogWithOneNf() throws IOException {
    catalogNf = Files.createDirectories(tmp.resolve("catalog/bridge"));
    Files.writeString(catalogNf.resolve("nf.properties"), "name = bridge\n");
    Files.writeString(catalogNf.resolve("bridge.c"), "int x;\n");
    Files.writeString(catalogNf.resolve("spec.py"), "import learn\n");
    Files.writeString(Files.createDirectories(catalogNf.resolve("props")).resolve("learn.py"), "pass\n");
    workspace = new WorkspaceFolder(tmp.resolve("ws"));
  }

  @Test
  void aCatalogFileIsSavedAsTheSamePathInTheNfsWorkspaceCopy() {
    assertEquals(tmp.resolve("ws/bridge/props/learn.py"), workspace.copyTargetOf(catalogNf.resolve("props/learn.py")));
    assertEquals(tmp.resolve("ws/bridge/spec.py"), workspace.copyTargetOf(catalogNf.resolve("spec.py")));
  }

  @Test
  void theNfCopyHoldsEverythingSoImportsAndCodeResolveAndIsMadeOnce() throws IOException {
    Path copy = workspace.ensureNfCopy(catalogNf);
    assertEquals("int x;\n", Files.readString(copy.resolve("bridge.c")));
    assertEquals("pass\n", Files.readString(copy.resolve("props/learn.py")));
    Files.writeString(copy.resolve("props/learn.py"), "mine\n");
    workspace.ensureNfCopy(catalogNf);
    assertEquals("mine\n", Files.readString(copy.resolve("props/learn.py")), "a second copy must not overwrite edits");
    assertEquals(copy, WorkspaceFolder.nfDirOf(copy.resolve("props/learn.py")).orElseThrow());
  }

  @Test
  void newPropertiesNeedAnImportableUnusedName() throws IOException {
    Path made = workspace.newProperty(catalogNf, "my_rule2");
    assertEquals(tmp.resolve("ws/bridge/props/my_rule2.py"), made);
    assertTrue(Files.readString(made).startsWith("# my_rule2: "));
    assertThrows(FileAlreadyExistsException.class, () -> workspace.newProperty(catalogNf, "my_rule2"));
    IOException bad = assertThrows(IOException.class, () -> workspace.newProperty(catalogNf, "2fast"));
    assertTrue(bad.getMessage().contains("not a name"), bad.getMessage());
    assertTrue(WorkspaceFolder.nameProblem("with-dash").isPresent());
    assertTrue(WorkspaceFolder.nameProblem("").isPresent());
    assertFalse(WorkspaceFolder.nameProblem("ok_name").isPresent());
  }

  @Test
  void renameAndDeleteWorkOnlyInsideTheWorkspace() throws IOException {
    Path made = workspace.newProperty(catalogNf, "first");
    Path renamed = workspace.rename(made, "second");
    assertEquals(made.resolveSibling("second.py"), renamed);
    assertFalse(Files.exists(made));
    workspace.delete(renamed);
    assertFalse(Files.exists(renamed));

    Path template = catalogNf.resolve("props/learn.py");
    assertThrows(IOException.class, () -> workspace.rename(template, "other"));
    assertThrows(IOException.class, () -> workspace.delete(template));
    assertTrue(Files.exists(template), "catalog templates stay as they are");
    assertThrows(IOException.class, () -> workspace.delete(workspace.root()));
  }

  @Test
  void atomicWritesReplaceTheFileAndLeaveNoTemporaryBehind() throws IOException {
    Path file = tmp.resolve("f.py");
    Files.writeString(file, "old");
    Path link = Files.createLink(tmp.resolve("old-link"), file);
    AtomicFiles.write(file, "new");
    assertEquals("new", Files.readString(file));
    assertEquals("old", Files.readString(link), "the old file was replaced by a rename, not rewritten");
    try (var left = Files.list(tmp)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".saving")));
    }
  }
}
