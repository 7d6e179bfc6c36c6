package dev.vigor.app.verify;

import dev.vigor.app.cluster.ClusterSetting;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.engine.cluster.ClusterSecret;
import dev.vigor.engine.cluster.ClusterValidation;
import dev.vigor.engine.layers.LayerRegistry;
import dev.vigor.engine.layers.StackVerification;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.validate.RemoteValidation;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * Runs {@link Verification} on the app's task executor and hands every engine event to
 * {@link Events} on the FX thread. The specs are read through the editor buffers handed in
 * ({@link SpecSources}), so what is verified is what the editors show; when a spec or a property
 * it imports does not check, the service fails with {@link RunRefusedException} before any
 * symbolic execution. Cancelling goes through the engine's {@link CancelToken}, so the service
 * fails with {@link dev.vigor.engine.run.CancelledException} once the engine has really stopped,
 * not the moment Cancel is pressed.
 */
final class VerificationService extends Service<Verification.Result> {
  /** What the view-model hears, always on the FX thread. */
  interface Events {
    void progress(Progress p);

    /** Every spec checked as it will be verified: per spec, the hash of each text read. */
    void checked(Map<Path, List<SourceHash>> sources);

    void explored(ExecutionTree tree, List<Integer> traceIds);

    void traceStarted(Path spec, int traceId);

    void traceDone(Path spec, TraceResult result);

    /** The low-level checks the NF fails or may fail, each once, before any trace is decided. */
    default void lowLevel(List<Verification.LowLevel> findings) {}

    /** The run reached its cluster: members members validate its traces. */
    default void clusterConnected(int members) {}

    /** A one-line note of a cluster run (a member left or refused). */
    default void clusterNote(String note) {}
  }

  /** Z3 time per query before a trace counts as unknown, as in {@code vigor verify}. */
  static final long TRACE_TIMEOUT_MS = 60_000;
  /** The layers the next run covers, bottom first. */
  private List<String> layers = LayerRegistry.standard().always();

  private Path nfDir;
  private List<Path> specs = List.of();
  private Map<Path, String> buffers = Map.of();
  private Events events;
  private ClusterSetting cluster = ClusterSetting.OFF;
  private volatile CancelToken token = CancelToken.none();
  private java.util.function.Function<Path, VerificationCache> caches = nf -> VerificationCache.NONE;

  VerificationService(TaskExecutor tasks) {
    // Service hands the executor a wrapper around its Task: run that on the app's one executor.
    setExecutor(runnable -> tasks.execute(new Task<Void>() {
      @Override
      protected Void call() {
        runnable.run();
        return null;
      }
    }));
  }

  /**
   * Sets what the next start verifies: the specs of the NF, read from {@code buffers} (editor
   * text by path) where given, else from disk. FX thread, while not running.
   */
  void configure(Path nfDir, List<Path> specs, Map<Path, String> buffers, Events events) {
    configure(nfDir, specs, buffers, events, ClusterSetting.OFF);
  }

  /** As above, validating on the cluster of setting when it is on. */
  void configure(Path nfDir, List<Path> specs, Map<Path, String> buffers, Events events,
      ClusterSetting setting) {
    this.cluster = setting == null ? ClusterSetting.OFF : setting;
    this.nfDir = nfDir;
    this.specs = List.copyOf(specs);
    this.buffers = Map.copyOf(buffers);
    this.events = events;
  }

  /** The layers the next run covers (ids, any order); the NF layer alone by default. */
  void setLayers(List<String> ids) {
    this.layers = LayerRegistry.standard().select(ids);
  }

  /** Where each run takes its NF's traces from (the workbench's trace cache); none by default. */
  void setCaches(java.util.function.Function<Path, VerificationCache> caches) {
    this.caches = caches;
  }

  /** Asks the engine to stop; the service fails with CancelledException when it has. */
  void stopEngine() {
    token.cancel();
  }

