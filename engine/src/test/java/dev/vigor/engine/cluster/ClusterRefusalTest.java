package dev.vigor.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A member checks every task before working: one from another engine build, or not signed with
 * its secret, is refused with a reason; and a coordinator whose every member refuses reports
 * that reason as an error instead of waiting (a member in this JVM stands in for a remote one).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusterRefusalTest {
  @Test
  void tasksFromAnotherEngineOrSecretAreRefused() throws Exception {
    ClusterSecret secret = ClusterSecret.of(MemberProcess.SECRET);
    int port = LocalMember.freePorts(1).get(0);
    List<String> log = new ArrayList<>();
    HazelcastInstance hz = ClusterMember.start("refusal-test", secret, "127.0.0.1", port,
        List.of(), 1, log::add);
    try {
      ValidationTask other = ValidationTask.signed(secret, "run-1", "digest", "vigor 0.0.1 z3 1"
          + " 0000 libvig 0000", new int[] {0});
      other.setHazelcastInstance(hz);
      TaskAnswer a = TaskAnswer.read(other.call(), secret, other);
      assertEquals(TaskAnswer.REFUSED, a.status());
      assertTrue(a.message().contains("it runs engine " + ValidationTask.engine()), a.message());

      ClusterSecret wrong = ClusterSecret.of("not-the-member-secret-0123");
      ValidationTask forged = ValidationTask.signed(wrong, "run-1", "digest",
          ValidationTask.engine(), new int[] {0});
      forged.setHazelcastInstance(hz);
      String answer = forged.call();
      TaskAnswer b = TaskAnswer.read(answer, secret, forged);
      assertEquals(TaskAnswer.REFUSED, b.status());
      assertTrue(b.message().contains("not signed"), b.message());
      assertThrows(IllegalArgumentException.class, () -> TaskAnswer.read(answer, wrong, forged),
          "the forger cannot read the answer as signed either");

      // a coordinator of another build: every member refuses, and it says why
      Path bridge = ClusterVerificationTest.BRIDGE;
      try (ClusterValidation c = ClusterValidation.connect("refusal-test", secret,
          List.of("127.0.0.1:" + port), 10_000, n -> { })) {
        c.engine = "vigor 0.0.1 z3 1 0000 libvig 0000";
        ClusterException e = assertThrows(ClusterException.class, () -> Verification.run(bridge,
            LoadedNf.load(bridge), List.of(bridge.resolve("spec.py")), 60_000, 1,
            ProgressListener.NONE, new CancelToken(), VerificationObserver.NONE,
            EarlyStop.never(), NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS,
            SpecSources.disk(), VerificationCache.NONE, c));
        assertTrue(e.getMessage().contains("does the run's work")
            && e.getMessage().contains("runs engine"), e.getMessage());
      }
    } finally {
      hz.shutdown();
    }
  }
}
