package dev.vigor.app.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.WorkspaceProperty;
import dev.vigor.app.files.OpenFile;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.editor.SpecEditor;
import dev.vigor.engine.spec.SourceHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What is verified is what the user sees: in the real window over the catalog's bridge, text typed
 * into an open editor and not saved is what Run (F5) verifies, for the spec checked and for a
 * property it imports; an error in that text refuses the run (never a "proved" for text the user
 * is not looking at); every result names the SHA-256 of the text it verified.
 */
class UnsavedEditsVerificationTest {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  private static final int RUN_SECONDS = 120;
  private final FxRobot robot = new FxRobot();
  private Application app;
  @TempDir Path workspace;
  private WorkspaceProperty workspaceSetting;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWindow() throws Exception {
    workspaceSetting = WorkspaceProperty.pointAt(workspace);
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    FxWait.until(20, "the catalog in the tree", () -> !catalogTree().getRoot().getChildren().isEmpty());
  }

  @AfterEach
  void closeWindow() throws Exception {
    robot.interact(() -> dock().viewModel().cancel());
    FxWait.until(10, "the run to stop", () -> !dock().viewModel().runningProperty().get());
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    workspaceSetting.restore();
  }

  @Test
  void anErrorTypedIntoAnOpenSpecIsNeverShownProved() throws Exception {
    SpecEditor editor = openFromCatalog("spec.py");
    String saved = Files.readString(CATALOG.resolve("bridge/spec.py"));
    int errorLine = (int) saved.lines().count() + 1;
    // An error at the end of the spec, typed and not saved; the saved spec.py is proved.
    robot.interact(() -> editor.codeArea().moveTo(editor.getText().length()));
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(editor.getText().length()));
    robot.write("dyn_macs.refresh(now)\n");
    FxWait.until(10, "the live check underlines it", () -> editor.diagnostics().stream()
        .anyMatch(d -> d.isError() && d.location().line() == errorLine));
    assertEquals(List.of("spec.py", "init.py"), checkedNames());

    robot.type(KeyCode.F5);
    waitForRunEnd();

    assertEquals("refused", dock().viewModel().lastEndProperty().get().kind());
    for (PropertySummary s : dock().viewModel().summaries()) {
      assertFalse(s.textProperty().get().contains("proved"), s.textProperty().get());
      assertFalse(s.statusProperty().get() == TraceStatus.PROVED);
    }
    assertTrue(dock().viewModel().traces().isEmpty(), "nothing was verified");
    String banner = text("#verify-banner");
    assertTrue(banner.startsWith("Not verified: spec.py:" + errorLine + ":"), banner);
    assertFalse(banner.contains("proved"), banner);
    assertTrue(text("#status-text").contains("spec.py:" + errorLine), text("#status-text"));
    assertEquals(saved, Files.readString(CATALOG.resolve("bridge/spec.py")), "nothing was saved");

