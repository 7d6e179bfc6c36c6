package dev.vigor.engine.validate;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.NfSourceHash;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.InitSpecFiles;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.symex.SymexResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies one NF against spec files: checks each, runs the executor once, validates every trace;
 * an init spec ({@link InitSpecFiles}) is verified against nf_init instead, by
 * {@link InitVerification}, without symbolic execution.
 */
public final class Verification {
  private Verification() {}

  /** How the reason of a trace an early stop left unchecked begins. */
  static final String NOT_CHECKED = "not checked: ";

  /** Whether a trace's reason says an early stop left it unchecked. */
  public static boolean isNotChecked(String reason) {
    return reason.startsWith(NOT_CHECKED);
  }

  /**
   * One spec file's outcome: its checker diagnostics if it is malformed, else every trace's result;
   * and the SHA-256 of each text verified (the spec first, then the properties it imports).
   */
  public record SpecResult(Path file, List<Diagnostic> diagnostics, List<TraceResult> traces,
      long millis, List<SourceHash> sources) {
    public SpecResult {
      diagnostics = List.copyOf(diagnostics);
      traces = List.copyOf(traces);
      sources = List.copyOf(sources);
    }

    /** A result that does not say which texts it verified. */
    public SpecResult(Path file, List<Diagnostic> diagnostics, List<TraceResult> traces,
        long millis) {
      this(file, diagnostics, traces, millis, List.of());
    }

    /** Worst verdict over the traces; unknown when there is none or the spec is malformed. */
    public Verdict verdict() {
      if (!diagnostics.isEmpty() || traces.isEmpty()) {
        return Verdict.UNKNOWN;
      }
      return traces.stream().map(TraceResult::verdict).reduce(Verdict.PROVED, Verdict::worst);
    }
  }

  /**
   * Everything one run found: the low-level checks that failed or were undecided, each spec's
   * result, the execution tree (null when the run did not keep it), and, when it stopped early
   * ({@code --fail-fast}, its time budget), why: then traces not validated are unknown, "not
   * checked", null when the run completed; and the SHA-256 of the NF's code
   * ({@link NfSourceHash}; null when not known).
   */
  public record Result(List<LowLevel> lowLevel, List<SpecResult> specs, ExecutionTree tree,
      String stopped, String nfSha256, List<String> layers,
      List<dev.vigor.engine.layers.LayerResult> lowerLayers) {
    public Result {
      lowLevel = List.copyOf(lowLevel);
      specs = List.copyOf(specs);
      layers = List.copyOf(layers);
      lowerLayers = List.copyOf(lowerLayers);
    }

    /** A run of the NF layer and layers (bottom first) without lower-layer results of its own. */
    public Result(List<LowLevel> lowLevel, List<SpecResult> specs, ExecutionTree tree,
        String stopped, String nfSha256, List<String> layers) {
      this(lowLevel, specs, tree, stopped, nfSha256, layers, List.of());
    }

    /**
     * This result with the layers below the NF verified too: layers names every layer covered
     * (bottom first), lower what verifying each lower layer found.
     */
    public Result withLowerLayers(List<String> covered, List<dev.vigor.engine.layers.LayerResult> lower) {
      return new Result(lowLevel, specs, tree, stopped, nfSha256, covered, lower);
    }

    /**
     * A run of the layers every verification covers (today the NF's own code, with libVig at its
     * contracts and the layers below modelled: the only layer the engine executes).
     */
    public Result(List<LowLevel> lowLevel, List<SpecResult> specs, ExecutionTree tree,
        String stopped, String nfSha256) {
      this(lowLevel, specs, tree, stopped, nfSha256,
          dev.vigor.engine.layers.LayerRegistry.standard().always());
    }

    /** A complete run's result. */
    public Result(List<LowLevel> lowLevel, List<SpecResult> specs, ExecutionTree tree) {
      this(lowLevel, specs, tree, null, null);
    }

    /** A result without an execution tree. */
    public Result(List<LowLevel> lowLevel, List<SpecResult> specs) {
      this(lowLevel, specs, null, null, null);
    }

    /** The worst of every spec's verdict and every low-level finding's. */
    public Verdict verdict() {
      Verdict v = lowLevel.stream().map(LowLevel::verdict).reduce(Verdict.PROVED, Verdict::worst);
      v = lowerLayers.stream().map(dev.vigor.engine.layers.LayerResult::verdict).reduce(v, Verdict::worst);
      return specs.stream().map(SpecResult::verdict).reduce(v, Verdict::worst);
    }
  }

