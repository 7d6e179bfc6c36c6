package dev.vigor.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who gets in: a member started with another secret does not join (it stays alone, and the
 * cluster keeps its size), a coordinator with the right secret cannot use it, nor can one with
 * the wrong secret use the real cluster; both give up with a clear error in bounded time. And a
 * worker without a secret does not start.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusterMembershipTest {
  static final String CLUSTER = "membership-test";

  @Test
  void aMemberWithAnotherSecretCannotJoin() throws Exception {
    List<Integer> ports = LocalMember.freePorts(2);
    String other = "some-other-secret-0123456789";
    try (LocalMember good = LocalMember.start(CLUSTER, ports.get(0), ports, MemberProcess.SECRET);
        LocalMember bad = LocalMember.start(CLUSTER, ports.get(1), ports, other)) {
      assertTrue(good.await("member of cluster", 60_000), good.output());
      assertTrue(bad.await("member of cluster", 60_000), bad.output());
      assertTrue(bad.await("alone for now", 5_000), bad.output());
      try (ClusterValidation c = ClusterValidation.connect(CLUSTER,
          ClusterSecret.of(MemberProcess.SECRET), List.of("127.0.0.1:" + ports.get(0)), 10_000,
          n -> { })) {
        Thread.sleep(2_000); // time for a join, were it let in
        assertEquals(1, c.members().size(), "the cluster did not grow");
      }
      assertTrue(!good.output().contains("joined"), good.output());
      // the right secret, but only the wrong member to talk to: no work is done
      long t0 = System.nanoTime();
      ClusterException e = assertThrows(ClusterException.class, () -> ClusterValidation.connect(
          CLUSTER, ClusterSecret.of(MemberProcess.SECRET), List.of("127.0.0.1:" + ports.get(1)),
          4_000, n -> { }));
      assertTrue(e.getMessage().contains("another secret"), e.getMessage());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30), "bounded");
      // and the wrong secret cannot use the real member
      assertThrows(ClusterException.class, () -> ClusterValidation.connect(CLUSTER,
          ClusterSecret.of(other), List.of("127.0.0.1:" + ports.get(0)), 4_000, n -> { }));
    }
  }

  @Test
  void aWorkerWithoutSecretDoesNotStart() throws Exception {
    try (LocalMember m = LocalMember.start(CLUSTER, LocalMember.freePorts(1).get(0),
        List.of(), null)) {
      assertEquals(3, m.exitCode(60_000), m.output());
      assertTrue(m.output().contains(ClusterSecret.ENV), m.output());
    }
  }
}
