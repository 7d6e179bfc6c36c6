package dev.vigor.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.workspace.WorkspaceFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving never replaces text the user has not seen without asking: a catalog file saved where the
 * workspace already holds the user's own, different version (Replace / Open my copy / Cancel; the
 * usual "save a copy" question is for a first copy or the same text), and a file that another
 * workbench or an editor saved since this one read it (Overwrite / Cancel).
 */
class SaveOverCopyTest {
  @TempDir Path tmp;
  private final BackgroundTasks tasks = new BackgroundTasks(1);
  private OpenFilesViewModel viewModel;
  private Path template;
  private Path copy;
  private final List<String> asked = new ArrayList<>();
  private FilePrompts.ExistingCopy answer = FilePrompts.ExistingCopy.CANCEL;
  private boolean overwrite;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void catalogAndWorkspace() throws Exception {
    Path catalog = Files.createDirectories(tmp.resolve("catalog/bridge/props"));
    Files.writeString(catalog.resolve("../nf.properties"), "name = bridge\n");
    template = Files.writeString(catalog.resolve("learn.py"), "pass\n");
    WorkspaceFolder workspace = new WorkspaceFolder(tmp.resolve("ws"));
    copy = workspace.copyTargetOf(template);
    viewModel = new OpenFilesViewModel(tasks, workspace);
    WaitForAsyncUtils.asyncFx(() -> {
      viewModel.catalogFolderProperty().set(tmp.resolve("catalog"));
      viewModel.setPrompts(new FilePrompts() {
        @Override
        public Unsaved unsaved(List<String> titles) {
          return Unsaved.CANCEL;
        }

        @Override
        public boolean saveCopy(Path t, Path c) {
          asked.add("save copy");
          return true;
        }

        @Override
        public ExistingCopy replaceCopy(Path t, Path c, boolean openWithEdits) {
          asked.add("replace copy" + (openWithEdits ? " with edits" : ""));
          return answer;
        }

        @Override
        public boolean overwriteChangedOnDisk(Path file) {
          asked.add("overwrite " + file.getFileName());
          return overwrite;
        }
      });
    }).get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stopTasks() {
    tasks.shutdown();
  }

  @Test
  void theUsersOwnCopyIsNeverReplacedWithoutAsking() throws Exception {
    // The first save of the template makes the copy after the usual question.
    OpenFile file = open(template);
    edit(file, "pass  # mine\n");
    save(file);
    FxWait.until(10, "the copy written", () -> Files.isRegularFile(copy) && !file.isDirty());
    assertEquals(List.of("save copy"), asked);

    // The catalog's file opened again and changed: saving it would replace the user's version.
    OpenFile again = open(template);
    edit(again, "pass  # from the catalog\n");
    answer = FilePrompts.ExistingCopy.CANCEL;
    save(again);
    assertEquals(List.of("save copy", "replace copy"), asked);
    assertEquals("pass  # mine\n", Files.readString(copy), "Cancel keeps the user's version");

    answer = FilePrompts.ExistingCopy.OPEN_COPY;
    save(again);
    FxWait.until(5, "the copy in front", () -> viewModel.selectedProperty().get() == file);
    assertEquals("pass  # mine\n", Files.readString(copy));

    answer = FilePrompts.ExistingCopy.REPLACE;
    save(again);
    FxWait.until(10, "the copy replaced", () -> Files.readString(copy).equals("pass  # from the catalog\n"));
    // One tab edits the copy now, not two.
    FxWait.until(5, "one tab for the copy", () -> viewModel.files().stream()
        .filter(f -> f.path().equals(copy)).count() == 1);
    assertTrue(viewModel.files().stream().noneMatch(f -> f.path().equals(template)));
  }

  /** Two workbenches on one workspace: the second save would silently drop the first one's text. */
  @Test
  void aFileSavedElsewhereSinceItWasOpenedIsNotOverwrittenUnasked() throws Exception {
    Path mine = Files.writeString(Files.createDirectories(tmp.resolve("ws/own")).resolve("spec.py"), "pass\n");
    OpenFile file = open(mine);
    edit(file, "pass  # this workbench\n");
    Files.writeString(mine, "pass  # the other workbench\n");

    overwrite = false;
    save(file);
    assertEquals(List.of("overwrite spec.py"), asked);
    assertEquals("pass  # the other workbench\n", Files.readString(mine), "Cancel keeps the other text");
    assertTrue(file.isDirty(), "and the edits stay in the tab");

    overwrite = true;
    save(file);
    FxWait.until(10, "overwritten", () -> Files.readString(mine).equals("pass  # this workbench\n") && !file.isDirty());

    // Saved by this workbench, unchanged elsewhere since: saving again asks nothing.
    edit(file, "pass  # again\n");
    save(file);
    FxWait.until(10, "saved again", () -> Files.readString(mine).equals("pass  # again\n") && !file.isDirty());
    assertEquals(List.of("overwrite spec.py", "overwrite spec.py"), asked);
  }

  private OpenFile open(Path file) throws Exception {
    int before = viewModel.files().size();
    WaitForAsyncUtils.asyncFx(() -> viewModel.open(file)).get(5, TimeUnit.SECONDS);
    FxWait.until(10, file + " open", () -> viewModel.selectedProperty().get() != null
        && viewModel.selectedProperty().get().path().equals(file.toAbsolutePath().normalize())
        && viewModel.files().size() > before);
    return viewModel.selectedProperty().get();
  }

  private void edit(OpenFile file, String text) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> file.textProperty().set(text)).get(5, TimeUnit.SECONDS);
  }

  private void save(OpenFile file) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> viewModel.save(file)).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
