package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.WorkspaceProperty;
import dev.vigor.app.files.OpenFilesViewModel;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.editor.SpecEditor;
import dev.vigor.engine.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The editor as a user meets it, in the real window over the real catalog and a temporary
 * workspace: opening a spec, a new property checked as it is typed, saving, closing with unsaved
 * edits, and getting edits back after a crash.
 */
class EditorWorkflowTest {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  private final FxRobot robot = new FxRobot();
  private Application app;
  private WorkspaceProperty workspaceSetting;
  @TempDir Path workspace;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWindow() throws Exception {
    workspaceSetting = WorkspaceProperty.pointAt(workspace);
    // Autosave soon after typing stops, so the crash test does not wait seconds.
    System.setProperty(OpenFilesViewModel.AUTOSAVE_IDLE_PROPERTY, "300");
    startApp();
  }

  private void startApp() throws Exception {
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    FxWait.until(20, "the catalog in the tree", () -> !catalogTree().getRoot().getChildren().isEmpty());
  }

  @AfterEach
  void closeWindow() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    System.clearProperty(OpenFilesViewModel.AUTOSAVE_IDLE_PROPERTY);
    // Back to the build's test workspace, so no later test falls back to ~/VigorWorkspace.
    workspaceSetting.restore();
  }

  @Test
  void theBridgeSpecOpensFromTheTreeAndChecksClean() throws Exception {
    openFromCatalog("bridge", "spec.py");

    SpecEditor editor = selectedEditor();
    assertEquals(Files.readString(CATALOG.resolve("bridge/spec.py")), editor.getText());
    assertEquals("spec.py · bridge (catalog)", selectedTab().getText(), "no unsaved mark on a file just opened");
    // Once the C code is compiled the spec is checked against the bridge's real state objects.
    FxWait.until(20, "the bridge's interface", () -> editor.nfInterfaceProperty().get() != null);
    FxWait.until(10, "a clean check of the catalog's own spec", () -> editor.diagnostics().isEmpty());
  }

  @Test
  void aNewPropertyIsCheckedAsItIsTyped() throws Exception {
    robot.clickOn(cellShowing(catalogTree(), "bridge"));
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL); // File ▸ New property…
    robot.clickOn("#property-name").write("mine").type(KeyCode.ENTER);

    Path created = workspace.resolve("bridge/props/mine.py");
    FxWait.until(10, "mine.py open", () -> tabTitles().contains("props/mine.py · bridge (my workspace)"));
    assertTrue(Files.isRegularFile(created), "the property is a file in the workspace");
    assertTrue(Files.isRegularFile(workspace.resolve("bridge/nf.properties")),
        "the NF folder is copied along, so the property's imports and C code resolve");
    FxWait.until(10, "mine.py in the workspace tree", () -> userTree().getRoot().getChildren().size() == 1);
    SpecEditor editor = selectedEditor();
    FxWait.until(20, "the bridge's interface", () -> editor.nfInterfaceProperty().get() != null);

    // A property naming a state object the bridge does not have: the engine says so, on line 1.
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().selectAll());
    robot.write("from state import dyn_macz\npass\n");
    FxWait.until(5, "the unknown state object reported", () -> hasErrorOnLine(editor, 1, "dyn_macz"));
    assertEquals("*props/mine.py · bridge (my workspace)", selectedTab().getText(), "unsaved mark");

    // A syntax error on line 3 is underlined there within the check's debounce.
    robot.interact(() -> editor.codeArea().moveTo(editor.getText().length()));
    robot.write("if x = 3\n");
    FxWait.until(3, "the syntax error on line 3", () -> hasErrorOnLine(editor, 3, null));
  }

  @Test
  void savingWritesAtomicallyAndClearsTheUnsavedMark() throws Exception {
    Path file = workspaceProperty("saved");
    String before = Files.readString(file);
    Path oldVersion = workspace.resolve("old-version-link");
    Files.createLink(oldVersion, file);
    openInApp(file);
    SpecEditor editor = selectedEditor();

    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(0));
    robot.write("# mine\n");
    FxWait.until(5, "the unsaved mark", () -> selectedTab().getText().startsWith("*"));
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

    FxWait.until(5, "the mark cleared by the save", () -> !selectedTab().getText().startsWith("*"));
    assertEquals("# mine\n" + before, Files.readString(file));
    // The save replaced the file by renaming a new one over it: a hard link to the old file still
    // sees every byte of the old text, so no reader ever saw a half-written file.
    assertEquals(before, Files.readString(oldVersion));
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".saving")).toList(),
          "no temporary file left behind");
    }
  }

  @Test
  void savingACatalogTemplateMakesAWorkspaceCopy() throws Exception {
    Path template = CATALOG.resolve("bridge/props/learn.py");
    String original = Files.readString(template);
    openFromCatalog("bridge", "props", "learn.py");
    SpecEditor editor = selectedEditor();
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(0));
    robot.write("# my learn\n");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    robot.clickOn("Save copy");

    Path copy = workspace.resolve("bridge/props/learn.py");
    FxWait.until(5, "the copy written", () -> Files.isRegularFile(copy) && !selectedTab().getText().startsWith("*"));
    assertEquals("# my learn\n" + original, Files.readString(copy));
    assertEquals(original, Files.readString(template), "the catalog template is untouched");
    assertTrue(selectedTab().getTooltip().getText().startsWith(workspace.toString()),
        "the tab now edits the copy: " + selectedTab().getTooltip().getText());
  }

  @Test
  void closingATabWithUnsavedEditsAsksFirst() throws Exception {
    Path file = workspaceProperty("closing");
    String onDisk = Files.readString(file);
    openInApp(file);
    SpecEditor editor = selectedEditor();
    robot.clickOn(editor.codeArea());
    robot.write("x = 1\n");
    FxWait.until(5, "the unsaved mark", () -> selectedTab().getText().startsWith("*"));

    robot.clickOn(robot.lookup(".tab-close-button").queryAs(Node.class));
    robot.clickOn("Cancel");
    assertEquals(1, tabs().getTabs().size(), "Cancel keeps the tab and the edit");
    assertTrue(editor.getText().contains("x = 1"));

    robot.clickOn(robot.lookup(".tab-close-button").queryAs(Node.class));
    robot.clickOn("Discard");
    FxWait.until(5, "the tab closed", () -> tabs().getTabs().isEmpty());
    assertEquals(onDisk, Files.readString(file), "Discard writes nothing");
  }

  @Test
  void editsAutosavedBeforeACrashAreOfferedBackOnTheNextStart() throws Exception {
    Path file = workspaceProperty("crashy");
    String onDisk = Files.readString(file);
    openInApp(file);
    SpecEditor editor = selectedEditor();
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(0));
    robot.write("# not saved yet\n");
    Path autosaves = workspace.resolve(".vigor/autosave");
    // The whole line autosaved: on a busy machine typing can pause long enough for an autosave
    // of half of it, and the next one follows.
    FxWait.until(10, "the autosave", () -> Files.isDirectory(autosaves) && Files.list(autosaves).count() == 1
        && Files.readString(Files.list(autosaves).findFirst().orElseThrow()).contains("not saved yet"));

    // The "crash": the window goes away without anyone saving or being asked.
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    assertEquals(onDisk, Files.readString(file), "nothing was saved");
    startApp();

    FxWait.until(10, "the restore offer", () -> robot.lookup("#autosave-banner").query().isVisible());
    robot.clickOn("#restore-autosaves");
    FxWait.until(10, "crashy.py back with the edit", () -> tabTitles().contains("*props/crashy.py · bridge (my workspace)"));
    assertEquals("# not saved yet\n" + onDisk, selectedEditor().getText());
    assertFalse(robot.lookup("#autosave-banner").query().isVisible(), "the offer is gone once taken");

    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    FxWait.until(5, "the autosave cleaned after the save", () -> Files.list(autosaves).count() == 0);
  }

  @Test
  void renameAndDeleteFromTheWorkspaceTreeFollowTheOpenTab() throws Exception {
    Path file = workspaceProperty("draft");
    openInApp(file);

    robot.rightClickOn(cellShowing(userTree(), "draft.py"));
    robot.clickOn("Rename…");
    robot.interact(() -> robot.lookup("#property-name").queryAs(javafx.scene.control.TextField.class).clear());
    robot.clickOn("#property-name").write("final").type(KeyCode.ENTER);
    Path renamed = file.resolveSibling("final.py");
    FxWait.until(5, "the file renamed and its tab following", () -> Files.isRegularFile(renamed)
        && "props/final.py · bridge (my workspace)".equals(selectedTab().getText()));
    assertFalse(Files.exists(file));

    FxWait.until(5, "final.py in the tree", () -> robot.from(userTree()).lookup(".tree-cell").queryAllAs(TreeCell.class)
        .stream().anyMatch(c -> c.getItem() != null && "final.py".equals(((WorkspaceNode) c.getItem()).label())));
    robot.rightClickOn(cellShowing(userTree(), "final.py"));
    robot.clickOn("Delete…");
    robot.clickOn("Delete");
    FxWait.until(5, "the file deleted and its tab closed", () -> !Files.exists(renamed) && tabs().getTabs().isEmpty());
  }

  @Test
  void f12OnAnImportOpensTheImportedProperty() throws Exception {
    openFromCatalog("bridge", "props", "broadcast.py");
    SpecEditor editor = selectedEditor();
    int importLine = editor.getText().lines().toList().indexOf(
        editor.getText().lines().filter(l -> l.startsWith("import learn")).findFirst().orElseThrow());
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(importLine, 8));
    robot.type(KeyCode.F12);
    FxWait.until(10, "learn.py opened", () -> "props/learn.py · bridge (catalog)".equals(selectedTab().getText()));
  }

  /** A property made in the workspace before the window opens, as one from an earlier session. */
  private Path workspaceProperty(String name) throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    Path file = new WorkspaceFolder(workspace).newProperty(CATALOG.resolve("bridge"), name);
    startApp();
    return file;
  }

  private static boolean hasErrorOnLine(SpecEditor editor, int line, String mentioning) {
    for (Diagnostic d : editor.diagnostics()) {
      if (d.isError() && d.location().line() == line
          && (mentioning == null || d.message().contains(mentioning))) {
        return true;
      }
    }
    return false;
  }

  private void openInApp(Path file) throws Exception {
    FxWait.until(10, "the workspace tree", () -> !userTree().getRoot().getChildren().isEmpty());
    String nf = file.getParent().getParent().getFileName().toString();
    robot.clickOn(cellShowing(userTree(), nf));
    robot.type(KeyCode.RIGHT);
    robot.clickOn(cellShowing(userTree(), "props"));
    robot.type(KeyCode.RIGHT);
    // The props folder lists the catalog's properties too; scroll the new one into view first.
    robot.interact(() -> {
      for (int row = 0; row < userTree().getExpandedItemCount(); row++) {
        if (file.equals(userTree().getTreeItem(row).getValue().path())) {
          userTree().scrollTo(row);
        }
      }
    });
    robot.clickOn(cellShowing(userTree(), file.getFileName().toString()));
    FxWait.until(10, file.getFileName() + " open", () -> tabTitles().stream()
        .anyMatch(t -> t.startsWith("props/" + file.getFileName() + " · ")));
  }

  private void openFromCatalog(String nf, String... path) throws Exception {
    robot.clickOn(cellShowing(catalogTree(), nf));
    robot.type(KeyCode.RIGHT);
    for (int i = 0; i < path.length - 1; i++) {
      robot.clickOn(cellShowing(catalogTree(), path[i]));
      robot.type(KeyCode.RIGHT);
    }
    robot.clickOn(cellShowing(catalogTree(), path[path.length - 1]));
    // Tabs name the file inside its NF, then the NF with its origin.
    String title = String.join("/", path) + " · " + nf + " (catalog)";
    FxWait.until(10, title + " open", () -> tabTitles().contains(title));
  }

  private SpecEditor selectedEditor() {
    return ((SpecFileView) selectedTab().getContent()).editor();
  }

  private Tab selectedTab() {
    return tabs().getSelectionModel().getSelectedItem();
  }

  private TabPane tabs() {
    return robot.lookup("#open-files").queryAs(TabPane.class);
  }

  private List<String> tabTitles() {
    return tabs().getTabs().stream().map(Tab::getText).toList();
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> catalogTree() {
    return robot.lookup("#workspace-tree").queryAs(TreeView.class);
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> userTree() {
    return robot.lookup("#user-workspace-tree").queryAs(TreeView.class);
  }

  private TreeCell<WorkspaceNode> cellShowing(TreeView<WorkspaceNode> tree, String label) {
    return FxWait.cellShowing(robot, tree, label);
  }
}
