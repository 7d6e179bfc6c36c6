package dev.vigor.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import dev.vigor.engine.cache.EngineFingerprint;
import java.io.Serializable;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * One batch of a run's traces for a member to validate, sent through Hazelcast's executor: the
 * run (its package is in the run map, {@link ClusterConfigFactory#RUNS}), the package's SHA-256,
 * the coordinator's engine ({@link #engine()}), the trace positions, and an HMAC of all of them
 * under the cluster secret. Plain data only; the member's {@link MemberRuns} does the work and
 * answers with a signed {@link TaskAnswer}.
 */
public final class ValidationTask implements Callable<String>, Serializable, HazelcastInstanceAware {
  private static final long serialVersionUID = 1L;

  final String runId;
  final String packageDigest;
  final String engine;
  final int[] positions;
  final String mac;
  private transient HazelcastInstance hz;

  ValidationTask(String runId, String packageDigest, String engine, int[] positions, String mac) {
    this.runId = runId;
    this.packageDigest = packageDigest;
    this.engine = engine;
    this.positions = positions.clone();
    this.mac = mac;
  }

  /** A task signed with secret. */
  static ValidationTask signed(ClusterSecret secret, String runId, String packageDigest,
      String engine, int[] positions) {
    ValidationTask unsigned = new ValidationTask(runId, packageDigest, engine, positions, "");
    return new ValidationTask(runId, packageDigest, engine, positions,
        secret.sign(unsigned.parts()));
  }

  /** This JVM's engine: its version, Z3's, and the hashes of the engine's and libVig's classes. */
  public static String engine() {
    return EngineFingerprint.engine() + " libvig " + EngineFingerprint.contracts();
  }

  /** What the task's MAC covers. */
  String[] parts() {
    return new String[] {"vigor-task", runId, packageDigest, engine, Arrays.toString(positions)};
  }

  /** What an answer's MAC covers: the task's run and positions, and the answer's body. */
  String[] answerParts(String body) {
    return new String[] {"vigor-answer", runId, Arrays.toString(positions), body};
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance hz) {
    this.hz = hz;
  }

  @Override
  public String call() {
    MemberRuns runs = hz == null ? null : MemberRuns.of(hz);
    if (runs == null) {
      // an unsigned answer: the coordinator rejects it, and says this member is no vigor worker
      return "none\n{\"status\":\"refused\",\"message\":\"not a vigor worker\"}";
    }
    return runs.answer(this);
  }
}
