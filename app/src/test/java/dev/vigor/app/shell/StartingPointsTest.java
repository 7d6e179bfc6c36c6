package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.WorkspaceProperty;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.app.help.KeyList;
import dev.vigor.app.state.NfRef;
import dev.vigor.app.rfc.TemplateWizard;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.editor.SpecEditor;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.Severity;
import dev.vigor.rfc.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What a new user reaches for first, in the real window: File ▸ New spec from template opens a
 * spec that checks clean against the NF picked (and, with none, still finds its properties), and
 * Help has the spec language guide and every key.
 */
class StartingPointsTest {
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
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    FxWait.until(20, "the catalog in the tree", () -> !catalogTree().getRoot().getChildren().isEmpty());
  }

  @AfterEach
  void closeWindow() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    workspaceSetting.restore();
  }

  @Test
  void aBridgeSpecFromTheTemplateChecksCleanAgainstTheCatalogBridge() throws Exception {
    startWizard("bridge");
    @SuppressWarnings("unchecked")
    ChoiceBox<NfRef> nf = robot.lookup("#template-nf-choice").queryAs(ChoiceBox.class);
    assertNotNull(nf.getValue(), "the NF of the template's name is picked");
    assertEquals("bridge", nf.getValue().name());
    create();

    Path spec = workspace.resolve("my-bridge/spec.py");
    FxWait.until(30, "my-bridge/spec.py open", () -> open("my-bridge", "spec.py"));
    assertTrue(Files.isRegularFile(workspace.resolve("my-bridge/bridge.c")), "the NF's code came along");
    SpecEditor editor = selectedEditor();
    FxWait.until(60, "the bridge's interface", () -> editor.nfInterfaceProperty().get() != null);
    assertChecksCleanAndWarnsAboutAnUnmentionedImport(editor, spec, "static_macs");
  }

  @Test
  void withoutAMatchingNfTheWizardSaysWhatToPickAndTheSpecStillFindsItsProperties() throws Exception {
    startWizard("nat");
    String advice = robot.lookup("#template-nf-advice").queryAs(Label.class).getText();
    assertTrue(advice.contains("No NF picked") && advice.contains("flow_emap, flow_vals")
        && advice.contains("File ▸ Open NF folder"), advice);
    create();
    Path spec = workspace.resolve("my-nat/spec.py");
    FxWait.until(30, "my-nat/spec.py open", () -> open("my-nat", "spec.py"));
    assertChecksCleanAndWarnsAboutAnUnmentionedImport(selectedEditor(), spec, "flow_emap");
  }

  @Test
  void helpShowsTheSpecLanguageGuide() throws Exception {
    fire("menu-help-guide");
    FxWait.until(10, "the guide's window", () -> window("Spec language guide") != null);
    Node guide = window("Spec language guide").getScene().getRoot();
    assertEquals("guide-view", guide.getId());
    assertTrue(((dev.vigor.app.help.GuideView) guide).anchors().containsAll(
        List.of("state", "writing-a-property-step-by-step", "messages")));
    assertTrue(robot.from(guide).lookup(".guide-code-block").queryAll().size() > 5, "code shown as code");
    assertEquals(5, robot.from(guide).lookup(".guide-table").queryAll().size(), "the guide's five tables shown as tables");
  }

  @Test
  void helpListsEveryKeyFromWhereItIsDefined() throws Exception {
    fire("menu-help-keys");
    FxWait.until(10, "the keys window", () -> window("Keys") != null);
    @SuppressWarnings("unchecked")
    TableView<KeyList.Row> table = (TableView<KeyList.Row>) window("Keys").getScene().getRoot();
    List<KeyList.Row> rows = table.getItems();
    List<String> lines = rows.stream().map(r -> r.keys() + " | " + r.action() + " | " + r.where()).toList();
    for (String expected : List.of("F5 | Verify ▸ Run | Menu", "Ctrl+S | File ▸ Save | Menu",
        "F1 | Help ▸ Spec language guide | Menu", "Ctrl+R | Verify ▸ Run (like F5) | Window",
        "F10 | Go to the menu bar | Window",
        "F8 | Go to the next problem | Spec editor", "Shift+F8 | Go to the previous problem | Spec editor",
        "Ctrl+Space | Complete the word at the caret (names, state methods, fields, constants) | Spec editor")) {
      assertTrue(lines.contains(expected), expected + " not in\n" + String.join("\n", lines));
    }
    assertTrue(rows.stream().noneMatch(r -> r.action().equals(KeyList.UNDESCRIBED)), String.join("\n", lines));
    // Every accelerator of the menus and the window is listed.
    MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    menus.getMenus().forEach(m -> m.getItems().stream().filter(i -> i.getAccelerator() != null).forEach(i ->
        assertTrue(rows.stream().anyMatch(r -> r.keys().equals(i.getAccelerator().getDisplayText())), i.getText())));
    menus.getScene().getAccelerators().keySet().forEach(k ->
        assertTrue(rows.stream().anyMatch(r -> r.keys().equals(k.getDisplayText())), k.getDisplayText()));
  }

  /**
   * Clean as opened; an import the spec never mentions is then warned about in the editor; and
   * clean again once removed (so "clean" was a check that ran, not one still to come).
   */
  private void assertChecksCleanAndWarnsAboutAnUnmentionedImport(SpecEditor editor, Path spec, String object)
      throws Exception {
    String text = Files.readString(spec);
    assertEquals(text, editor.getText());
    robot.interact(() -> editor.setText("from state import " + object + "\n" + text));
    FxWait.until(30, "the warning about " + object, () -> !editor.diagnostics().isEmpty());
    List<Diagnostic> d = List.copyOf(editor.diagnostics());
    assertEquals(1, d.size(), d.toString());
    assertEquals(Severity.WARNING, d.get(0).severity(), d.toString());
    assertTrue(d.get(0).message().startsWith(object + " is imported but never mentioned"), d.toString());
    robot.interact(() -> editor.setText(text));
    FxWait.until(30, "a clean check of " + spec, () -> editor.diagnostics().isEmpty());
  }

  private void startWizard(String template) throws Exception {
    fire("menu-new-from-template");
    FxWait.until(10, "the wizard", () -> robot.lookup("#template-choice").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    ChoiceBox<Template> choice = robot.lookup("#template-choice").queryAs(ChoiceBox.class);
    robot.interact(() -> choice.setValue(
        choice.getItems().stream().filter(t -> t.name().equals(template)).findFirst().orElseThrow()));
  }

  private void create() {
    DialogPane pane = robot.lookup("#template-wizard").queryAs(DialogPane.class);
    robot.clickOn(pane.lookupButton(TemplateWizard.CREATE));
  }

  /** Fires a menu item as a click on it would; later, so a dialog it opens does not block the test. */
  private void fire(String id) {
    MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    Platform.runLater(item::fire);
  }

  private static Stage window(String title) {
    return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
        .map(w -> (Stage) w).findFirst().orElse(null);
  }

  private SpecEditor selectedEditor() {
    return ((SpecFileView) tabs().getSelectionModel().getSelectedItem().getContent()).editor();
  }

  private TabPane tabs() {
    return robot.lookup("#open-files").queryAs(TabPane.class);
  }

  /** Whether a tab shows folder's file: titled with its NF when folder is one, else folder/file. */
  private boolean open(String folder, String file) {
    return tabTitles().stream().anyMatch(t -> t.equals(file + " · " + folder + " (my workspace)")
        || t.equals(folder + "/" + file));
  }

  private List<String> tabTitles() {
    return tabs().getTabs().stream().map(Tab::getText).toList();
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> catalogTree() {
    return robot.lookup("#workspace-tree").queryAs(TreeView.class);
  }
}
