package dev.vigor.app.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.results.RunStore;
import dev.vigor.app.task.TaskExecutor;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Verify panel in a narrow dock: a layer's box with its last result wraps onto a second line
 * instead of ending in "...", and the panel stays as wide as the dock (a FlowPane is as wide as
 * its widest box, which widened the panel past the dock's edge and cut every line).
 */
class NarrowPanelTest {
  private static final double WIDTH = 300;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void closeStages() throws Exception {
    FxToolkit.cleanupStages();
  }

  private static final TaskExecutor NO_TASKS = NoTasks.INSTANCE;

  @Test
  void aLayersResultWrapsAndThePanelKeepsTheDocksWidth(@TempDir Path tmp) throws Exception {
    VerificationViewModel vm = new VerificationViewModel(NO_TASKS, new RunStore(tmp.resolve("ws")));
    VerificationPanel[] panel = new VerificationPanel[1];
    ScrollPane[] dock = new ScrollPane[1];
    FxToolkit.setupStage(stage -> {
      panel[0] = new VerificationPanel(vm, row -> { });
      dock[0] = new ScrollPane(panel[0]);
      dock[0].setFitToWidth(true);
      stage.setScene(new Scene(dock[0], WIDTH, 700));
      // the primary stage is shared: an earlier test may have left it wider than this scene,
      // or given it a minimum width (the workbench window's)
      stage.setMinWidth(0);
      stage.setMinHeight(0);
      stage.setWidth(WIDTH);
      stage.setHeight(700);
      stage.show();
    });
    dev.vigor.app.FxWait.until(5, "the dock " + WIDTH + " wide", () -> dock[0].getWidth() <= WIDTH);
    robot.interact(() -> vm.layerCosts().put("io", "violated, 112 paths, 2.7 s"));
    WaitForAsyncUtils.waitForFxEvents();

    CheckBox io = robot.lookup("#layer-io").queryAs(CheckBox.class);
    assertTrue(io.getText().endsWith("— violated, 112 paths, 2.7 s"), io.getText());
    Text shown = (Text) io.lookup(".text");
    assertEquals(io.getText(), shown.getText(), "the box's text is cut");
    CheckBox libvig = robot.lookup("#layer-libvig").queryAs(CheckBox.class);
    // the next layout pulses lay the longer text out: wait for them, not for a fixed time
    dev.vigor.app.FxWait.until(5, "the box to wrap onto a second line (" + io.getHeight()
        + " high, a one-line box " + libvig.getHeight() + ")",
        () -> io.getHeight() > 1.5 * libvig.getHeight());
    assertTrue(panel[0].getWidth() <= dock[0].getWidth(), "the panel is " + panel[0].getWidth()
        + " wide in a dock of " + dock[0].getWidth());
  }
}
