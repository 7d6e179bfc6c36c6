package dev.vigor.engine.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;

/** Starts a Hazelcast member that validates traces ({@code vigor worker}). */
public final class ClusterMember {
  private ClusterMember() {}

  /**
   * A member of cluster name on iface:port, joining members (HOST:PORT), validating slots tasks at
   * once, logging its runs to log. Hazelcast's exception when it cannot start (port taken, no such
   * interface).
   */
  public static HazelcastInstance start(String name, ClusterSecret secret, String iface, int port,
      List<String> members, int slots, Consumer<String> log) {
    // Silent while starting: a failure (port taken, no such interface) comes back as the
    // exception, which the caller reports in one line, not as Hazelcast's stack trace.
    ClusterConfigFactory.quietLogging(Level.OFF);
    HazelcastInstance hz;
    try {
      hz = Hazelcast.newHazelcastInstance(
          ClusterConfigFactory.member(name, secret, iface, port, members, slots));
    } finally {
      ClusterConfigFactory.quietLogging(Level.WARNING);
    }
    MemberRuns.install(hz, secret, slots, log);
    return hz;
  }

  /** Whether s is HOST:PORT with a port in 1..65535 (Hazelcast's member syntax, one address). */
  public static boolean isAddress(String s) {
    int colon = s.lastIndexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      return false;
    }
    try {
      int port = Integer.parseInt(s.substring(colon + 1));
      return port > 0 && port < 65536;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
