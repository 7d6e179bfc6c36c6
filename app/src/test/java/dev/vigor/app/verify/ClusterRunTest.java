package dev.vigor.app.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.cluster.ClusterSetting;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.state.WorkbenchState;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.cluster.ClusterTarget;
import dev.vigor.engine.cluster.LocalMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Run with the cluster setting on, through the panel's view-model and service: the bridge's
 * spec.py validated by one {@code vigor worker} JVM gives the verdicts of a local run, and the
 * panel says where it validated; a member nobody runs fails the run with the engine's message.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ClusterRunTest {
  private static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog")).resolve("bridge");
  private static final String SECRET = "0123456789abcdef-workbench-cluster-test";
  private final FxRobot robot = new FxRobot();
  @TempDir Path ws;
  private BackgroundTasks tasks;
  private WorkbenchState state;
  private VerificationViewModel vm;
  private Path secretFile;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void panel() throws Exception {
    tasks = new BackgroundTasks();
    secretFile = Files.writeString(ws.resolve("cluster-secret"), SECRET);
    robot.interact(() -> {
      state = new WorkbenchState(new WorkspaceFolder(ws), FXCollections.observableArrayList(),
          new SimpleObjectProperty<>());
      vm = new VerificationViewModel(tasks, new RunStore(ws), state);
      vm.selectNf(BRIDGE, List.of(new PropertyChoice(BRIDGE.resolve("spec.py"), true, "")));
    });
  }

  @AfterEach
  void stop() {
    tasks.shutdown();
  }

  /** Runs the checked spec and waits for the end; per trace, its status. */
  private Map<Integer, TraceStatus> run() throws Exception {
    robot.interact(() -> vm.run());
    FxWait.until(120, "the run to end", () -> !vm.runningProperty().get());
    Map<Integer, TraceStatus> verdicts = new TreeMap<>();
    robot.interact(() -> vm.traces().forEach(
        r -> verdicts.put(r.traceId(), r.statusProperty().get())));
    return verdicts;
  }

  private void clusterOn(String name, List<String> members) {
    robot.interact(() -> state.clusterProperty().set(
        new ClusterSetting(true, new ClusterTarget(name, members, secretFile))));
  }

  @Test
  void oneMemberGivesTheVerdictsOfALocalRun() throws Exception {
    Map<Integer, TraceStatus> local = run();
    assertFalse(local.isEmpty());
    assertEquals("", vm.clusterLineProperty().get(), "a local run names no cluster");

    int port = LocalMember.freePorts(1).get(0);
    LocalMember member = LocalMember.start("wb", port, List.of(port), SECRET);
    try {
      assertTrue(member.await("member of cluster", 60_000), () -> "no member: " + member.output());
      clusterOn("wb", LocalMember.addresses(List.of(port)));
      Map<Integer, TraceStatus> remote = run();
      assertEquals(local, remote, () -> vm.messageProperty().get());
      assertEquals("validating on cluster wb (1 member)", vm.clusterLineProperty().get());
      assertTrue(member.output().contains("vigor worker: run "), "the member did the work: " + member.output());
    } finally {
      member.close();
    }
  }

  @Test
  void anUnreachableMemberFailsTheRunWithTheEnginesMessage() throws Exception {
    String before = System.getProperty("vigor.cluster.connectTimeoutMs");
    System.setProperty("vigor.cluster.connectTimeoutMs", "2000");
    try {
      int nobody = LocalMember.freePorts(1).get(0);
      clusterOn("gone", List.of("127.0.0.1:" + nobody));
      run();
      assertEquals("failed", vm.lastEndProperty().get().kind());
      assertEquals("Verification failed: cannot join cluster gone at 127.0.0.1:" + nobody
          + " within 2 s: no vigor worker answered there with this cluster name and secret"
          + " (none running, not reachable, or started with another secret)",
          vm.messageProperty().get());
      assertTrue(vm.traces().isEmpty(), "nothing was validated");
      assertEquals("", vm.clusterLineProperty().get(), "never reached: no line says it validates there");
    } finally {
      if (before == null) {
        System.clearProperty("vigor.cluster.connectTimeoutMs");
      } else {
        System.setProperty("vigor.cluster.connectTimeoutMs", before);
      }
    }
  }
}
