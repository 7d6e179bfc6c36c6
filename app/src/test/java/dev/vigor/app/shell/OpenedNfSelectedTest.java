package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.app.FxWait;
import dev.vigor.app.task.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An NF opened with File ▸ Open NF folder… is the selected NF at once, its props/ picked by
 * mistake included: the Verify panel and the status bar name it without another click.
 */
class OpenedNfSelectedTest {
  private final FxRobot robot = new FxRobot();
  private BackgroundTasks tasks;
  private MainWindowViewModel viewModel;
  @TempDir Path tmp;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void showWindow() throws Exception {
    tasks = new BackgroundTasks(2);
    FxToolkit.setupStage(stage -> {
      viewModel = new MainWindowViewModel(tasks);
      stage.setScene(new Scene(new MainWindow(viewModel), 1200, 760));
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
  void anOpenedNfIsTheSelectedOne() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine/props"));
    Files.writeString(mine.resolveSibling("nf.properties"), "description = my NF\n");
    Files.writeString(mine.resolveSibling("spec.py"), "return 0, pkt\n");
    Path nf = mine.getParent().toAbsolutePath().normalize();

    robot.interact(() -> viewModel.workspace().openFolder(mine));
    FxWait.until(10, "the opened NF selected", () -> viewModel.state().selectedNfProperty()
        .get() != null && viewModel.state().selectedNfProperty().get().folder().equals(nf));
    assertEquals("mine (opened)", viewModel.state().selectedNfProperty().get().label());
    // the tree lists it with the catalog's NFs, marked as a folder of its own
    FxWait.until(10, "the opened NF's row marked", FxWait.onFx(() -> robot.lookup("#workspace-tree")
        .lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
        .anyMatch(c -> "mine (opened)".equals(c.getText()))));
  }
}