  /**
   * A low-level check the executor reported; {@code confirmed} when its input, replayed
   * concretely, fails that very check (only then is it a violation; otherwise unknown). Plain
   * data: nothing here refers to the executor's Z3 context, which is closed after the run.
   * cSteps is the C trace up to the check, one {@code file:line:col: what} per statement; id its
   * position in the run's list (the same in every worker: they explore alike), which is how a
   * trace's findings refer to the run's.
   */
  public record LowLevel(String check, String loc, String message, boolean failed,
      dev.vigor.engine.exec.ConcreteInput input, boolean confirmed, List<String> cSteps, int id) {
    public LowLevel {
      cSteps = cSteps == null ? List.of() : List.copyOf(cSteps);
    }

    /** A finding without its C trace, the run's only one. */
    public LowLevel(String check, String loc, String message, boolean failed,
        dev.vigor.engine.exec.ConcreteInput input, boolean confirmed) {
      this(check, loc, message, failed, input, confirmed, List.of(), 0);
    }

    public Verdict verdict() {
      return confirmed ? Verdict.VIOLATED : Verdict.UNKNOWN;
    }

    /** How sure the finding is, in words: replayed, did not replay, or undecided. */
    public String status() {
      return confirmed ? "replayed" : failed ? "did not replay" : "undecided";
    }

    /** What a trace on which this lies says about it, for every spec. */
    public String onTrace() {
      if (check.equals(dev.vigor.engine.exec.LowLevelCheck.STEP_BUDGET.name())) {
        return "not decided: at " + loc + ", " + message;
      }
      return "the NF " + (confirmed ? "fails" : failed ? "may fail" : "may fail (undecided)")
          + " the low-level check " + check + " at " + loc + ": " + message
          + (confirmed ? " (replayed)" : failed ? " (its input did not replay)" : "");
    }

    /** One line: {@code CHECK at file:line:col: message (status)}. */
    public String describe() {
      return check + " at " + loc + ": " + message + " (" + status() + ")";
    }
  }

  /**
   * Checks a spec file against the NF's interface; empty with diagnostics when malformed, and
   * with a warning for each constant that differs from nf.properties' constant of its name.
   */
  public static SpecCheckResult check(Path nfDir, LoadedNf nf, Path specFile) {
    return check(nfDir, nf, specFile, SpecSources.disk());
  }

  /** As {@link #check(Path, LoadedNf, Path)}, reading spec files through {@code sources}. */
  public static SpecCheckResult check(Path nfDir, LoadedNf nf, Path specFile,
      SpecSources sources) {
    SpecCheckResult r = SpecChecker.check(specFile,
        new ImportSearch(Optional.of(nfDir.resolve("props")), List.of(), sources),
        Optional.of(SpecInterfaces.of(nf)));
    if (r.spec().isEmpty()) {
      return r;
    }
    List<Diagnostic> all = new ArrayList<>(r.diagnostics());
    all.addAll(nf.checkSpec(r.spec().get()));
    return new SpecCheckResult(r.spec(), all, r.files(), r.hashes());
  }

