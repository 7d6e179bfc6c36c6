package dev.vigor.app.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.shell.MainWindow;
import dev.vigor.app.shell.MainWindowViewModel;
import dev.vigor.app.task.BackgroundTasks;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window offers the RFC actions in its File menu and shows the RFC view beside the files. */
class RfcMenuTest {
  private final FxRobot robot = new FxRobot();
  private BackgroundTasks tasks;
  private MainWindow window;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void showWindow() throws Exception {
    tasks = new BackgroundTasks(2);
    FxToolkit.setupStage(stage -> {
      window = new MainWindow(new MainWindowViewModel(tasks));
      stage.setScene(new Scene(window, 1200, 760));
      stage.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    tasks.shutdown();
  }

  @Test
  void fileMenuHasTheRfcActions() {
    List<String> items = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
        .map(MenuItem::getText).filter(t -> t != null).toList();
    assertTrue(items.contains("Import RFC…"), items.toString());
    assertTrue(items.contains("New spec from template…"), items.toString());
  }

  @Test
  void theRfcViewJoinsTheCentreOnceBesideTheOpenFiles() {
    SplitPane split = (SplitPane) window.getCenter();
    // workspace tree, open files, verification dock
    assertEquals(3, split.getItems().size());
    RfcView[] shown = new RfcView[2];
    robot.interact(() -> {
      shown[0] = window.showRfcView();
      shown[1] = window.showRfcView();
    });
    assertEquals(4, split.getItems().size(), "the view is added once, after the open files");
    assertSame(shown[0], shown[1]);
    assertSame(shown[0], split.getItems().get(2));
    assertTrue(robot.lookup("#rfc-view").tryQuery().isPresent());
  }
}
