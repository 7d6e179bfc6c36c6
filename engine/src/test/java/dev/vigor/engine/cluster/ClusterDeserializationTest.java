package dev.vigor.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A member deserializes no Java class but vigor's task: a client that knows the cluster name
 * (it travels in the clear) and sends another Serializable callable gets an error, and the
 * callable never runs; a vigor task over the same connection is answered.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusterDeserializationTest {
  /** Set when an Intruder runs in this JVM (the member runs here too). */
  static final AtomicBoolean RAN = new AtomicBoolean();

  /** What an intruder would send: any Serializable class on the member's class path. */
  static final class Intruder implements Callable<String>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String call() {
      RAN.set(true);
      return "ran";
    }
  }

  @Test
  void onlyVigorTasksAreDeserialized() throws Exception {
    ClusterSecret secret = ClusterSecret.of(MemberProcess.SECRET);
    int port = LocalMember.freePorts(1).get(0);
    List<String> log = new ArrayList<>();
    HazelcastInstance hz = ClusterMember.start("filter-test", secret, "127.0.0.1", port,
        List.of(), 1, log::add);
    HazelcastInstance client = HazelcastClient.newHazelcastClient(ClusterConfigFactory.client(
        "filter-test", secret, List.of("127.0.0.1:" + port), 10_000));
    try {
      IExecutorService executor = client.getExecutorService(ClusterConfigFactory.EXECUTOR);
      assertThrows(ExecutionException.class,
          () -> executor.submit(new Intruder()).get(30, TimeUnit.SECONDS));
      assertFalse(RAN.get(), "the intruder's callable ran on the member");
      ValidationTask task = ValidationTask.signed(secret, "run-1", "digest",
          ValidationTask.engine(), new int[] {0});
      String answer = executor.submit(task).get(30, TimeUnit.SECONDS);
      // run-1 was never published, so the member cannot do it, and says so in a signed answer
      TaskAnswer a = TaskAnswer.read(answer, secret, task);
      assertNotEquals(TaskAnswer.OK, a.status(), a.message());
    } finally {
      client.shutdown();
      hz.shutdown();
    }
  }
}
