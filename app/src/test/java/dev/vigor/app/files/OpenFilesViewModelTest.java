package dev.vigor.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.task.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opening files: one tab per file, the latest in front, failures reported rather than thrown. */
class OpenFilesViewModelTest {
  private final BackgroundTasks tasks = new BackgroundTasks(1);
  private final OpenFilesViewModel viewModel = new OpenFilesViewModel(tasks);

  @BeforeAll
  static void startToolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage(); // task results are delivered on the JavaFX thread
  }

  @AfterEach
  void stopTasks() {
    tasks.shutdown();
  }

  @Test
  void openingTwiceKeepsOneTabAndBringsItToTheFront(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.c"), "int a;\n");
    Path b = Files.writeString(dir.resolve("spec.py"), "return 0, pkt\n");

    open(a);
    open(b);
    open(a);

    assertEquals(2, viewModel.files().size());
    assertEquals(a, viewModel.selectedProperty().get().path());
    assertEquals("int a;\n", viewModel.selectedProperty().get().text());
    assertEquals(dir.getFileName() + "/spec.py", viewModel.files().get(1).title());
    assertEquals("", viewModel.messageProperty().get());
  }

  @Test
  void aMissingFileIsReportedNotOpened(@TempDir Path dir) throws Exception {
    open(dir.resolve("gone.py"));

    assertTrue(viewModel.files().isEmpty());
    assertTrue(viewModel.messageProperty().get().startsWith("Could not open "), viewModel.messageProperty().get());
  }

  @Test
  void aHugeFileIsRefused(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.c");
    Files.write(big, new byte[(int) ReadTextFileTask.MAX_BYTES + 1]);

    open(big);

    assertTrue(viewModel.files().isEmpty());
    assertTrue(viewModel.messageProperty().get().contains("only files up to"), viewModel.messageProperty().get());
  }

  @Test
  void openAtOpensTheFileAndAsksItsViewToRevealTheLineEachTime(@TempDir Path dir) throws Exception {
    Path c = Files.writeString(dir.resolve("nf.c"), "int a;\nint b;\nint c;\n");

    WaitForAsyncUtils.asyncFx(() -> viewModel.openAt(c, 3)).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> viewModel.find(c).isPresent()));
    WaitForAsyncUtils.waitForFxEvents();
    OpenFile file = viewModel.find(c).orElseThrow();
    assertEquals(file, viewModel.selectedProperty().get());
    LineReveal first = file.revealProperty().get();
    assertEquals(3, first.line());

    WaitForAsyncUtils.asyncFx(() -> viewModel.openAt(c, 3)).get(5, TimeUnit.SECONDS);
    assertEquals(1, viewModel.files().size(), "the open file is reused");
    LineReveal second = file.revealProperty().get();
    assertEquals(3, second.line());
    assertTrue(second.sequence() > first.sequence(), "asking again must scroll again");
  }

  @Test
  void closingTheWindowAsksOnceAboutAllDirtyFilesAndCancelKeepsIt(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.py"), "pass\n");
    Path b = Files.writeString(dir.resolve("b.py"), "pass\n");
    open(a);
    open(b);
    List<List<String>> asked = new java.util.ArrayList<>();
    FilePrompts.Unsaved[] answer = {FilePrompts.Unsaved.CANCEL};
    viewModel.setPrompts(new FilePrompts() {
      @Override
      public Unsaved unsaved(List<String> titles) {
        asked.add(titles);
        return answer[0];
      }

      @Override
      public boolean saveCopy(Path template, Path copy) {
        return false;
      }
    });
    int[] closed = {0};
    WaitForAsyncUtils.asyncFx(() -> {
      viewModel.requestCloseAll(() -> closed[0]++);
      viewModel.files().get(0).textProperty().set("x = 1\n");
      viewModel.files().get(1).textProperty().set("y = 2\n");
      viewModel.requestCloseAll(() -> closed[0]++);
    }).get(5, TimeUnit.SECONDS);
    assertEquals(1, closed[0], "clean files close without a question; Cancel keeps the window");
    assertEquals(List.of(List.of(dir.getFileName() + "/a.py", dir.getFileName() + "/b.py")), asked);

    answer[0] = FilePrompts.Unsaved.SAVE;
    WaitForAsyncUtils.asyncFx(() -> viewModel.requestCloseAll(() -> closed[0]++)).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> closed[0] == 2));
    assertEquals("x = 1\n", Files.readString(a));
    assertEquals("y = 2\n", Files.readString(b));
  }

  private void open(Path file) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> viewModel.open(file)).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> !viewModel.messageProperty().get().startsWith("Opening")));
    WaitForAsyncUtils.waitForFxEvents();
  }
}
