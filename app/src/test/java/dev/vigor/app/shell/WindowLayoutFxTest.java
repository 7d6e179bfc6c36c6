package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.WorkspaceProperty;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.app.verify.PropertySummary;
import dev.vigor.app.verify.TraceRow;
import dev.vigor.app.verify.TraceStatus;
import dev.vigor.app.verify.VerificationDock;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.editor.SpecEditor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
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
 * A layout that holds: the real window, maximised, through New property, one RFC view and then a
 * second beside the editor, closing one, a dialog, a verification run and a cancelled one. After
 * each, the editor's text area, the catalog and the Verify dock keep a usable size and the window
 * stays maximised. The window's size, position and split positions come back at the next start,
 * fitted to the screen.
 */
class WindowLayoutFxTest {
  /** Below this height the editor shows fewer than about six lines: not usable. */
  private static final double MIN_EDITOR_HEIGHT = 100;
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
  void useWorkspace() {
    workspaceSetting = WorkspaceProperty.pointAt(workspace);
  }

  private void start() throws Exception {
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    FxWait.until(20, "the catalog in the tree", () -> !tree("#workspace-tree").getRoot().getChildren().isEmpty());
  }

  private void stop() throws Exception {
    if (app != null) {
      robot.interact(() -> dock().viewModel().cancel());
      FxWait.until(10, "the run to stop", () -> !dock().viewModel().runningProperty().get());
      FxToolkit.cleanupApplication(app);
      app = null;
    }
  }

  @AfterEach
  void closeWindow() throws Exception {
    stop();
    robot.interact(() -> stage().setMaximized(false));
    FxToolkit.cleanupStages();
    workspaceSetting.restore();
  }

  @Test
  void everyPartKeepsAUsableSizeThroughTheActionsThatSqueezedThem() throws Exception {
    start();
    robot.interact(() -> stage().setMaximized(true));
    assertUsable("maximised");

    // New property: the dialog, then the new file in the editor.
    robot.clickOn(FxWait.cellShowing(robot, tree("#workspace-tree"), "bridge"));
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    robot.clickOn("#property-name").write("roomy").type(KeyCode.ENTER);
    FxWait.until(10, "roomy.py open", () -> selectedTab() != null
        && selectedTab().getText().startsWith("props/roomy.py"));
    assertUsable("New property");

    // The RFC view beside the editor, then a second RFC, then one closed.
    robot.interact(() -> window().openRfc(resource("rfc/two-port-bridge.txt")));
    FxWait.until(20, "the RFC imported", () -> "rfc9911".equals(window().rfcTabs().getTabs().get(0).getText()));
    assertUsable("the RFC view opened beside the editor");
    robot.interact(() -> window().openRfc(resource("rfc/second-bridge-memo.txt")));
    FxWait.until(20, "the second RFC imported", () -> window().rfcTabs().getTabs().size() == 2
        && "rfc9912".equals(window().rfcTabs().getTabs().get(1).getText()));
    assertUsable("a second RFC opened");
    robot.interact(() -> {
      Tab first = window().rfcTabs().getTabs().get(0);
      javafx.event.Event.fireEvent(first, new javafx.event.Event(Tab.TAB_CLOSE_REQUEST_EVENT));
      window().rfcTabs().getTabs().remove(first);
      javafx.event.Event.fireEvent(first, new javafx.event.Event(Tab.CLOSED_EVENT));
    });
    assertEquals(1, window().rfcTabs().getTabs().size());
    assertUsable("an RFC closed");

    // A dialog opened and cancelled.
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    FxWait.until(5, "the New property dialog", () -> dialogs().size() == 1);
    robot.type(KeyCode.ESCAPE);
    FxWait.until(5, "the dialog closed", () -> dialogs().isEmpty());
    assertUsable("a dialog opened and closed");

    // A verification of the workspace bridge's spec, to its end.
    robot.interact(() -> window().runVerification());
    FxWait.until(5, "the run to start", () -> dock().viewModel().runningProperty().get()
        || dock().viewModel().lastEndProperty().get() != null);
    FxWait.until(RUN_SECONDS, "the run to end", () -> !dock().viewModel().runningProperty().get()
        && dock().viewModel().lastEndProperty().get() != null);
    assertEquals("proved", dock().viewModel().lastEndProperty().get().kind(),
        dock().viewModel().lastEndProperty().get().text());
    assertUsable("a run");

    // A run cancelled as soon as it started: nothing may still say it runs. Without the trace
    // cache the first run filled, the run explores again, so the cancel lands while it runs.
    Path traceCache = workspace.resolve(".vigor").resolve("trace-cache");
    assertTrue(java.nio.file.Files.isDirectory(traceCache), "the first run filled the cache");
    dev.vigor.engine.FolderCopy.deleteTree(traceCache);
    robot.interact(() -> window().runVerification());
    FxWait.until(5, "the second run to start", () -> dock().viewModel().runningProperty().get());
    robot.interact(() -> window().cancelVerification());
    FxWait.until(RUN_SECONDS, "the run to stop", () -> !dock().viewModel().runningProperty().get());
    assertEquals("cancelled", dock().viewModel().lastEndProperty().get().kind());
    for (PropertySummary s : dock().viewModel().summaries()) {
      assertFalse(s.textProperty().get().matches(".*\\b(running|waiting|queued)\\b.*"), s.textProperty().get());
    }
    for (TraceRow r : dock().viewModel().traces()) {
      assertTrue(r.statusProperty().get() != TraceStatus.RUNNING
          && r.statusProperty().get() != TraceStatus.QUEUED, "trace " + r.traceId());
    }
    assertFalse(text("#status-nf").contains("verifying"), text("#status-nf"));
    assertEquals("Cancelled", text("#verify-phase"));
    assertUsable("a run cancelled");

    // The problems list dragged up over the editor: the text keeps its lines.
    robot.interact(() -> ((SplitPane) selectedTab().getContent().lookup(".split-pane"))
        .setDividerPositions(0.0));
    assertUsable("the problems list dragged over the editor");

    // The catalog and the dock dragged shut, and the RFC view dragged over the files.
    robot.interact(() -> {
      window().mainSplit().setDividerPositions(0.0, 1.0);
      window().centreSplit().setDividerPositions(0.0);
    });
    assertUsable("the sides dragged shut");
  }