  /** Runs symbolic execution once and validates every given spec against every trace. */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles,
      long traceTimeoutMs) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, 1);
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long)}, on {@code jobs} threads. A Z3 context is not
   * thread-safe, so each worker runs symbolic execution itself (its own context) and validates
   * the next trace no worker has taken yet; the workers must find the same traces, and
   * results are merged in trace order, so the verdicts do not depend on jobs.
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, jobs, ProgressListener.NONE,
        CancelToken.none(), VerificationObserver.NONE);
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long, int)}, reporting phases and traces done/total to
   * progress, each decided trace to observer as soon as it is known, and stopping with
   * {@link dev.vigor.engine.run.CancelledException} soon after cancel: the token is polled between
   * traces and interrupts the solver of every worker, so a long query does not delay it.
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs, ProgressListener progress, CancelToken cancel, VerificationObserver observer)
      throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, jobs, progress, cancel, observer,
        SpecSources.disk());
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long, int, ProgressListener, CancelToken,
   * VerificationObserver)}, reading the spec files and the properties they import through
   * {@code sources}: the workbench passes its editor buffers, so unsaved text is what is verified.
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs, ProgressListener progress, CancelToken cancel, VerificationObserver observer,
      SpecSources sources) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, jobs, progress, cancel, observer,
        EarlyStop.never(), NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, sources);
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long, int, ProgressListener, CancelToken,
   * VerificationObserver)}, and when stop is triggered, returns soon after with what was decided:
   * every trace not validated by then is unknown ("not checked", with the stop's reason) for each
   * spec, but violated where a replayed low-level failure lies on it (that needs no solver), and
   * the result says why it stopped. maxSteps bounds the statements of nf_init's concrete run
   * (past it nothing is decided) and of replays, maxPathSteps those of each symbolic path (a
   * path past it is undecided).
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs, ProgressListener progress, CancelToken cancel, VerificationObserver observer,
      EarlyStop stop, long maxSteps, long maxPathSteps) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, jobs, progress, cancel, observer, stop,
        maxSteps, maxPathSteps, SpecSources.disk());
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long, int, ProgressListener, CancelToken,
   * VerificationObserver, EarlyStop, long, long)}, reading spec files through {@code sources}.
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs, ProgressListener progress, CancelToken cancel, VerificationObserver observer,
      EarlyStop stop, long maxSteps, long maxPathSteps, SpecSources sources) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, jobs, progress, cancel, observer, stop,
        maxSteps, maxPathSteps, sources, VerificationCache.NONE);
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long, int, ProgressListener, CancelToken,
   * VerificationObserver, EarlyStop, long, long, SpecSources)}, taking the traces from cache and
   * reusing the per-trace results it still holds ({@code vigor verify --cache DIR}).
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs, ProgressListener progress, CancelToken cancel, VerificationObserver observer,
      EarlyStop stop, long maxSteps, long maxPathSteps, SpecSources sources,
      VerificationCache cache) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, jobs, progress, cancel, observer, stop,
        maxSteps, maxPathSteps, sources, cache, null);
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long, int, ProgressListener, CancelToken,
   * VerificationObserver, EarlyStop, long, long, SpecSources, VerificationCache)}, the traces
   * validated by remote ({@code vigor verify --cluster}) instead of jobs local threads: this JVM
   * explores once and records it, remote validates, the results are merged as a local run's.
   * Null remote: the local thread pool. A remote run takes no cache (its traces must be recorded).
   */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles, long traceTimeoutMs,
      int jobs, ProgressListener progress, CancelToken cancel, VerificationObserver observer,
      EarlyStop stop, long maxSteps, long maxPathSteps, SpecSources sources,
      VerificationCache cache, RemoteValidation remote) throws IOException {
    if (remote != null && cache != VerificationCache.NONE) {
      throw new IllegalArgumentException("a cache cannot be used with remote validation");
    }
    // Init specs are decided by one concrete run of nf_init; only the others need the traces.
    List<Path> packetFiles = specFiles.stream().filter(f -> !InitSpecFiles.isInitSpec(f)).toList();
    Map<Path, SpecResult> inits = new java.util.HashMap<>();
    for (Path f : specFiles) {
      if (InitSpecFiles.isInitSpec(f)) {
        cancel.throwIfCancelled();
        progress.onProgress(new Progress(Phase.FRONT_END, inits.size(), specFiles.size(),
            "checking " + f.getFileName() + " against nf_init"));
        inits.put(f, InitVerification.result(nfDir, nf, f, observer, sources));
      }
    }
    if (inits.isEmpty()) {
      return runPacketSpecs(nfDir, nf, specFiles, traceTimeoutMs, jobs, progress, cancel, observer,
          stop, maxSteps, maxPathSteps, sources, cache, remote);
    }
    Result packets;
    try {
      packets = packetFiles.isEmpty() ? new Result(List.of(), List.of())
          : runPacketSpecs(nfDir, nf, packetFiles, traceTimeoutMs, jobs, progress, cancel,
              observer, stop, maxSteps, maxPathSteps, sources, cache, remote);
    } catch (dev.vigor.engine.symex.NfInitFailure f) {
      if (f.check() != null || f.budgetExhausted()) {
        throw f;
      }
      // nf_init returned false: the init spec's verdict says so; the others cannot be checked.
      List<SpecResult> unchecked = new ArrayList<>();
      for (Path p : packetFiles) {
        SpecCheckResult c = check(nfDir, nf, p, sources);
        unchecked.add(new SpecResult(p, c.diagnostics(), List.of(), 0, c.hashes()));
      }
      packets = new Result(List.of(), unchecked, null, f.getMessage(), null);
    }
    List<SpecResult> all = new ArrayList<>();
    java.util.Iterator<SpecResult> others = packets.specs().iterator();
    for (Path f : specFiles) {
      all.add(inits.containsKey(f) ? inits.get(f) : others.next());
    }
    progress.onProgress(new Progress(Phase.DONE, 1, 1, "done"));
    return new Result(packets.lowLevel(), all, packets.tree(), packets.stopped(),
        NfSourceHash.of(nf.descriptor()));
  }

  private static Result runPacketSpecs(Path nfDir, LoadedNf nf, List<Path> specFiles,
      long traceTimeoutMs, int jobs, ProgressListener progress, CancelToken cancel,
      VerificationObserver observer, EarlyStop stop, long maxSteps, long maxPathSteps,
      SpecSources sources, VerificationCache cache, RemoteValidation remote) throws IOException {
    NfConfig config = NfConfig.load(nfDir).withStepBudgets(maxSteps, maxPathSteps);
    String nfSha256 = NfSourceHash.of(nf.descriptor());
    List<SpecCheckResult> checked = new ArrayList<>();
    for (Path f : specFiles) {
      cancel.throwIfCancelled();
      progress.onProgress(new Progress(Phase.FRONT_END, checked.size(), specFiles.size(),
          "checking " + f.getFileName()));
      checked.add(check(nfDir, nf, f, sources));
    }
    // Remote: one local worker explores (recording) and hands the traces on.
    int n = remote == null ? Math.max(1, jobs) : 1;
    Remote far = remote == null ? null
        : new Remote(remote, nfDir, sources, maxSteps, maxPathSteps);
    // The workers stop on either token; only a cancel throws the work away.
    CancelToken halt = new CancelToken();
    Shared shared = new Shared(specFiles, progress, halt, observer, checked);
    // Daemon workers: one left finishing its trace after a cancel never holds the JVM open.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n,
        r -> {
          Thread t = new Thread(r, "vigor-verify-worker");
          t.setDaemon(true);
          return t;
        });
    try (AutoCloseable c = cancel.onCancel(halt::cancel); AutoCloseable s = stop.onStop(halt::cancel)) {
      List<java.util.concurrent.Future<Worker>> futures = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        int me = w;
        futures.add(pool.submit(() -> work(nf, config, shared, traceTimeoutMs, me, n, cache, far)));
      }
      List<Worker> workers = new ArrayList<>();
      for (var f : futures) {
        Worker w = await(f, halt, cancel);
        if (w == null) {
          break; // stopped early: answer with what is decided now
        }
        workers.add(w);
      }
      if (workers.size() == n) {
        for (Worker w : workers) {
          if (!w.traceIds().equals(workers.get(0).traceIds())) {
            throw new IllegalStateException("symbolic execution found different traces in two"
                + " workers; run with --jobs 1");
          }
        }
      }
      cancel.throwIfCancelled();
      String stopped = workers.size() == n && !stop.isStopped() ? null
          : stop.reason() != null ? stop.reason() : "stopped early";
      Result result = shared.result(stopped, nfSha256);
      progress.onProgress(new Progress(Phase.DONE, 1, 1, stopped == null ? "done" : stopped));
      return result;
    } catch (InterruptedException e) {
      // Interrupting the caller means the same as cancelling: stop the workers too.
      Thread.currentThread().interrupt();
      cancel.cancel();
      throw new dev.vigor.engine.run.CancelledException();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof dev.vigor.engine.run.CancelledException && stop.isStopped()
          && !cancel.isCancelled()) {
        return shared.result(stop.reason(), nfSha256); // a worker noticed the stop before the caller did
      }
      if (e.getCause() instanceof dev.vigor.engine.symex.NfInitFailure f && f.budgetExhausted()) {
        return shared.result(f.loc() + ": " + f.what(), nfSha256); // nothing decided: every spec unknown
      }
      if (e.getCause() instanceof dev.vigor.engine.symex.NfInitFailure f && f.check() != null) {
        // nf_init faults with the NF's own configuration: the NF's defect, and nothing verified
        shared.initFailed(new LowLevel(f.check().name(), f.loc().toString(), f.what(), true,
            null, true));
        return shared.result("nf_init fails a low-level check; nothing was verified",
            nfSha256);
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error error) {
        throw error; // out of memory in a worker: the caller's to report, not to wrap
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // closing a token hook: never throws
    } finally {
      pool.shutdownNow();
      cache.finished();
    }
  }

  /**
   * The worker's answer, or CancelledException within a poll period of a cancel, or null within
   * one of an early stop: a worker deep in one trace notices either only when that trace's
   * current solver query or spec step ends, and the caller should not wait for that. The worker
   * then stops on its own.
   */
  private static Worker await(java.util.concurrent.Future<Worker> f, CancelToken halt,
      CancelToken cancel) throws InterruptedException, java.util.concurrent.ExecutionException {
    while (true) {
      cancel.throwIfCancelled();
      if (halt.isCancelled()) {
        return null;
      }
      try {
        return f.get(CANCEL_POLL_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // still working: look at the tokens again
      }
    }
  }

  private static final long CANCEL_POLL_MS = 50;

  /** One worker's share: the trace ids it found (every worker must find the same). */
  private record Worker(List<Integer> traceIds) {}

  /**
   * What every worker of one run shares: where to report, the token that stops them, the done
   * count, and what the run found so far (the traces, low-level findings, tree, and each spec's
   * results by trace position), so an early stop can answer with it.
   */
  private static final class Shared {
    final List<Path> specFiles;
    final ProgressListener progress;
    final CancelToken halt;
    final VerificationObserver observer;
    final List<SpecCheckResult> checked;
    final AtomicLong validated = new AtomicLong();
    /** The position of the next trace a local worker validates. */
    final java.util.concurrent.atomic.AtomicInteger nextTrace =
        new java.util.concurrent.atomic.AtomicInteger();
    final List<java.util.concurrent.ConcurrentHashMap<Integer, TraceResult>> results = new ArrayList<>();
    private boolean announced;
    private List<Integer> traceIds = List.of();
    private List<List<LowLevel>> findingsByTrace = List.of();
    private List<LowLevel> lowLevel = List.of();
    private ExecutionTree tree;

    Shared(List<Path> specFiles, ProgressListener progress, CancelToken halt,
        VerificationObserver observer, List<SpecCheckResult> checked) {
      this.specFiles = specFiles;
      this.progress = progress;
      this.halt = halt;
      this.observer = observer;
      this.checked = checked;
      for (int s = 0; s < checked.size(); s++) {
        results.add(new java.util.concurrent.ConcurrentHashMap<>());
      }
    }

    /**
     * Tells the observer the traces and the low-level findings once, whichever worker finishes
     * exploring first; the others wait here so no trace result is reported before the traces are
     * announced.
     */
    synchronized void announce(SymexResult symex, LowLevelFindings findings, long total) {
      if (announced) {
        return;
      }
      announced = true;
      traceIds = symex.traces().stream().map(dev.vigor.engine.symex.Trace::id).toList();
      findingsByTrace = symex.traces().stream().map(findings::on).toList();
      lowLevel = findings.all();
      tree = symex.tree();
      observer.explored(symex.tree(), traceIds);
      observer.lowLevel(lowLevel);
      progress.onProgress(new Progress(Phase.VALIDATION, 0, total,
          "0 of " + total + " traces checked"));
    }

    /**
     * Trace position i is decided for the runnable specs (each one's result in order): recorded,
     * told to the observer, counted, whichever worker or remote validator decided it.
     */
    void decided(int i, List<Integer> runnable, List<TraceResult> each, long total) {
      for (int k = 0; k < runnable.size(); k++) {
        int s = runnable.get(k);
        results.get(s).put(i, each.get(k));
        observer.traceDone(specFiles.get(s), each.get(k));
      }
      long done = validated.addAndGet(runnable.size());
      progress.onProgress(new Progress(Phase.VALIDATION, done, total,
          done + " of " + total + " traces checked"));
    }

    /** nf_init failed f: the run's one finding. */
    synchronized void initFailed(LowLevel f) {
      lowLevel = List.of(f);
    }

    boolean valid(int s) {
      SpecCheckResult r = checked.get(s);
      return r.spec().isPresent() && r.diagnostics().stream().noneMatch(Diagnostic::isError);
    }

    /**
     * The run's result from what is recorded; stopped says why traces are missing (null when
     * the run completed, and then none is).
     */
    synchronized Result result(String stopped, String nfSha256) {
      List<SpecResult> out = new ArrayList<>();
      boolean missing = !announced;
      for (int s = 0; s < checked.size(); s++) {
        if (!valid(s)) {
          out.add(new SpecResult(specFiles.get(s), checked.get(s).diagnostics(), List.of(), 0,
              checked.get(s).hashes()));
          continue;
        }
        List<TraceResult> traces = new ArrayList<>();
        for (int i = 0; i < traceIds.size(); i++) {
          TraceResult r = results.get(s).get(i);
          if (r == null) {
            missing = true;
            TraceResult.Builder b = new TraceResult.Builder(traceIds.get(i));
            findingsByTrace.get(i).forEach(b::lowLevel);
            b.unknown(NOT_CHECKED + (stopped == null ? "the run ended early" : stopped));
            r = b.build(0);
          }
          traces.add(r);
        }
        long millis = traces.stream().mapToLong(TraceResult::micros).sum() / 1000;
        out.add(new SpecResult(specFiles.get(s), List.of(), traces, millis,
            checked.get(s).hashes()));
      }
      // stopped after the last trace was decided: nothing is missing, the run is complete
      return new Result(lowLevel, out, tree, missing ? stopped : null, nfSha256);
    }
  }

  /** A remote run's settings besides the worker's: where its validation goes and what it needs. */
  private record Remote(RemoteValidation to, Path nfDir, SpecSources sources, long maxSteps,
      long maxPathSteps) {}

  private static Worker work(LoadedNf nf, NfConfig config, Shared shared, long traceTimeoutMs,
      int me, int n, VerificationCache cache, Remote remote) throws Exception {
    // Only the first worker reports exploration: every worker explores the same paths.
    ProgressListener exploring = me == 0 ? shared.progress : ProgressListener.NONE;
    // The user's budget bounds the executor's queries as it bounds the validator's.
    dev.vigor.engine.run.SolverBudget budget = new dev.vigor.engine.run.SolverBudget(traceTimeoutMs);
    List<List<dev.vigor.engine.symex.RecordedRun>> recorded = new ArrayList<>();
    try (SymexResult symex = remote == null
            ? cache.traces(nf.program(), config, exploring, shared.halt, budget)
            : dev.vigor.engine.symex.SymbolicExecutor.run(nf.program(), config, exploring,
                shared.halt, budget, recorded::add);
        SolverInterrupter interrupt = SolverInterrupter.arm(shared.halt, symex.context())) {
      LowLevelFindings findings = new LowLevelFindings(nf.program(), config, symex.checks());
      Validator v = new Validator(nf.program(), config, symex, traceTimeoutMs, findings)
          .haltedBy(shared.halt);
      List<dev.vigor.engine.symex.Trace> all = symex.traces();
      List<SpecCheckResult> checked = shared.checked;
      long validSpecs = java.util.stream.IntStream.range(0, checked.size())
          .filter(shared::valid).count();
      long total = validSpecs * all.size();
      shared.announce(symex, findings, total);
      List<Integer> runnable = new ArrayList<>();
      List<Spec> specs = new ArrayList<>();
      for (int s = 0; s < checked.size(); s++) {
        if (shared.valid(s)) {
          runnable.add(s);
          specs.add(checked.get(s).spec().get());
        }
      }
      if (remote != null && !specs.isEmpty()) {
        List<Path> files = runnable.stream().map(shared.specFiles::get).toList();
        List<SpecCheckResult> texts = runnable.stream().map(checked::get).toList();
        remote.to().validate(new RemoteValidation.Work(remote.nfDir(), files, texts,
                remote.sources(), remote.maxSteps(), remote.maxPathSteps(), traceTimeoutMs,
                recorded.get(0), all.size()),
            (i, each) -> shared.decided(i, runnable, each, total),
            i -> validate(v, cache, all.get(i), runnable, specs, checked), shared.halt);
        return new Worker(all.stream().map(dev.vigor.engine.symex.Trace::id).toList());
      }
      // Trace by trace, every spec at once: one query usually proves them all on the trace.
      // Each worker takes the next undecided trace: traces differ in cost by 10x or more, and
      // a fixed split (every n-th trace) left one worker idle while the other finished its share.
      for (int i = shared.nextTrace.getAndIncrement(); i < all.size() && !specs.isEmpty();
          i = shared.nextTrace.getAndIncrement()) {
        shared.halt.throwIfCancelled();
        for (int s : runnable) {
          shared.observer.traceStarted(shared.specFiles.get(s), all.get(i).id());
        }
        List<TraceResult> each = validate(v, cache, all.get(i), runnable, specs, checked);
        // An interrupted query reads as "solver error": a stopped trace has no verdicts.
        shared.halt.throwIfCancelled();
        shared.decided(i, runnable, each, total);
      }
      return new Worker(all.stream().map(dev.vigor.engine.symex.Trace::id).toList());
    }
  }

  /**
   * The trace's result for each spec, in order: the cache's where it still holds one, the rest
   * decided by the validator (together, as before) and handed to the cache.
   */
  private static List<TraceResult> validate(Validator v, VerificationCache cache,
      dev.vigor.engine.symex.Trace trace, List<Integer> runnable, List<Spec> specs,
      List<SpecCheckResult> checked) {
    TraceResult[] out = new TraceResult[specs.size()];
    List<Spec> rest = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int k = 0; k < specs.size(); k++) {
      Optional<TraceResult> known = cache.reuse(checked.get(runnable.get(k)), trace.id());
      if (known.isPresent()) {
        out[k] = known.get();
      } else {
        rest.add(specs.get(k));
        at.add(k);
      }
    }
    if (!rest.isEmpty()) {
      List<TraceResult> decided = v.validate(trace, rest);
      for (int j = 0; j < at.size(); j++) {
        out[at.get(j)] = decided.get(j);
        cache.decided(checked.get(runnable.get(at.get(j))), decided.get(j));
      }
    }
    return List.of(out);
  }

}
