package dev.vigor.engine.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Hazelcast set-up of a member ({@code vigor worker}) and of the coordinator's client
 * ({@code vigor verify --cluster}): TCP-IP join to the listed members only (no multicast, no
 * cloud auto-detection), bound to the configured interface only, no phone-home, the cluster name
 * derived from the secret ({@link ClusterSecret#clusterName}), and Hazelcast's logging kept quiet.
 */
public final class ClusterConfigFactory {
  /** The executor the validation tasks run on. */
  public static final String EXECUTOR = "vigor-validate";
  /** The map that holds each run's package ({@link RunPackage}) while the run lasts. */
  public static final String RUNS = "vigor-runs";
  /** The member attribute that says how many tasks a member validates at once. */
  public static final String SLOTS = "vigor.slots";
  /** The port a member listens on when none is given (Hazelcast's usual one). */
  public static final int DEFAULT_PORT = 5701;

  /** Hazelcast loggers, held so the levels set on them stay (JUL keeps loggers weakly). */
  private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");
  /**
   * Warns at every start that Java's module system keeps some internals from Hazelcast: only a
   * matter of speed for its own data structures, nothing vigor's work depends on.
   */
  private static final Logger MODULES_LOG =
      Logger.getLogger("com.hazelcast.instance.impl.HazelcastInstanceFactory");

  private ClusterConfigFactory() {}

  /**
   * A member of cluster name listening on iface:port only, joining the given HOST:PORT members
   * (may include itself), validating up to slots tasks at once.
   */
  public static Config member(String name, ClusterSecret secret, String iface, int port,
      List<String> members, int slots) {
    Config c = new Config();
    c.setClusterName(secret.clusterName(name));
    common(c);
    NetworkConfig net = c.getNetworkConfig();
    net.setPort(port).setPortAutoIncrement(false);
    // Only the configured interface: Hazelcast otherwise binds to every address (0.0.0.0).
    net.getInterfaces().setEnabled(true).clear().addInterface(iface);
    c.setProperty("hazelcast.socket.bind.any", "false");
    JoinConfig join = net.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(members.isEmpty()
        ? List.of(iface + ":" + port) : members);
    c.getExecutorConfig(EXECUTOR).setPoolSize(slots);
    c.getMemberAttributeConfig().setAttribute(SLOTS, Integer.toString(slots));
    // A run's package survives the member holding it leaving: one backup elsewhere.
    c.getMapConfig(RUNS).setBackupCount(1);
    return c;
  }

  /**
   * The coordinator's client of cluster name, connecting to the given members and giving up
   * (IllegalStateException from Hazelcast) after connectTimeoutMs.
   */
  public static ClientConfig client(String name, ClusterSecret secret, List<String> members,
      long connectTimeoutMs) {
    quietLogging(Level.SEVERE);
    ClientConfig c = new ClientConfig();
    c.setClusterName(secret.clusterName(name));
    c.setProperty("hazelcast.logging.type", "jdk");
    c.setProperty("hazelcast.phone.home.enabled", "false");
    // a member that left: its invocations fail within this, and their work goes elsewhere
    c.setProperty("hazelcast.client.invocation.timeout.seconds", "30");
    c.getNetworkConfig().setAddresses(List.copyOf(members)).setSmartRouting(true);
    c.getSerializationConfig().setJavaSerializationFilterConfig(onlyVigorTasks());
    c.getConnectionStrategyConfig().getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(connectTimeoutMs).setInitialBackoffMillis(250)
        .setMaxBackoffMillis(1000);
    return c;
  }

  private static void common(Config c) {
    c.setProperty("hazelcast.logging.type", "jdk");
    c.setProperty("hazelcast.phone.home.enabled", "false");
    // members listed explicitly answer at once: no need for Hazelcast's 5 s wait before joining
    c.setProperty("hazelcast.wait.seconds.before.join", "1");
    c.getJetConfig().setEnabled(false);
    c.getSerializationConfig().setJavaSerializationFilterConfig(onlyVigorTasks());
  }

  /**
   * Java deserialization of vigor's task only: everything else a run sends is a String or byte[],
   * which Hazelcast encodes itself. Anyone who learns the derived cluster name (it travels in
   * the clear) could otherwise make a member deserialize any class on its class path.
   */
  static JavaSerializationFilterConfig onlyVigorTasks() {
    JavaSerializationFilterConfig f = new JavaSerializationFilterConfig();
    f.getWhitelist().addClasses(ValidationTask.class.getName(), int[].class.getName());
    return f;
  }

  /**
   * Hazelcast logs through java.util.logging at this level and above only (its INFO lines would
   * drown the CLI's output); set before the first instance starts, as Hazelcast reads it then.
   */
  static void quietLogging(Level level) {
    System.setProperty("hazelcast.logging.type", "jdk");
    System.setProperty("hazelcast.phone.home.enabled", "false");
    HAZELCAST_LOG.setLevel(level);
    MODULES_LOG.setLevel(Level.SEVERE);
  }
}