  @Test
  void aDialogClosingNeverLeavesTheWindowUnmaximised() throws Exception {
    start();
    robot.interact(() -> stage().setMaximized(true));
    // As some window managers do: the owner loses its maximised state while a modal dialog shows.
    javafx.collections.ListChangeListener<Window> wm = c -> {
      while (c.next()) {
        if (c.getAddedSubList().stream().anyMatch(w -> w != stage() && w instanceof Stage)) {
          javafx.application.Platform.runLater(() -> stage().setMaximized(false));
        }
      }
    };
    robot.interact(() -> Window.getWindows().addListener(wm));
    try {
      robot.clickOn(FxWait.cellShowing(robot, tree("#workspace-tree"), "bridge"));
      robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
      FxWait.until(5, "the New property dialog", () -> dialogs().size() == 1);
      FxWait.until(5, "the window manager's un-maximise", () -> !stage().isMaximized());
      robot.type(KeyCode.ESCAPE);
      FxWait.until(5, "the dialog closed", () -> dialogs().isEmpty());
      FxWait.until(5, "maximised again", () -> stage().isMaximized());
    } finally {
      robot.interact(() -> Window.getWindows().removeListener(wm));
    }
  }

  @Test
  void sizePositionAndSplitsAreRememberedAndFittedToTheScreen() throws Exception {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    start();
    // No layout saved yet: a usable default, on the screen.
    assertTrue(stage().getWidth() >= WindowLayoutKeeper.MIN_WIDTH - 1 || stage().getWidth() >= screen.getWidth() - 1,
        "width " + stage().getWidth());
    assertTrue(onScreen(screen), "default bounds " + bounds());
    double width = Math.min(screen.getWidth() - 40, WindowLayoutKeeper.MIN_WIDTH + 260);
    double height = Math.min(screen.getHeight() - 40, 600);
    robot.interact(() -> {
      stage().setX(screen.getMinX() + 20);
      stage().setY(screen.getMinY() + 30);
      stage().setWidth(width);
      stage().setHeight(height);
    });
    double[] sides = new double[2];
    robot.interact(() -> {
      window().mainSplit().layout();
      sides[0] = window().workspaceView().getWidth();
      sides[1] = window().dock().getWidth();
    });
    stop();
    Path saved = workspace.resolve(".vigor/window.properties");
    assertTrue(Files.isRegularFile(saved), "the layout is saved when the workbench stops");
    WindowLayout kept = new WindowLayoutFile(workspace).load().orElseThrow();
    assertEquals(new Rectangle2D(screen.getMinX() + 20, screen.getMinY() + 30, width, height),
        new Rectangle2D(kept.x(), kept.y(), kept.width(), kept.height()));
    assertEquals(sides[0], kept.catalogWidth(), 1);
    assertEquals(sides[1], kept.dockWidth(), 1);

    // Other widths of the sides, as a user leaves them: they come back at the next start.
    new WindowLayoutFile(workspace).save(new WindowLayout(kept.x(), kept.y(), kept.width(),
        kept.height(), false, 250, 380, 0.5));
    robot.interact(() -> {
      stage().setWidth(300);
      stage().setHeight(300);
    });
    start();
    try {
      FxWait.until(5, "the sides' widths back", () -> Math.abs(window().workspaceView().getWidth() - 250) < 3
          && Math.abs(window().dock().getWidth() - 380) < 3);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + ": wanted 250, 380"
          + "; " + sizes() + "; split " + window().mainSplit().getWidth() + " dividers "
          + java.util.Arrays.toString(window().mainSplit().getDividerPositions()), e);
    }
    assertEquals(width, stage().getWidth(), 1);
    assertEquals(height, stage().getHeight(), 1);
    assertEquals(screen.getMinX() + 20, stage().getX(), 1);
    stop();

