package dev.vigor.app.live;

import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.cache.CachedVerification;
import dev.vigor.engine.cache.TraceCache;
import dev.vigor.engine.cache.WarmNf;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.VerificationCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The workbench's one trace cache ({@code <workspace>/.vigor/trace-cache}, beside the autosaves
 * and the window layout) and what uses it: Run's verifications and live verification, which keeps
 * the NFs being edited compiled ({@link WarmNf}) so an edit only replays their traces. Also the
 * switch that turns live verification on and off (FX thread), and where a violated mark's link
 * leads. verify runs on background threads.
 */
public final class LiveVerifier {
  /** Z3 time per query, as Run gives it. */
  public static final long TIMEOUT_MS = 60_000;
  /** How many NFs stay compiled: the one edited and the one before. */
  private static final int WARM_NFS = 2;

  private final TraceCache cache;
  private final Supplier<Map<Path, String>> buffers;
  private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
  private final Map<Path, WarmNf> warm = new LinkedHashMap<>(4, 0.75f, true);
  /** The runs under way, cancelled when the window closes. */
  private final java.util.Set<CancelToken> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private CounterexampleOpener opener = (nfDir, spec, result) -> {};
  /**
   * Live runs get one thread of their own rather than the app's task pool: a first run (compile
   * and explore, seconds) or a cancelled one still finishing its trace would otherwise hold pool
   * threads that file reads and tree loads wait for. One thread also means live runs never
   * compete with each other for the CPU or for the kept traces.
   */
  private final java.util.concurrent.ExecutorService thread =
      java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigor-live-verification");
        t.setDaemon(true);
        return t;
      });

  /** Opens a live counterexample where the Runs and trace views open theirs. */
  @FunctionalInterface
  public interface CounterexampleOpener {
    void open(Path nfDir, Path spec, TraceResult result);
  }

  /** Caches under workspace's settings folder; buffers gives every open spec's text (FX thread). */
  public LiveVerifier(WorkspaceFolder workspace, Supplier<Map<Path, String>> buffers) {
    this(new TraceCache(traceCacheDir(workspace), note -> System.err.println("vigor: cache: " + note)),
        buffers);
  }

  LiveVerifier(TraceCache cache, Supplier<Map<Path, String>> buffers) {
    this.cache = cache;
    this.buffers = buffers;
  }

  /** Where the workbench keeps traces: {@code <workspace>/.vigor/trace-cache}. */
  public static Path traceCacheDir(WorkspaceFolder workspace) {
    return workspace.root().resolve(".vigor").resolve("trace-cache");
  }

  /** The trace cache's folder. */
  public Path cacheDir() {
    return cache.dir();
  }

  /** A cache for one Run of the NF in nfDir: its traces and proofs are the ones live verification uses. */
  public VerificationCache forRun(Path nfDir) {
    return new CachedVerification(cache, nfDir, TIMEOUT_MS,
        note -> System.err.println("vigor: cache: " + note));
  }

  /** Where live verifications run: one daemon thread of their own. */
  public java.util.concurrent.Executor executor() {
    return thread;
  }

  /** Whether live verification runs (Verify ▸ Live verification); on by default. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  /** The text of every open spec editor by path, snapshotted on the FX thread. */
  Map<Path, String> buffers() {
    return buffers.get();
  }

  /** Where a violated mark's link leads (the window sets it to the counterexample panel). */
  public void setCounterexampleOpener(CounterexampleOpener opener) {
    this.opener = opener;
  }

  void openCounterexample(Path nfDir, Path spec, TraceResult result) {
    opener.open(nfDir, spec, result);
  }

  /**
   * Verifies spec of the NF in nfDir as sources give it; background thread. Throws
   * {@link dev.vigor.engine.run.CancelledException} soon after cancel.
   */
  WarmNf.Outcome verify(Path nfDir, Path spec, SpecSources sources, CancelToken cancel)
      throws IOException, DiagnosticException {
    running.add(cancel);
    try {
      return warm(nfDir).verify(spec, sources, cancel);
    } finally {
      running.remove(cancel);
    }
  }

  private synchronized WarmNf warm(Path nfDir) {
    Path key = nfDir.toAbsolutePath().normalize();
    WarmNf nf = warm.computeIfAbsent(key, k -> new WarmNf(k, cache, TIMEOUT_MS, note -> {}));
    while (warm.size() > WARM_NFS) {
      warm.remove(warm.keySet().iterator().next()).close();
    }
    return nf;
  }

  /**
   * Stops live verification as the window closes: the run under way is interrupted and no other
   * starts, and the NFs' kept traces are closed (those a run still holds once it gives them back),
   * so no solver work outlives the window.
   */
  public void close() {
    running.forEach(CancelToken::cancel);
    thread.shutdownNow();
    // A cancelled run ends its query within milliseconds; let it, so nothing writes to the
    // workspace's trace cache after the window closed.
    try {
      thread.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      warm.values().forEach(WarmNf::close);
      warm.clear();
    }
  }

  /** The NF folder around file, if any (touches the disk). */
  static Optional<Path> nfDirOf(Path file) {
    return WorkspaceFolder.nfDirOf(file);
  }
}
