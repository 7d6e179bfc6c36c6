package dev.vigor.app.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.WorkbenchApplication;
import dev.vigor.app.WorkspaceProperty;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nfrun.Pcapng;
import dev.vigor.engine.nfrun.TrafficGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Verify ▸ Check a capture…, past the file chooser, in the real window: the catalog bridge built
 * with gcc and run on generated traffic agrees with its spec.py; the user's copy whose spec.py
 * forgets to restamp a known station is violated at a packet, shown with its counterexample,
 * which Replay on the binary confirms.
 */
class CaptureCheckWorkflowTest {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  private static final int RUN_SECONDS = 120;
  private final FxRobot robot = new FxRobot();
  private Application app;
  @TempDir Path workspace;
  @TempDir Path captures;
  private WorkspaceProperty workspaceSetting;

  @BeforeAll
  static void startToolkit() throws Exception {
    try {
      Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      Assumptions.assumeTrue(p.waitFor() == 0, "gcc does not run");
    } catch (java.io.IOException e) {
      Assumptions.abort("no gcc (apt-get install gcc): " + e.getMessage());
    }
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWindow() throws Exception {
    workspaceSetting = WorkspaceProperty.pointAt(workspace);
    // the user's copy of the bridge, whose spec forgets that a known station is restamped
    Path bridge = new WorkspaceFolder(workspace).ensureNfCopy(CATALOG.resolve("bridge"));
    String spec = Files.readString(bridge.resolve("spec.py"));
    assertTrue(spec.contains("    dyn_macs.refresh_idx(station, now)\n"), "the bridge spec moved");
    Files.writeString(bridge.resolve("spec.py"),
        spec.replace("    dyn_macs.refresh_idx(station, now)\n", ""));
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
    FxWait.until(20, "the catalog in the tree",
        () -> !tree("#workspace-tree").getRoot().getChildren().isEmpty());
    FxWait.until(20, "the workspace copy in the tree",
        () -> !tree("#user-workspace-tree").getRoot().getChildren().isEmpty());
  }

  @AfterEach
  void closeWindow() throws Exception {
    robot.interact(() -> dock().viewModel().cancel());
    FxWait.until(10, "the check to stop", () -> !dock().viewModel().runningProperty().get());
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    workspaceSetting.restore();
  }

  /** 600 packets of mixed bridge traffic, as vigor run --generate writes them. */
  private Path bridgeTraffic() throws Exception {
    Path dir = CATALOG.resolve("bridge");
    LoadedNf nf = LoadedNf.load(dir);
    Path file = captures.resolve("bridge-traffic.pcapng");
    Pcapng.write(file, new TrafficGenerator(TrafficGenerator.forNf(nf, NfConfig.load(dir), 20, 1))
        .generate(600), nf.descriptor().devices());
    return file;
  }

  @Test
  void theCatalogBridgeAgreesAndAWrongSpecIsViolatedWithACounterexample() throws Exception {
    Path traffic = bridgeTraffic();
    robot.clickOn(FxWait.cellShowing(robot, tree("#workspace-tree"), "bridge"));
    // offered in the Runs tab too, once an NF is selected
    assertTrue(!robot.lookup("#runs-check-capture").queryButton().isDisabled());
    robot.interact(() -> dock().viewModel().checkCapture(traffic));
    waitForEnd();
    VerificationViewModel m = dock().viewModel();
    assertEquals("proved", m.lastEndProperty().get().kind(), m.messageProperty().get());
    assertTrue(m.summaries().get(0).textProperty().get()
        .startsWith("spec.py: agreed, 600 packets of bridge-traffic.pcapng"),
        m.summaries().get(0).textProperty().get());
    assertTrue(m.messageProperty().get().startsWith("bridge (catalog) agrees with spec.py on 600"
        + " packets"), m.messageProperty().get());

    robot.clickOn(FxWait.cellShowing(robot, tree("#user-workspace-tree"), "bridge"));
    robot.interact(() -> dock().viewModel().checkCapture(traffic));
    waitForEnd();
    assertEquals("violated", m.lastEndProperty().get().kind(), m.messageProperty().get());
    assertTrue(m.messageProperty().get().startsWith("Packet "), m.messageProperty().get());
    TraceRow row = m.selectedTraceProperty().get();
    assertEquals(TraceStatus.VIOLATED, row.statusProperty().get());
    assertTrue(row.outcomeProperty().get().counterexample().isPresent());
    FxWait.until(10, "the counterexample shown",
        () -> robot.lookup("#cex-title").queryLabeled().getText().contains("violated"));
    // the spec's side names what the binary's tables should have held
    String spec = robot.lookup("#cex-spec").queryLabeled().getText();
    assertTrue(spec.contains("dyn_macs"), spec);

    // Replay on the binary: built, loaded with the counterexample's tables, given its packet
    robot.interact(() -> robot.lookup("#cex-replay-binary").queryButton().fire());
    FxWait.until(RUN_SECONDS, "the replay on the binary", () -> robot.lookup("#cex-binary-result")
        .queryLabeled().getText().startsWith("The binary"));
    String replayed = robot.lookup("#cex-binary-result").queryLabeled().getText();
    assertTrue(replayed.endsWith("as the counterexample says."), replayed);
  }

  private void waitForEnd() throws Exception {
    FxWait.until(5, "the check to start", () -> dock().viewModel().runningProperty().get()
        || dock().viewModel().lastEndProperty().get() != null);
    FxWait.until(RUN_SECONDS, "the check to end", () -> !dock().viewModel().runningProperty().get());
  }

  private VerificationDock dock() {
    return robot.lookup("#verification-dock").queryAs(VerificationDock.class);
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> tree(String id) {
    return robot.lookup(id).queryAs(TreeView.class);
  }
}
