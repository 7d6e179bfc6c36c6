package dev.vigor.engine.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import dev.vigor.engine.cluster.ClusterConfigFactory;
import dev.vigor.engine.cluster.ClusterMember;
import dev.vigor.engine.cluster.ClusterSecret;
import dev.vigor.engine.cluster.ClusterTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigor worker}: a Hazelcast member that validates the traces of cluster runs. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {"Start a cluster member that validates traces for `vigor verify --cluster NAME`;"
        + " runs until stopped (Ctrl-C).",
        "Needs the cluster's shared secret in VIGOR_CLUSTER_SECRET or --secret-file: members and"
        + " coordinators with another secret are not let in. Listens on --interface only.",
        "Exit 3: bad input, or the member could not start."})
public final class WorkerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "NAME", required = true,
      description = "The cluster's name (the same on every member and the coordinator).")
  String cluster;

  @Option(names = "--member", paramLabel = "HOST:PORT",
      description = "A member to join (repeatable; may name this one). Default: this one only.")
  List<String> members = new ArrayList<>();

  @Option(names = "--interface", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on, and the only one (default ${DEFAULT-VALUE}).")
  String iface;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ClusterConfigFactory.DEFAULT_PORT,
      description = "The port to listen on (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--slots", paramLabel = "N", defaultValue = "1",
      description = "Traces validated at once, each in its own Z3 context (default ${DEFAULT-VALUE}).")
  int slots;

  @Option(names = "--secret-file", paramLabel = "FILE",
      description = "Read the cluster secret from FILE instead of " + ClusterSecret.ENV + ".")
  Path secretFile;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClusterSecret secret;
    try {
      secret = ClusterSecret.load(secretFile, System.getenv(ClusterSecret.ENV));
    } catch (IllegalArgumentException e) {
      err.println("vigor worker: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    // the name and members checked as vigor verify --cluster and the workbench check them
    String bad = new ClusterTarget(cluster, members, secretFile).problem().orElse(null);
    if (bad != null || port < 1 || port > 65535 || slots < 1 || slots > 256) {
      err.println("vigor worker: " + (bad != null ? bad
          : slots < 1 || slots > 256 ? "--slots must be between 1 and 256, not " + slots
          : "--port must be between 1 and 65535, not " + port));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    HazelcastInstance hz;
    try {
      hz = ClusterMember.start(cluster, secret, iface, port, members, slots, line -> say(out, line));
    } catch (RuntimeException e) {
      err.println("vigor worker: cannot start a member on " + iface + ":" + port + ": "
          + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    hz.getLifecycleService().addLifecycleListener(e -> {
      if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
        stopped.countDown();
      }
    });
    hz.getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent e) {
        say(out, "member " + e.getMember().getAddress() + " joined; " + size(hz) + " members");
      }

      @Override
      public void memberRemoved(MembershipEvent e) {
        say(out, "member " + e.getMember().getAddress() + " left; " + size(hz) + " members");
      }
    });
    say(out, "member of cluster " + cluster + " at " + hz.getCluster().getLocalMember().getAddress()
        + ", " + slots + " slot" + (slots == 1 ? "" : "s") + "; " + size(hz) + " members");
    if (size(hz) == 1 && members.stream().anyMatch(m -> !m.equals(iface + ":" + port))) {
      say(out, "no other member answered at " + String.join(", ", members) + " with this cluster"
          + " name and secret; alone for now (members started later join this one)");
    }
    if (hz.getLifecycleService().isRunning()) {
      stopped.await(); // until Ctrl-C: Hazelcast's shutdown hook leaves the cluster
    }
    return ExitCodes.OK;
  }

  private static int size(HazelcastInstance hz) {
    try {
      return hz.getCluster().getMembers().size();
    } catch (RuntimeException e) {
      return 0; // shutting down
    }
  }

  private static synchronized void say(PrintWriter out, String line) {
    out.println("vigor worker: " + line);
    out.flush();
  }
}
