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
    FxToolkit.setupStage(stage -> {
      panel[0] = new VerificationPanel(vm, row -> { });
      ScrollPane dock = new ScrollPane(panel[0]);
      dock.setFitToWidth(true);
      stage.setScene(new Scene(dock, WIDTH, 700));
      stage.show();
    });
    robot.interact(() -> vm.layerCosts().put("io", "violated, 112 paths, 2.7 s"));
    WaitForAsyncUtils.waitForFxEvents();

    CheckBox io = robot.lookup("#layer-io").queryAs(CheckBox.class);
    assertTrue(io.getText().endsWith("— violated, 112 paths, 2.7 s"), io.getText());
    Text shown = (Text) io.lookup(".text");
    assertEquals(io.getText(), shown.getText(), "the box's text is cut");
    assertTrue(io.getHeight() > 1.5 * robot.lookup("#layer-libvig").queryAs(CheckBox.class)
        .getHeight(), "the box wraps onto a second line");
    assertTrue(panel[0].getWidth() <= WIDTH, "the panel is " + panel[0].getWidth()
        + " wide in a dock of " + WIDTH);
  }
}