    // One click leads to the error.
    robot.clickOn("#verify-banner-show");
    FxWait.until(5, "spec.py shown at the error", () -> selectedFile() != null
        && selectedFile().revealProperty().get() != null
        && selectedFile().revealProperty().get().line() == errorLine);
  }

  @Test
  void aWrongUnsavedEditIsWhatRunVerifiesAndItsHashIsShown() throws Exception {
    SpecEditor editor = openFromCatalog("props", "learn.py");
    Path learn = CATALOG.resolve("bridge/props/learn.py");
    String saved = Files.readString(learn);
    typeWrongAgeingTime(editor);
    String buffer = editorText(editor);
    assertTrue(selectedFile().isDirty(), "the edit is not saved");

    checkOnly("learn.py");
    robot.type(KeyCode.F5);
    waitForRunEnd();

    PropertySummary s = dock().viewModel().summaries().get(0);
    String hash = SourceHash.sha256(buffer);
    assertTrue(s.textProperty().get().startsWith("learn.py: violated"), s.textProperty().get());
    assertTrue(s.textProperty().get().contains("sha256 " + hash.substring(0, 8) + " (unsaved text)"),
        s.textProperty().get());
    assertTrue(s.sourcesTextProperty().get().contains(hash + "  (unsaved editor text)"),
        s.sourcesTextProperty().get());
    assertTrue(text("#verify-run-note").contains("unsaved editor text of learn.py"),
        text("#verify-run-note"));
    assertEquals(saved, Files.readString(learn), "the file on disk is untouched");

    // The saved run names the full hash of the text verified, and that it was unsaved.
    FxWait.until(10, "the run saved", () -> runFiles().size() == 1);
    String json = Files.readString(runFiles().get(0));
    assertTrue(json.contains("\"sha256\":\"" + hash + "\""), json);
    assertTrue(json.contains("\"unsaved\":true"), json);
  }

  @Test
  void aWrongUnsavedEditOfAnImportedPropertyIsWhatItsImporterVerifies() throws Exception {
    SpecEditor learn = openFromCatalog("props", "learn.py");
    typeWrongAgeingTime(learn);
    String learnBuffer = editorText(learn);
    openFromCatalog("props", "broadcast.py");
    Path broadcast = CATALOG.resolve("bridge/props/broadcast.py");

    checkOnly("broadcast.py");
    robot.type(KeyCode.F5);
    waitForRunEnd();

    PropertySummary s = dock().viewModel().summaries().get(0);
    assertTrue(s.textProperty().get().startsWith("broadcast.py: violated"), s.textProperty().get());
    assertTrue(s.textProperty().get().contains(
        "sha256 " + SourceHash.sha256(Files.readString(broadcast)).substring(0, 8)
            + " (imports unsaved text)"), s.textProperty().get());
    assertTrue(s.sourcesTextProperty().get().contains(
        "learn.py  sha256 " + SourceHash.sha256(learnBuffer) + "  (unsaved editor text)"),
        s.sourcesTextProperty().get());
  }

  /** learn.py's ageing time changed from 300 s to 200 s by typing: the spec then forgets stations the bridge keeps. */
  private void typeWrongAgeingTime(SpecEditor editor) throws Exception {
    String text = editorText(editor);
    int at = text.indexOf("EXP_TIME = 300") + "EXP_TIME = ".length();
    assertTrue(at > 20, "learn.py's ageing time moved");
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().selectRange(at, at + 3));
    robot.write("200");
    FxWait.until(5, "the edit in the buffer", () -> selectedFile().text().contains("EXP_TIME = 200")
        && editor.diagnostics().stream().noneMatch(d -> d.isError()));
  }

  private String editorText(SpecEditor editor) throws Exception {
    String[] text = new String[1];
    robot.interact(() -> text[0] = editor.getText());
    return text[0];
  }

  /** Opens a file of the catalog's bridge from the tree, as a user does; returns its editor. */
  private SpecEditor openFromCatalog(String... path) throws Exception {
    robot.clickOn(cellShowing(catalogTree(), "bridge"));
    robot.type(KeyCode.RIGHT);
    for (int i = 0; i < path.length - 1; i++) {
      robot.clickOn(cellShowing(catalogTree(), path[i]));
      robot.type(KeyCode.RIGHT);
    }
    robot.clickOn(cellShowing(catalogTree(), path[path.length - 1]));
    String title = String.join("/", path) + " · bridge (catalog)";
    FxWait.until(10, title + " open", () -> selectedTab() != null && title.equals(selectedTab().getText()));
    SpecEditor editor = ((SpecFileView) selectedTab().getContent()).editor();
    FxWait.until(20, "the bridge's interface", () -> editor.nfInterfaceProperty().get() != null);
    return editor;
  }

  private void checkOnly(String fileName) throws Exception {
    FxWait.until(10, fileName + " offered", () -> propertyList().getItems().stream()
        .anyMatch(p -> p.file().endsWith(fileName)));
    robot.interact(() -> {
      CheckListView<PropertyChoice> list = propertyList();
      list.getCheckModel().clearChecks();
      list.getItems().stream().filter(p -> p.file().endsWith(fileName))
          .forEach(list.getCheckModel()::check);
    });
  }

  private void waitForRunEnd() throws Exception {
    FxWait.until(5, "the run to start", () -> dock().viewModel().runningProperty().get()
        || dock().viewModel().lastEndProperty().get() != null);
    FxWait.until(RUN_SECONDS, "the run to end", () -> !dock().viewModel().runningProperty().get()
        && dock().viewModel().lastEndProperty().get() != null);
  }

  private List<Path> runFiles() throws Exception {
    Path runs = workspace.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(runs)) {
      return s.toList();
    }
  }

  private List<String> checkedNames() {
    return propertyList().getCheckModel().getCheckedItems().stream()
        .map(p -> p.file().getFileName().toString()).toList();
  }

  private OpenFile selectedFile() {
    Tab tab = selectedTab();
    return tab == null ? null : (OpenFile) tab.getUserData();
  }

  private Tab selectedTab() {
    return robot.lookup("#open-files").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
  }

  private VerificationDock dock() {
    return robot.lookup("#verification-dock").queryAs(VerificationDock.class);
  }

  @SuppressWarnings("unchecked")
  private CheckListView<PropertyChoice> propertyList() {
    return robot.lookup("#verify-properties").queryAs(CheckListView.class);
  }

  private String text(String id) {
    return robot.lookup(id).queryLabeled().getText();
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> catalogTree() {
    return robot.lookup("#workspace-tree").queryAs(TreeView.class);
  }

  private TreeCell<WorkspaceNode> cellShowing(TreeView<WorkspaceNode> tree, String label) {
    return FxWait.cellShowing(robot, tree, label);
  }
}