    // A layout from a larger screen, or from a screen that is gone, is fitted onto this one.
    String text = Files.readString(saved).replaceAll("(?m)^x=.*$", "x=" + (screen.getMaxX() + 3000))
        .replaceAll("(?m)^width=.*$", "width=" + (screen.getWidth() * 3));
    Files.writeString(saved, text);
    start();
    assertTrue(onScreen(screen), "fitted bounds " + bounds());
  }

  private boolean onScreen(Rectangle2D screen) {
    return stage().getX() >= screen.getMinX() - 1 && stage().getY() >= screen.getMinY() - 1
        && stage().getX() + stage().getWidth() <= screen.getMaxX() + 1
        && stage().getY() + stage().getHeight() <= screen.getMaxY() + 1;
  }

  private String bounds() {
    return stage().getX() + "," + stage().getY() + " " + stage().getWidth() + "x" + stage().getHeight();
  }

  /** After {@code action}: every part of the window has a usable size, and the window is still maximised. */
  private void assertUsable(String action) throws Exception {
    robot.interact(() -> window().applyCss());
    robot.interact(() -> window().layout());
    String sizes = sizes();
    assertTrue(stage().isMaximized(), "after " + action + " the window is not maximised; " + sizes);
    assertTrue(window().workspaceView().getWidth() >= MainWindow.MIN_CATALOG_WIDTH - 1,
        "after " + action + " the catalog is too narrow; " + sizes);
    assertTrue(window().dock().getWidth() >= MainWindow.MIN_DOCK_WIDTH - 1,
        "after " + action + " the Verify dock is too narrow; " + sizes);
    SpecEditor editor = frontEditor();
    if (editor != null) {
      assertTrue(editor.codeArea().getHeight() >= MIN_EDITOR_HEIGHT,
          "after " + action + " the editor's text area is " + editor.codeArea().getHeight() + " px high; " + sizes);
      assertTrue(editor.codeArea().getWidth() >= 150,
          "after " + action + " the editor's text area is " + editor.codeArea().getWidth() + " px wide; " + sizes);
    }
  }

  private String sizes() {
    SpecEditor editor = frontEditor();
    return "window " + bounds() + ", catalog " + window().workspaceView().getWidth() + ", dock "
        + window().dock().getWidth() + ", editor " + (editor == null ? "none"
            : editor.codeArea().getWidth() + "x" + editor.codeArea().getHeight());
  }

  private SpecEditor frontEditor() {
    Tab tab = selectedTab();
    return tab != null && tab.getContent() instanceof SpecFileView v ? v.editor() : null;
  }

  private List<Window> dialogs() {
    return Window.getWindows().stream().filter(w -> w != stage() && w.isShowing() && w instanceof Stage).toList();
  }

  private Stage stage() {
    return (Stage) window().getScene().getWindow();
  }

  private MainWindow window() {
    return robot.lookup(".main-window").queryAs(MainWindow.class);
  }

  private VerificationDock dock() {
    return robot.lookup("#verification-dock").queryAs(VerificationDock.class);
  }

  private Tab selectedTab() {
    return robot.lookup("#open-files").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
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
      return Path.of(WindowLayoutFxTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
