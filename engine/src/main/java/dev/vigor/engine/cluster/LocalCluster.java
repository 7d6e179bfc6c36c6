package dev.vigor.engine.cluster;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.report.ScalingBench;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A cluster of n {@code vigor worker} JVMs on 127.0.0.1 with a fresh random secret, as one
 * configuration of {@code vigor bench --scaling}: members start (untimed) in {@link #prepare()},
 * each timed run connects the coordinator and validates through them, {@link #close()} kills them.
 */
public final class LocalCluster implements ScalingBench.Configuration {
  private static final long START_TIMEOUT_MS = 120_000;

  private final int size;
  private final String name;
  private final String secretText;
  private final ClusterSecret secret;
  private final List<LocalMember> members = new ArrayList<>();
  private List<String> addresses = List.of();

  /** A cluster of size members, not started yet. */
  public LocalCluster(int size) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    this.size = size;
    this.name = "vigor-bench-" + size;
    this.secretText = HexFormat.of().formatHex(random);
    this.secret = ClusterSecret.of(secretText);
  }

  @Override
  public String name() {
    return "cluster, " + size + (size == 1 ? " member" : " members") + " (1 slot each)";
  }

  @Override
  public void prepare() throws IOException {
    List<Integer> ports = LocalMember.freePorts(size);
    for (int p : ports) {
      members.add(LocalMember.start(name, p, ports, secretText));
    }
    addresses = LocalMember.addresses(ports);
    try {
      for (LocalMember m : members) {
        if (!m.await("member of cluster", START_TIMEOUT_MS)) {
          throw new IOException("a cluster member did not start: " + m.output());
        }
      }
      // members join one another shortly after they start: wait until all are in one cluster
      try (ClusterValidation c = connect()) {
        long end = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (c.members().size() < size && System.currentTimeMillis() < end) {
          Thread.sleep(100);
        }
        if (c.members().size() < size) {
          throw new IOException("only " + c.members().size() + " of " + size
              + " members formed a cluster");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the cluster started");
    }
  }

  @Override
  public Verification.Result run(Path nfDir, LoadedNf nf, List<Path> files, long timeoutMs)
      throws IOException {
    try (ClusterValidation c = connect()) {
      return Verification.run(nfDir, nf, files, timeoutMs, 1, ProgressListener.NONE,
          new CancelToken(), VerificationObserver.NONE, EarlyStop.never(),
          NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, SpecSources.disk(),
          VerificationCache.NONE, c);
    }
  }

  private ClusterValidation connect() {
    return ClusterValidation.connect(name, secret, addresses,
        ClusterValidation.DEFAULT_CONNECT_TIMEOUT_MS, note -> { });
  }

  @Override
  public void close() {
    members.forEach(LocalMember::close);
    members.clear();
  }
}
