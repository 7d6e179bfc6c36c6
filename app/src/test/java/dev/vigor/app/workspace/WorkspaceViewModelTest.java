package dev.vigor.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.task.BackgroundTasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opening folders: a catalog replaces the workspace, a single NF joins it, an empty one is refused. */
class WorkspaceViewModelTest {
  private final BackgroundTasks tasks = new BackgroundTasks(1);
  private WorkspaceViewModel viewModel;

  @BeforeAll
  static void startToolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage(); // task results are delivered on the JavaFX thread
  }

  @AfterEach
  void stopTasks() {
    tasks.shutdown();
  }

  @Test
  void aCatalogFillsTheWorkspaceAndPicksTheNfToStartWith(@TempDir Path catalog) throws Exception {
    nf(catalog.resolve("zeta"));
    nf(catalog.resolve("bridge"));
    nf(catalog.resolve("alpha"));
    Files.createDirectory(catalog.resolve("not-an-nf"));

    onFx(() -> viewModel.loadCatalog(Optional.of(catalog)));
    awaitLoaded();

    assertEquals(List.of("alpha", "bridge", "zeta"), labels());
    assertEquals("bridge", viewModel.firstNfProperty().get(), "bridge is where a newcomer starts");
    assertEquals("Catalog: 3 NFs — " + catalog.toAbsolutePath().normalize(), viewModel.statusProperty().get());
  }

  @Test
  void aSingleNfFolderJoinsTheWorkspaceOnce(@TempDir Path root) throws Exception {
    nf(root.resolve("catalog/alpha"));
    nf(root.resolve("elsewhere/mine"));
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();

    onFx(() -> viewModel.openFolder(root.resolve("elsewhere/mine")));
    awaitLoaded();
    onFx(() -> viewModel.openFolder(root.resolve("elsewhere/mine")));
    awaitLoaded();

    assertEquals(List.of("alpha", "mine"), labels());
    assertEquals("alpha", viewModel.firstNfProperty().get());
    assertTrue(viewModel.statusProperty().get().startsWith("Opened mine"), viewModel.statusProperty().get());
    // listed with the catalog's NFs, but told apart from them (the tree marks it "(opened)")
    assertTrue(viewModel.openedOnItsOwn(root.resolve("elsewhere/mine")));
    assertFalse(viewModel.openedOnItsOwn(root.resolve("catalog/alpha")));
  }

  @Test
  void aFolderWithoutNfsLeavesTheWorkspaceAndSaysWhy(@TempDir Path root) throws Exception {
    nf(root.resolve("catalog/alpha"));
    Files.createDirectories(root.resolve("empty"));
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();

    onFx(() -> viewModel.openFolder(root.resolve("empty")));
    awaitLoaded();

    assertEquals(List.of("alpha"), labels());
    assertTrue(viewModel.statusProperty().get().startsWith("No NFs in "), viewModel.statusProperty().get());
  }

  /** GTK's folder chooser hands back the highlighted subfolder: props/ of the NF meant. */
  @Test
  void aFolderInsideAnNfOpensThatNf(@TempDir Path root) throws Exception {
    nf(root.resolve("catalog/alpha"));
    nf(root.resolve("elsewhere/mine"));
    Files.createDirectories(root.resolve("elsewhere/mine/props"));
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();

    onFx(() -> viewModel.openFolder(root.resolve("elsewhere/mine/props")));
    awaitLoaded();

    assertEquals(List.of("alpha", "mine"), labels());
    assertTrue(viewModel.statusProperty().get().startsWith("Opened mine"), viewModel.statusProperty().get());
  }

  /** As an IDE lists recent projects: an NF opened on its own is listed at the next start. */
  @Test
  void anOpenedNfIsListedAgainAtTheNextStart(@TempDir Path root) throws Exception {
    nf(root.resolve("catalog/alpha"));
    nf(root.resolve("elsewhere/mine"));
    nf(root.resolve("elsewhere/gone"));
    WorkspaceFolder folder = new WorkspaceFolder(root.resolve("workspace"));
    WaitForAsyncUtils.asyncFx(() -> viewModel = new WorkspaceViewModel(tasks, folder))
        .get(5, TimeUnit.SECONDS);
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();
    onFx(() -> viewModel.openFolder(root.resolve("elsewhere/mine")));
    awaitLoaded();
    onFx(() -> viewModel.openFolder(root.resolve("elsewhere/gone")));
    awaitLoaded();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new OpenedNfsFile(folder.root()).read()
        .size() == 2);
    Files.delete(root.resolve("elsewhere/gone/nf.properties"));

    // the next start: a new window model over the same workspace
    WaitForAsyncUtils.asyncFx(() -> viewModel = new WorkspaceViewModel(tasks, folder))
        .get(5, TimeUnit.SECONDS);
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();
    assertEquals(List.of("alpha", "mine"), labels());
    assertEquals("alpha", viewModel.firstNfProperty().get());

    // reading the catalog again keeps it listed
    onFx(() -> viewModel.reload());
    awaitLoaded();
    assertEquals(List.of("alpha", "mine"), labels());
  }

  /**
   * New property on an NF opened from its own folder writes it there, where its files are saved;
   * on a catalog template it goes to the workspace copy.
   */
  @Test
  void aNewPropertyOfAnOpenedNfIsWrittenInItsOwnFolder(@TempDir Path root) throws Exception {
    nf(root.resolve("catalog/alpha"));
    nf(root.resolve("elsewhere/mine"));
    WorkspaceFolder folder = new WorkspaceFolder(root.resolve("workspace"));
    WaitForAsyncUtils.asyncFx(() -> viewModel = new WorkspaceViewModel(tasks, folder))
        .get(5, TimeUnit.SECONDS);
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();
    onFx(() -> viewModel.openFolder(root.resolve("elsewhere/mine")));
    awaitLoaded();

    onFx(() -> viewModel.newProperty(root.resolve("elsewhere/mine"), "my_rule"));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> Files.exists(root.resolve("elsewhere/mine/props/my_rule.py")));
    assertTrue(Files.notExists(root.resolve("workspace/mine")), "no workspace copy of one's own NF");

    onFx(() -> viewModel.newProperty(root.resolve("catalog/alpha"), "their_rule"));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> Files.exists(root.resolve("workspace/alpha/props/their_rule.py")));
    assertTrue(Files.notExists(root.resolve("catalog/alpha/props/their_rule.py")),
        "a catalog template is not changed");
  }

  @Test
  void reloadingFindsNfsAddedOutsideTheWorkbench(@TempDir Path root) throws Exception {
    nf(root.resolve("catalog/alpha"));
    WaitForAsyncUtils.asyncFx(() -> viewModel =
        new WorkspaceViewModel(tasks, new WorkspaceFolder(root.resolve("mine")))).get(5, TimeUnit.SECONDS);
    onFx(() -> viewModel.loadCatalog(Optional.of(root.resolve("catalog"))));
    awaitLoaded();
    nf(root.resolve("catalog/beta"));
    nf(root.resolve("mine/gamma"));
    assertEquals(List.of("alpha"), labels());

    onFx(() -> viewModel.reload());
    awaitLoaded();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> viewModel.userNfs().size() == 1));

    assertEquals(List.of("alpha", "beta"), labels());
    assertEquals("gamma", viewModel.userNfs().get(0).label());
  }

  @Test
  void noCatalogSaysHowToOpenOne() throws Exception {
    onFx(() -> viewModel.loadCatalog(Optional.empty()));
    assertTrue(viewModel.statusProperty().get().contains("Open NF folder"), viewModel.statusProperty().get());
    assertEquals(null, viewModel.firstNfProperty().get());
  }

  private void onFx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      if (viewModel == null) {
        viewModel = new WorkspaceViewModel(tasks);
      }
      action.run();
    }).get(5, TimeUnit.SECONDS);
  }

  private void awaitLoaded() throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> !viewModel.loadingProperty().get()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<String> labels() {
    return viewModel.nfs().stream().map(WorkspaceNode::label).toList();
  }

  private static void nf(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("nf.properties"), "description = test NF " + dir.getFileName() + "\n");
    Files.writeString(dir.resolve("spec.py"), "return 0, pkt\n");
  }
}
