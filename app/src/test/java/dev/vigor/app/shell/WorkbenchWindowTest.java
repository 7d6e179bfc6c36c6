package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.app.workspace.WorkspaceViewModel;
import dev.vigor.editor.SpecEditor;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real workbench window, headless: the catalog tree, opening a file, the first-step hint. */
class WorkbenchWindowTest {
  private static Catalog catalog;
  private final FxRobot robot = new FxRobot();
  private Application app;

  @BeforeAll
  static void loadCatalogAndStartToolkit() throws Exception {
    catalog = Catalog.load(Path.of(System.getProperty("vigor.catalog")));
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWindow() throws Exception {
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, FxWait.onFx(() -> tree().getRoot().getChildren().size() == catalog.nfs().size()));
  }

  @AfterEach
  void closeWindow() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
  }

  @Test
  void treeListsEveryCatalogNfWithItsFiles() throws Exception {
    assertFalse(catalog.nfs().isEmpty(), "the test catalog has no NFs, so this test would prove nothing");
    List<String> shown = tree().getRoot().getChildren().stream().map(i -> i.getValue().label()).toList();
    assertEquals(catalog.nfs().stream().map(NfDescriptor::name).toList(), shown);

    for (NfDescriptor nf : catalog.nfs()) {
      robot.clickOn(cellShowing(nf.name()));
      robot.type(KeyCode.RIGHT); // expands the selected NF, as a user would with the keyboard
      WaitForAsyncUtils.waitForFxEvents();
      TreeItem<WorkspaceNode> item = itemFor(nf.name());
      assertTrue(item.isExpanded(), nf.name() + " did not expand");
      List<String> files = item.getChildren().stream().map(c -> c.getValue().label()).toList();
      for (Path expected : expectedFiles(nf)) {
        String name = expected.getFileName().toString();
        assertTrue(files.contains(name), nf.name() + " does not list " + name + ": " + files);
      }
      if (nf.spec() != null) {
        assertTrue(cellShowing("spec.py").isVisible(), "spec.py of " + nf.name() + " is not on screen");
      }
      robot.clickOn(cellShowing(nf.name()));
      robot.type(KeyCode.LEFT); // collapse again, so the next NF's cells are unambiguous
    }
    assertTrue(statusText().startsWith("Catalog: " + catalog.nfs().size() + " NF"), statusText());
  }

  @Test
  void clickingASpecOpensItInTheSpecEditor() throws Exception {
    NfDescriptor nf = catalog.nfs().stream().filter(n -> n.spec() != null).findFirst().orElseThrow();
    robot.clickOn(cellShowing(nf.name()));
    robot.type(KeyCode.RIGHT);
    robot.clickOn(cellShowing("spec.py"));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        FxWait.onFx(() -> !robot.lookup("#open-files").queryAs(TabPane.class).getTabs().isEmpty()));
    WaitForAsyncUtils.waitForFxEvents();

    TabPane tabs = robot.lookup("#open-files").queryAs(TabPane.class);
    assertEquals("spec.py · " + nf.directory().getFileName() + " (catalog)",
        tabs.getSelectionModel().getSelectedItem().getText());
    SpecEditor editor = robot.lookup("#spec-editor").queryAs(SpecEditor.class);
    assertEquals(Files.readString(nf.spec()), editor.getText());
    assertTrue(editor.codeArea().isEditable(), "a spec opens in the editor, editable");
    assertFalse(hint().isVisible(), "the hint should make way for the open file");
    assertTrue(statusText().startsWith("Catalog: "), "status after opening: " + statusText());
  }

  @Test
  void centreShowsTheFirstStepHint() {
    assertTrue(hint().isVisible(), "no first-step hint in the centre");
    List<String> steps = robot.from(hint()).lookup(".hint-step-flow").queryAllAs(TextFlow.class)
        .stream().map(TextFlow::getAccessibleText).toList();
    assertFalse(steps.isEmpty(), "the hint has no steps");
    List<String> names = catalog.nfs().stream().map(NfDescriptor::name).toList();
    String first = names.contains(WorkspaceViewModel.PREFERRED_FIRST_NF)
        ? WorkspaceViewModel.PREFERRED_FIRST_NF : names.get(0);
    assertTrue(steps.get(0).contains("expand " + first), steps.toString());
    assertTrue(steps.stream().anyMatch(s -> s.contains("spec.py")), steps.toString());
  }

  @SuppressWarnings("unchecked") // the lookup cannot carry the tree's item type
  private TreeView<WorkspaceNode> tree() {
    return robot.lookup("#workspace-tree").queryAs(TreeView.class);
  }

  private Node hint() {
    return robot.lookup("#first-step-hint").query();
  }

  private String statusText() {
    return robot.lookup("#status-text").queryAs(Label.class).getText();
  }

  private TreeItem<WorkspaceNode> itemFor(String nfName) {
    return tree().getRoot().getChildren().stream()
        .filter(i -> i.getValue().label().equals(nfName)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private TreeCell<WorkspaceNode> cellShowing(String label) {
    return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
        .filter(c -> c.getItem() != null && label.equals(((WorkspaceNode) c.getItem()).label()))
        .findFirst().orElseThrow(() -> new AssertionError("no tree row shows " + label));
  }

  private static List<Path> expectedFiles(NfDescriptor nf) {
    List<Path> files = new ArrayList<>(nf.sources());
    if (nf.spec() != null) {
      files.add(nf.spec());
    }
    if (!nf.properties().isEmpty()) {
      files.add(nf.directory().resolve("props"));
    }
    return files;
  }
}
