package dev.vigor.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * When the last member goes mid-run, the coordinator says so and validates the rest itself: the
 * run completes with a local run's verdicts (a member in this JVM, stopped abruptly, stands in).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusterFallbackTest {
  @Test
  void theLastMemberGoneTheCoordinatorFinishesTheRun() throws Exception {
    Path bridge = ClusterVerificationTest.BRIDGE;
    List<Path> files = List.of(bridge.resolve("spec.py"),
        ClusterVerificationTest.WRONG.resolve("never_drops.py"));
    Verification.Result local = Verification.run(bridge, LoadedNf.load(bridge), files, 60_000);
    ClusterSecret secret = ClusterSecret.of(MemberProcess.SECRET);
    int port = LocalMember.freePorts(1).get(0);
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    System.setProperty("vigor.worker.taskDelayMs", "300"); // it holds work when stopped
    System.setProperty("vigor.cluster.batchSize", "2");
    HazelcastInstance hz;
    try {
      hz = ClusterMember.start("fallback-test", secret, "127.0.0.1", port, List.of(), 1,
          log::add);
    } finally {
      System.clearProperty("vigor.worker.taskDelayMs");
    }
    try (ClusterValidation c = ClusterValidation.connect("fallback-test", secret,
        List.of("127.0.0.1:" + port), 10_000, notes::add)) {
      CompletableFuture<Verification.Result> run = CompletableFuture.supplyAsync(() -> {
        try {
          return ClusterVerificationTest.clustered(c, files);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long end = System.currentTimeMillis() + 60_000;
      while (log.stream().noneMatch(l -> l.contains("bridge, 19 traces"))
          && System.currentTimeMillis() < end && !run.isDone()) {
        Thread.sleep(20);
      }
      assertFalse(run.isDone(), "still running when the member goes");
      hz.getLifecycleService().terminate();
      Verification.Result far = run.get(60, TimeUnit.SECONDS);
      assertEquals(ClusterVerificationTest.verdicts(local), ClusterVerificationTest.verdicts(far));
      assertEquals(null, far.stopped());
      assertTrue(notes.stream().anyMatch(n -> n.contains("is left; validating the")), notes.toString());
    } finally {
      System.clearProperty("vigor.cluster.batchSize");
      hz.getLifecycleService().terminate();
    }
  }
}