  @Override
  protected Task<Verification.Result> createTask() {
    Path dir = nfDir;
    List<Path> files = specs;
    SpecSources sources = SpecSources.of(buffers);
    Events to = events;
    ClusterSetting onCluster = cluster;
    List<String> covered = layers;
    // As vigor verify: the trace cache and a cluster do not combine yet.
    VerificationCache cache = onCluster.enabled() ? VerificationCache.NONE : caches.apply(dir);
    CancelToken cancel = new CancelToken();
    token = cancel;
    FxEventPump pump = new FxEventPump();
    int jobs = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new Task<>() {
      @Override
      protected Verification.Result call() throws Exception {
        pump.post(() -> to.progress(new Progress(Phase.FRONT_END, 0, -1, "reading the C sources")));
        LoadedNf nf = LoadedNf.load(dir);
        cancel.throwIfCancelled();
        checkFirst(dir, nf, files, sources, pump, to);
        if (!onCluster.enabled()) {
          return withLowerLayers(verify(dir, nf, files, jobs, sources, cache, null, cancel, pump, to), nf);
        }
        // Connected only once the specs check: a refused run never waits for a cluster.
        pump.post(() -> to.progress(new Progress(Phase.FRONT_END, 0, -1,
            "connecting to cluster " + onCluster.target().name())));
        try (ClusterValidation remote = onCluster.target().connect(System.getenv(ClusterSecret.ENV),
            note -> pump.post(() -> to.clusterNote(note)))) {
          int members = remote.members().size();
          pump.post(() -> to.clusterConnected(members));
          return withLowerLayers(verify(dir, nf, files, jobs, sources, cache, remote, cancel, pump, to), nf);
        }
      }

      // The layers below the NF that are picked, each its own code between its models.
      private Verification.Result withLowerLayers(Verification.Result nfResult, LoadedNf nf)
          throws Exception {
        if (covered.stream().noneMatch(id -> LayerRegistry.standard().code(id).isPresent())) {
          return nfResult;
        }
        pump.post(() -> to.progress(new Progress(Phase.SYMBOLIC_EXECUTION, 0, -1,
            "verifying the layers below the NF")));
        return StackVerification.withLowerLayers(nfResult, covered,
            dev.vigor.engine.catalog.LibvigIncludeLocator.locate(dir).orElseThrow(),
            nf.program().deviceCount(), (int) TRACE_TIMEOUT_MS, cancel);
      }
    };
  }

  /** One engine run, validating on remote when given, else on jobs local threads. */
  private static Verification.Result verify(Path dir, LoadedNf nf, List<Path> files, int jobs,
      SpecSources sources, VerificationCache cache, RemoteValidation remote, CancelToken cancel,
      FxEventPump pump, Events to) throws java.io.IOException {
    return Verification.run(dir, nf, files, TRACE_TIMEOUT_MS, jobs,
        p -> pump.post(() -> to.progress(p)), cancel, new VerificationObserver() {
          @Override
          public void explored(ExecutionTree tree, List<Integer> traceIds) {
            pump.post(() -> to.explored(tree, traceIds));
          }

          @Override
          public void traceStarted(Path specFile, int traceId) {
            pump.post(() -> to.traceStarted(specFile, traceId));
          }

          @Override
          public void traceDone(Path specFile, TraceResult result) {
            pump.post(() -> to.traceDone(specFile, result));
          }

          @Override
          public void lowLevel(List<Verification.LowLevel> findings) {
            pump.post(() -> to.lowLevel(findings));
          }
        }, dev.vigor.engine.run.EarlyStop.never(),
        dev.vigor.engine.exec.NfConfig.DEFAULT_MAX_STEPS,
        dev.vigor.engine.exec.NfConfig.DEFAULT_MAX_PATH_STEPS, sources, cache, remote);
  }


  /**
   * Checks each spec as it will be verified and reports the texts read; refuses the run when one
   * (or a property it imports) has an error, naming the first. Checking is milliseconds; the
   * engine checks again, on the same text, as part of the run.
   */
  private static void checkFirst(Path dir, LoadedNf nf, List<Path> files, SpecSources sources,
      FxEventPump pump, Events to) throws RunRefusedException {
    Map<Path, List<SourceHash>> hashes = new LinkedHashMap<>();
    Path firstBad = null;
    Diagnostic firstError = null;
    int bad = 0;
    for (Path f : files) {
      SpecCheckResult r = Verification.check(dir, nf, f, sources);
      hashes.put(f, r.hashes());
      if (!r.errors().isEmpty()) {
        bad++;
        if (firstError == null) {
          firstBad = f;
          firstError = r.errors().get(0);
        }
      }
    }
    pump.post(() -> to.checked(hashes));
    if (firstError != null) {
      throw new RunRefusedException(firstBad, firstError, bad);
    }
  }
}
