package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.WorkspaceProperty;
import dev.vigor.app.files.OpenFile;
import dev.vigor.app.state.NfRef;
import dev.vigor.app.verify.PropertyChoice;
import dev.vigor.app.verify.VerificationDock;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.app.workspace.WorkspaceNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Panels never go stale: the catalog's bridge and the workspace copy of it are told apart, and
 * the Verify panel, the status bar, the RFC view's NF chooser and the trees all show the one NF
 * selected, whichever panel selected it; New property from the RFC view opens the file and shows
 * it in My workspace; coverage follows a run as soon as it ends, and keeps a property proved
 * alone while a later run verifies something else.
 */
class SharedStateFxTest {
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
    new WorkspaceFolder(workspace).ensureNfCopy(CATALOG.resolve("bridge"));
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    FxWait.until(20, "both trees filled", () -> !tree("#workspace-tree").getRoot().getChildren().isEmpty()
        && !tree("#user-workspace-tree").getRoot().getChildren().isEmpty());
  }

  @AfterEach
  void closeWindow() throws Exception {
    robot.interact(() -> dock().viewModel().cancel());
    FxWait.until(10, "the run to stop", () -> !dock().viewModel().runningProperty().get());
    robot.interact(() -> ((javafx.stage.Stage) window().getScene().getWindow()).setMaximized(false));
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    workspaceSetting.restore();
  }

  @Test
  void everyPanelFollowsTheOneSelectedNfAndCoverageFollowsRuns() throws Exception {
    robot.interact(() -> ((javafx.stage.Stage) window().getScene().getWindow()).setMaximized(true));
    robot.interact(() -> window().openRfc(resource("rfc/two-port-bridge.txt")));
    FxWait.until(20, "the RFC imported", () -> "rfc9911".equals(window().rfcTabs().getTabs().get(0).getText()));

    // Picked in the catalog tree: every panel names the catalog's bridge.
    robot.clickOn(FxWait.cellShowing(robot, tree("#workspace-tree"), "bridge"));
    assertEverywhere("bridge (catalog)");
    assertTrue(chooser().getItems().stream().map(NfRef::label).toList()
        .containsAll(List.of("bridge (catalog)", "bridge (my workspace)")), chooser().getItems().toString());

    // Picked in the RFC view's chooser: the workspace copy, everywhere, and the trees follow.
    NfRef copy = chooser().getItems().stream().filter(n -> n.label().equals("bridge (my workspace)"))
        .findFirst().orElseThrow();
    robot.interact(() -> chooser().setValue(copy));
    assertEverywhere("bridge (my workspace)");
    assertNull(tree("#workspace-tree").getSelectionModel().getSelectedItem(), "one selection, not two");
    assertEquals(copy.folder(), tree("#user-workspace-tree").getSelectionModel().getSelectedItem().getValue().path());
    FxWait.until(10, "the copy's files listed", () -> propertyList().getItems().stream()
        .allMatch(p -> p.file().startsWith(workspace)) && !propertyList().getItems().isEmpty());

    // New property from the RFC view: the file opens, selected in My workspace.
    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      javafx.scene.control.ListView<dev.vigor.rfc.model.Requirement> list =
          robot.lookup("#rfc-requirements").queryAs(javafx.scene.control.ListView.class);
      list.getItems().stream().filter(r -> r.id().equals("rfc9911#4.1-1")).findFirst().ifPresent(list::scrollTo);
    });
    // A row is as wide as its sentence: click its start, which is in view.
    robot.clickOn(robot.point(requirementCell("rfc9911#4.1-1")).atPosition(javafx.geometry.Pos.CENTER_LEFT)
        .atOffset(new javafx.geometry.Point2D(30, 0)));
    try {
      FxWait.until(5, "the requirement selected", () -> viewModelOfRfc().requirementProperty().get() != null);
    } catch (AssertionError e) {
      var list = robot.lookup("#rfc-requirements").query();
      throw new AssertionError(e.getMessage() + "; list " + list.localToScreen(list.getBoundsInLocal())
          + "; cell " + requirementCell("rfc9911#4.1-1").localToScreen(requirementCell("rfc9911#4.1-1").getBoundsInLocal())
          + "; rfc tabs " + window().rfcTabs().localToScreen(window().rfcTabs().getBoundsInLocal())
          + "; window " + window().getScene().getWindow().getWidth(), e);
    }
    robot.clickOn("#rfc-new-property");
    Path written = workspace.resolve("bridge/props/rfc9911_4_1_1.py");
    try {
      FxWait.until(30, "the new property open", () -> selectedFile() != null
          && selectedFile().path().equals(written));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; RFC view says: " + text("#rfc-message")
          + "; front file " + (selectedFile() == null ? null : selectedFile().path()) + "; written "
          + Files.exists(written), e);
    }
    assertEquals("props/rfc9911_4_1_1.py · bridge (my workspace)", selectedTab().getText());
    FxWait.until(10, "the new property selected in My workspace", () -> {
      var item = tree("#user-workspace-tree").getSelectionModel().getSelectedItem();
      return item != null && item.getValue().path().equals(written);
    });
    assertEverywhere("bridge (my workspace)");
    FxWait.until(20, "linked, not run", () -> "1/4 linked, 0 proved".equals(coverageText("must")));

    // Verified alone: coverage follows as soon as the run ends, nothing to refresh by hand.
    checkOnly("rfc9911_4_1_1.py");
    runToEnd();
    assertEquals("proved", dock().viewModel().lastEndProperty().get().kind(),
        dock().viewModel().lastEndProperty().get().text());
    FxWait.until(20, "coverage after the run", () -> "1/4 linked, 1 proved".equals(coverageText("must")));

    // Another property verified later: the first one's proof still counts (merged per property).
    checkOnly("learn.py");
    runToEnd();
    FxWait.until(10, "the second run saved", () -> Files.list(workspace.resolve("runs")).count() == 2);
    Thread.sleep(500); // give a (wrong) retrace the time to land, then look again
    FxWait.until(20, "still proved", () -> "1/4 linked, 1 proved".equals(coverageText("must")));

    // Its text edited and saved: the old proof no longer speaks for it.
    Files.writeString(written, Files.readString(written) + "\n# edited\n");
    robot.interact(() -> viewModelOfRfc().retrace());
    FxWait.until(20, "the edited property not proved", () -> "1/4 linked, 0 proved".equals(coverageText("must")));
  }

  /** The Verify panel, the status bar and the RFC view's chooser all name {@code label}. */
  private void assertEverywhere(String label) throws Exception {
    FxWait.until(10, label + " everywhere", () -> ("NF: " + label).equals(text("#verify-nf"))
        && text("#status-nf").startsWith("NF: " + label)
        && chooser().getValue() != null && label.equals(chooser().getValue().label()));
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

  /**
   * Runs the verification and waits for its end: a new end, since a run whose verdicts all come
   * from the cache (the editor's live verification just made them) can start and end between
   * two polls, so seeing it running is not a given.
   */
  private void runToEnd() throws Exception {
    var before = new java.util.concurrent.atomic.AtomicReference<Object>();
    robot.interact(() -> {
      before.set(dock().viewModel().lastEndProperty().get());
      window().runVerification();
    });
    FxWait.until(5, "the run to start", () -> dock().viewModel().runningProperty().get()
        || dock().viewModel().lastEndProperty().get() != before.get());
    FxWait.until(RUN_SECONDS, "the run to end", () -> !dock().viewModel().runningProperty().get()
        && dock().viewModel().lastEndProperty().get() != before.get());
  }

  private dev.vigor.app.rfc.RfcViewModel viewModelOfRfc() {
    return (dev.vigor.app.rfc.RfcViewModel) window().rfcTabs().getTabs().get(0).getUserData();
  }

  private String coverageText(String level) {
    return robot.lookup("#rfc-coverage-" + level).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  private ListCell<?> requirementCell(String id) {
    return robot.lookup("#rfc-requirements").lookup(".list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> id.equals(c.getUserData()) && c.getItem() != null)
        .findFirst().orElseThrow(() -> new AssertionError("no row shows " + id));
  }

  @SuppressWarnings("unchecked")
  private ChoiceBox<NfRef> chooser() {
    return robot.lookup("#rfc-nf").queryAs(ChoiceBox.class);
  }

  @SuppressWarnings("unchecked")
  private CheckListView<PropertyChoice> propertyList() {
    return robot.lookup("#verify-properties").queryAs(CheckListView.class);
  }

  private OpenFile selectedFile() {
    Tab tab = selectedTab();
    return tab == null ? null : (OpenFile) tab.getUserData();
  }

  private Tab selectedTab() {
    return robot.lookup("#open-files").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
  }

  private MainWindow window() {
    return robot.lookup(".main-window").queryAs(MainWindow.class);
  }

  private VerificationDock dock() {
    return robot.lookup("#verification-dock").queryAs(VerificationDock.class);
  }

  private String text(String id) {
    return robot.lookup(id).queryLabeled().getText();
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> tree(String id) {
    return robot.lookup(id).queryAs(TreeView.class);
  }

  private static Path resource(String name) {
    try {
      return Path.of(SharedStateFxTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
