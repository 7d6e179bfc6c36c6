package dev.vigor.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.editor.SpecEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** openAt, what the verification panel calls: the C viewer and the spec editor show the line asked for. */
@ExtendWith(ApplicationExtension.class)
class OpenAtFxTest {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  @TempDir static Path workspace;
  // One pool for the class: a view-model of an earlier test may still finish work on it.
  private static final BackgroundTasks tasks = new BackgroundTasks(2);
  private OpenFilesViewModel viewModel;
  private OpenFilesView view;

  @Start
  void start(Stage stage) {
    viewModel = new OpenFilesViewModel(tasks, new WorkspaceFolder(workspace));
    view = new OpenFilesView(viewModel, tasks, new Label("no file"));
    stage.setScene(new Scene(view, 900, 500));
    stage.show();
  }

  @AfterAll
  static void stop() {
    tasks.shutdown();
  }

  @Test
  void theCViewerSelectsAndBandsTheLine(FxRobot robot) throws Exception {
    Path c = CATALOG.resolve("bridge/bridge.c");
    String line40 = Files.readAllLines(c).get(39);
    robot.interact(() -> viewModel.openAt(c, 40));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> viewModel.find(c).isPresent()));
    WaitForAsyncUtils.waitForFxEvents();

    CodeViewer viewer = (CodeViewer) tabs(robot).getSelectionModel().getSelectedItem().getContent();
    assertEquals(39, viewer.revealedParagraph());
    assertEquals(line40, viewer.codeArea().getSelectedText());
    assertTrue(viewer.codeArea().getParagraph(39).getParagraphStyle().contains(CodeViewer.REVEALED));

    robot.interact(() -> viewModel.openAt(c, 3));
    assertEquals(2, viewer.revealedParagraph(), "asking for another line moves the band");
    assertTrue(viewer.codeArea().getParagraph(39).getParagraphStyle().isEmpty(), "the old band is gone");
  }

  @Test
  void theSpecEditorSelectsTheLineOfAnAlreadyOpenSpec(FxRobot robot) throws Exception {
    Path spec = CATALOG.resolve("bridge/spec.py");
    robot.interact(() -> viewModel.open(spec));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> view.editorFor(spec).isPresent()));
    SpecEditor editor = view.editorFor(spec).orElseThrow();

    robot.interact(() -> viewModel.openAt(spec, 16));
    assertEquals(15, editor.codeArea().getCurrentParagraph());
    assertEquals(Files.readAllLines(spec).get(15), editor.codeArea().getSelectedText());
    assertEquals(1, viewModel.files().size());
  }

  private static TabPane tabs(FxRobot robot) {
    return robot.lookup("#open-files").queryAs(TabPane.class);
  }
}
