package dev.vigor.engine.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import dev.vigor.engine.cache.TraceResultCodec;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.validate.RemoteValidation;
import dev.vigor.engine.validate.TraceResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The coordinator's side of a cluster run ({@code vigor verify --cluster}): a Hazelcast client
 * that puts the run's package in the run map once, sends the traces in batches to the members
 * through Hazelcast's executor (a few per member at a time, so faster members take more), checks
 * every answer's signature, re-sends the batches of a member that leaves or fails to the others,
 * and validates in this JVM only when no member is left.
 */
public final class ClusterValidation implements RemoteValidation, AutoCloseable {
  /** How long to try to reach a member before giving up, unless told otherwise. */
  public static final long DEFAULT_CONNECT_TIMEOUT_MS = 20_000;

  private final HazelcastInstance client;
  private final ClusterSecret secret;
  private final String name;
  private final Consumer<String> notes;
  /** The engine tasks claim: this JVM's; a test sets another to play a coordinator of another build. */
  String engine = ValidationTask.engine();

  private ClusterValidation(HazelcastInstance client, ClusterSecret secret, String name,
      Consumer<String> notes) {
    this.client = client;
    this.secret = secret;
    this.name = name;
    this.notes = notes;
  }

  /**
   * Connects to cluster name through the members (HOST:PORT) within timeoutMs; notes get the
   * run's one-line notes (a member left, a member refused). ClusterException when no member
   * answers with the same cluster name and secret.
   */
  public static ClusterValidation connect(String name, ClusterSecret secret, List<String> members,
      long timeoutMs, Consumer<String> notes) {
    try {
      HazelcastInstance c = HazelcastClient.newHazelcastClient(
          ClusterConfigFactory.client(name, secret, members, timeoutMs));
      return new ClusterValidation(c, secret, name, notes);
    } catch (IllegalStateException | com.hazelcast.core.HazelcastException e) {
      throw new ClusterException("cannot join cluster " + name + " at " + String.join(", ", members)
          + " within " + timeoutMs / 1000 + " s: no vigor worker answered there with this cluster"
          + " name and secret (none running, not reachable, or started with another secret)");
    }
  }

