package dev.vigor.app.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.shell.MainWindow;
import dev.vigor.app.shell.MainWindowViewModel;
import dev.vigor.app.task.BackgroundTasks;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window offers the RFC actions in its File menu and shows each RFC in a closable tab beside the files. */
class RfcMenuTest {
  private final FxRobot robot = new FxRobot();
  private BackgroundTasks tasks;
  private MainWindow window;
  private MainWindowViewModel viewModel;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void showWindow() throws Exception {
    tasks = new BackgroundTasks(2);
    FxToolkit.setupStage(stage -> {
      viewModel = new MainWindowViewModel(tasks);
      window = new MainWindow(viewModel);
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
  void eachRfcOpensInAClosableTabBesideTheOpenFiles() throws Exception {
    SplitPane split = (SplitPane) window.getCenter();
    // workspace tree, centre (open files and RFC tabs), verification dock
    assertEquals(3, split.getItems().size());
    SplitPane centre = window.centreSplit();
    assertEquals(1, centre.getItems().size(), "no RFC open: the files take the centre");

    Path first = resource("rfc/two-port-bridge.txt");
    Path second = resource("rfc/second-bridge-memo.txt");
    RfcView[] shown = new RfcView[3];
    robot.interact(() -> {
      shown[0] = window.openRfc(first);
      shown[1] = window.openRfc(second);
      shown[2] = window.openRfc(first);
    });
    assertSame(shown[0], shown[2], "the same RFC again comes to the front, not a second copy");
    assertNotSame(shown[0], shown[1]);
    assertEquals(2, window.rfcTabs().getTabs().size());
    assertSame(window.rfcTabs(), centre.getItems().get(1), "the RFCs sit beside the open files");
    FxWait.until(20, "both RFCs imported", () -> window.rfcTabs().getTabs().stream()
        .map(Tab::getText).toList().equals(List.of("rfc9911", "rfc9912")));

    // Closing a tab closes that RFC; closing the last gives the centre back to the files.
    robot.interact(() -> closeTab(window.rfcTabs().getTabs().get(0)));
    assertEquals(List.of("rfc9912"), window.rfcTabs().getTabs().stream().map(Tab::getText).toList());
    assertEquals(1, viewModel.rfcs().size());
    robot.interact(() -> closeTab(window.rfcTabs().getTabs().get(0)));
    assertTrue(viewModel.rfcs().isEmpty());
    assertEquals(1, centre.getItems().size());
  }

  // What the tab's close button does.
  private static void closeTab(Tab tab) {
    javafx.event.Event.fireEvent(tab, new javafx.event.Event(Tab.TAB_CLOSE_REQUEST_EVENT));
    tab.getTabPane().getTabs().remove(tab);
    javafx.event.Event.fireEvent(tab, new javafx.event.Event(Tab.CLOSED_EVENT));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RfcMenuTest.class.getClassLoader().getResource(name).toURI());
  }
}
