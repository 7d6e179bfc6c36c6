package dev.vigor.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import dev.vigor.engine.cache.TraceResultCodec;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.validate.TraceResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A member's side of the cluster: checks each task (signature, engine) before any work, keeps
 * the runs it works on ({@link MemberRun}, built once per run from the package in the run map),
 * answers with signed results, and frees a run when the coordinator removes its package.
 */
public final class MemberRuns {
  private static final String KEY = "vigor.memberRuns";
  /** Runs kept at once; an older one is freed for a new one (its coordinator is likely gone). */
  private static final int KEPT = 4;

  private final HazelcastInstance hz;
  private final ClusterSecret secret;
  private final int slots;
  private final Consumer<String> log;
  private final Map<String, MemberRun> runs = new LinkedHashMap<>();
  /** Test hook: a pause before each answer, so a test can stop a member while it holds work. */
  private final long delayMs = Long.getLong("vigor.worker.taskDelayMs", 0);

  private MemberRuns(HazelcastInstance hz, ClusterSecret secret, int slots, Consumer<String> log) {
    this.hz = hz;
    this.secret = secret;
    this.slots = slots;
    this.log = log;
  }

  /** Makes member hz a vigor worker with secret, slots tasks at once, logging to log. */
  public static MemberRuns install(HazelcastInstance hz, ClusterSecret secret, int slots,
      Consumer<String> log) {
    MemberRuns m = new MemberRuns(hz, secret, slots, log);
    hz.getUserContext().put(KEY, m);
    IMap<String, byte[]> map = hz.getMap(ClusterConfigFactory.RUNS);
    map.addEntryListener((EntryRemovedListener<String, byte[]>) e -> m.release(e.getKey()), false);
    map.addEntryListener((EntryExpiredListener<String, byte[]>) e -> m.release(e.getKey()), false);
    return m;
  }

  /** The worker service of member hz, or null when it is not a vigor worker. */
  static MemberRuns of(HazelcastInstance hz) {
    return (MemberRuns) hz.getUserContext().get(KEY);
  }

  /** The signed answer to task. */
  String answer(ValidationTask task) {
    if (!secret.verify(task.mac, task.parts())) {
      log.accept("refused a task of run " + task.runId + ": not signed with this cluster's secret");
      return TaskAnswer.refused("the task is not signed with this member's secret").sign(secret,
          task);
    }
    String mine = ValidationTask.engine();
    if (!mine.equals(task.engine)) {
      log.accept("refused a task of run " + task.runId + ": another engine (" + task.engine + ")");
      return TaskAnswer.refused("it runs engine " + mine + ", the coordinator " + task.engine
          + "; start members from the same build as the coordinator").sign(secret, task);
    }
    try {
      MemberRun run = run(task);
      List<List<TraceResult>> results = run.validate(task.positions);
      if (delayMs > 0) {
        Thread.sleep(delayMs);
      }
      List<String> out = new ArrayList<>();
      results.forEach(r -> out.add(TraceResultCodec.write(r)));
      return TaskAnswer.ok(out).sign(secret, task);
    } catch (MemberRun.Refused e) {
      log.accept("refused run " + task.runId + ": " + e.getMessage());
      return TaskAnswer.refused(e.getMessage()).sign(secret, task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TaskAnswer.failed("the member is shutting down").sign(secret, task);
    } catch (CancelledException e) {
      return TaskAnswer.failed("run " + task.runId + " is over on this member").sign(secret, task);
    } catch (IOException | RuntimeException e) {
      log.accept("run " + task.runId + " failed: " + e);
      return TaskAnswer.failed("member " + hz.getCluster().getLocalMember().getAddress()
          + " failed: " + e).sign(secret, task);
    }
  }

  /** The task's run, built from the run map's package the first time. */
  private synchronized MemberRun run(ValidationTask task) throws IOException, MemberRun.Refused {
    MemberRun run = runs.get(task.runId);
    if (run != null) {
      return run;
    }
    IMap<String, byte[]> map = hz.getMap(ClusterConfigFactory.RUNS);
    byte[] bytes = map.get(task.runId);
    if (bytes == null) {
      throw new CancelledException(); // the coordinator removed it: the run is over
    }
    if (!RunPackage.digest(bytes).equals(task.packageDigest)) {
      throw new MemberRun.Refused("the run's package is not the one the task names");
    }
    run = new MemberRun(RunPackage.decode(bytes), slots);
    log.accept("run " + task.runId + ": " + run.describe());
    runs.put(task.runId, run);
    for (Iterator<Map.Entry<String, MemberRun>> it = runs.entrySet().iterator();
        runs.size() > KEPT && it.hasNext(); ) {
      it.next().getValue().close();
      it.remove();
    }
    return run;
  }

  /** The run is over: its contexts and folder go. */
  void release(String runId) {
    MemberRun run;
    synchronized (this) {
      run = runs.remove(runId);
    }
    if (run != null) {
      run.close();
      log.accept("run " + runId + ": done");
    }
  }
}