  /** The members that validate (lite members and clients do not). */
  public List<Member> members() {
    try {
      return client.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).toList();
    } catch (RuntimeException e) {
      return List.of(); // the client gave up on a cluster that is gone: no member is left
    }
  }

  /** One batch sent to a member, and how it came back: an answer's text or a failure. */
  private record Sent(Member member, ValidationTask task, int[] batch, String answer,
      Throwable failure) {}

  @Override
  public void validate(Work work, Sink sink, Local local, CancelToken halt) throws Exception {
    byte[] pkg = RunPackage.of(work).encode();
    String digest = RunPackage.digest(pkg);
    String runId = UUID.randomUUID().toString().substring(0, 13);
    IMap<String, byte[]> map = client.getMap(ClusterConfigFactory.RUNS);
    // the time-to-live frees it on the members should this JVM die before removing it
    map.put(runId, pkg, 6, TimeUnit.HOURS);
    try {
      dispatch(work, runId, digest, sink, local, halt);
    } finally {
      try {
        map.remove(runId); // the members free the run's Z3 contexts on this
      } catch (RuntimeException e) {
        // no member left to tell: the time-to-live frees it
      }
    }
  }

  private void dispatch(Work work, String runId, String digest, Sink sink, Local local,
      CancelToken halt) throws InterruptedException {
    IExecutorService executor = client.getExecutorService(ClusterConfigFactory.EXECUTOR);
    Deque<int[]> queue = batches(work.traceCount(), members());
    LinkedBlockingQueue<Sent> back = new LinkedBlockingQueue<>();
    Map<UUID, Integer> busy = new HashMap<>();
    Set<UUID> excluded = new HashSet<>();
    List<String> refusals = new ArrayList<>();
    BitSet decided = new BitSet(work.traceCount());
    int outstanding = 0;
    while (decided.cardinality() < work.traceCount()) {
      halt.throwIfCancelled();
      List<Member> members = members().stream()
          .filter(m -> !excluded.contains(m.getUuid())).toList();
      if (members.isEmpty() && outstanding == 0) {
        if (!refusals.isEmpty()) {
          throw new ClusterException("no member of cluster " + name + " does the run's work: "
              + String.join("; ", refusals));
        }
        int left = work.traceCount() - decided.cardinality();
        notes.accept("no member of cluster " + name + " is left; validating the " + left
            + " remaining traces here");
        while (!queue.isEmpty()) {
          for (int p : queue.poll()) {
            halt.throwIfCancelled();
            if (!decided.get(p)) {
              List<TraceResult> each = local.validate(p);
              halt.throwIfCancelled(); // an interrupted query is no verdict
              sink.decided(p, each);
              decided.set(p);
            }
          }
        }
        continue;
      }
      for (Member m : members) {
        // its slots busy and one batch waiting: no idle gap between two of its batches
        while (!queue.isEmpty() && busy.getOrDefault(m.getUuid(), 0) < slots(m) + 1) {
          int[] batch = queue.poll();
          ValidationTask task = ValidationTask.signed(secret, runId, digest, engine, batch);
          busy.merge(m.getUuid(), 1, Integer::sum);
          outstanding++;
          try {
            executor.submitToMember(task, m, new ExecutionCallback<String>() {
              @Override
              public void onResponse(String answer) {
                back.add(new Sent(m, task, batch, answer, null));
              }

              @Override
              public void onFailure(Throwable t) {
                back.add(new Sent(m, task, batch, null, t));
              }
            });
          } catch (RuntimeException e) {
            back.add(new Sent(m, task, batch, null, e)); // gone before it could be sent
          }
        }
      }
      Sent s = back.poll(100, TimeUnit.MILLISECONDS);
      if (s == null) {
        continue;
      }
      outstanding--;
      busy.merge(s.member().getUuid(), -1, Integer::sum);
      String who = s.member().getAddress().toString();
      if (s.failure() != null) {
        if (excluded.add(s.member().getUuid())) {
          notes.accept("member " + who + " left or failed (" + s.failure().getClass().getSimpleName()
              + "); its traces go to the other members");
        }
        queue.addFirst(s.batch());
        continue;
      }
      TaskAnswer a;
      try {
        a = TaskAnswer.read(s.answer(), secret, s.task());
      } catch (IllegalArgumentException e) {
        a = TaskAnswer.refused(e.getMessage());
      }
      if (a.status().equals(TaskAnswer.OK) && a.results().size() == s.batch().length) {
        for (int k = 0; k < s.batch().length; k++) {
          int p = s.batch()[k];
          if (!decided.get(p)) {
            sink.decided(p, TraceResultCodec.read(a.results().get(k)));
            decided.set(p);
          }
        }
        continue;
      }
      if (excluded.add(s.member().getUuid())) {
        notes.accept("member " + who + " " + a.status() + ": " + a.message());
        if (!a.status().equals(TaskAnswer.FAILED)) {
          refusals.add(who + " refused: " + a.message());
        }
      }
      queue.addFirst(s.batch());
    }
  }

  /**
   * The trace positions in batches: about four per slot of the cluster, so a member that leaves
   * takes little work with it and the load evens out, at most 16 traces each
   * ({@code -Dvigor.cluster.batchSize=N} fixes the size).
   */
  private static Deque<int[]> batches(int traces, List<Member> members) {
    int slots = Math.max(1, members.stream().mapToInt(ClusterValidation::slots).sum());
    int size = Integer.getInteger("vigor.cluster.batchSize",
        Math.max(1, Math.min(16, traces / (4 * slots))));
    Deque<int[]> out = new ArrayDeque<>();
    for (int from = 0; from < traces; from += size) {
      int[] b = new int[Math.min(size, traces - from)];
      for (int k = 0; k < b.length; k++) {
        b[k] = from + k;
      }
      out.add(b);
    }
    return out;
  }

  private static int slots(Member m) {
    try {
      return Math.max(1, Integer.parseInt(m.getAttribute(ClusterConfigFactory.SLOTS)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Leaves the cluster (the members keep running). */
  @Override
  public void close() {
    client.shutdown();
  }
}
