package dev.vigor.engine.validate;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.NfSourceHash;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Verifies one NF against spec files: checks each, runs the executor once, validates every trace. */
public final class Verification {
  private Verification() {}

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
   * result, the execution tree (null when the run did not keep it), and the SHA-256 of the NF's
   * code ({@link NfSourceHash}; null when not known).
   */
  public record Result(List<LowLevel> lowLevel, List<SpecResult> specs, ExecutionTree tree,
      String nfSha256) {
    public Result {
      lowLevel = List.copyOf(lowLevel);
      specs = List.copyOf(specs);
    }

    /** A result that does not name the NF's source hash ({@code nfSha256} null). */
    public Result(List<LowLevel> lowLevel, List<SpecResult> specs, ExecutionTree tree) {
      this(lowLevel, specs, tree, null);
    }

    /** A result without an execution tree. */
    public Result(List<LowLevel> lowLevel, List<SpecResult> specs) {
      this(lowLevel, specs, null);
    }
  }

  /**
   * A low-level check the executor reported; {@code confirmed} when its input, replayed
   * concretely, fails that very check (only then is it a violation; otherwise unknown). Plain
   * data: nothing here refers to the executor's Z3 context, which is closed after the run.
   */
  public record LowLevel(String check, String loc, String message, boolean failed,
      dev.vigor.engine.exec.ConcreteInput input, boolean confirmed) {
    public Verdict verdict() {
      return confirmed ? Verdict.VIOLATED : Verdict.UNKNOWN;
    }
  }

  /** Checks a spec file against the NF's interface; empty with diagnostics when malformed. */
  public static SpecCheckResult check(Path nfDir, LoadedNf nf, Path specFile) {
    return check(nfDir, nf, specFile, SpecSources.disk());
  }

  /** As {@link #check(Path, LoadedNf, Path)}, reading spec files through {@code sources}. */
  public static SpecCheckResult check(Path nfDir, LoadedNf nf, Path specFile,
      SpecSources sources) {
    return SpecChecker.check(specFile,
        new ImportSearch(Optional.of(nfDir.resolve("props")), List.of(), sources),
        Optional.of(SpecInterfaces.of(nf)));
  }

  /** Runs symbolic execution once and validates every given spec against every trace. */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles,
      long traceTimeoutMs) throws IOException {
    return run(nfDir, nf, specFiles, traceTimeoutMs, 1);
  }

  /**
   * As {@link #run(Path, LoadedNf, List, long)}, on {@code jobs} threads. A Z3 context is not
   * thread-safe, so each worker runs symbolic execution itself (its own context) and validates
   * the traces whose number is its own modulo jobs; the workers must find the same traces, and
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
    NfConfig config = NfConfig.load(nfDir);
    String nfSha256 = NfSourceHash.of(nf.descriptor());
    List<SpecCheckResult> checked = new ArrayList<>();
    for (Path f : specFiles) {
      cancel.throwIfCancelled();
      progress.onProgress(new Progress(Phase.FRONT_END, checked.size(), specFiles.size(),
          "checking " + f.getFileName()));
      checked.add(check(nfDir, nf, f, sources));
    }
    int n = Math.max(1, jobs);
    Shared shared = new Shared(specFiles, progress, cancel, observer, checked);
    // Daemon workers: one left finishing its trace after a cancel never holds the JVM open.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n,
        r -> {
          Thread t = new Thread(r, "vigor-verify-worker");
          t.setDaemon(true);
          return t;
        });
    try {
      List<java.util.concurrent.Future<Worker>> futures = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        int me = w;
        futures.add(pool.submit(() -> work(nf, config, shared, traceTimeoutMs, me, n)));
      }
      List<Worker> workers = new ArrayList<>();
      for (var f : futures) {
        workers.add(await(f, cancel));
      }
      for (Worker w : workers) {
        if (!w.traceIds().equals(workers.get(0).traceIds())) {
          throw new IllegalStateException("symbolic execution found different traces in two"
              + " workers; run with --jobs 1");
        }
      }
      List<SpecResult> out = new ArrayList<>();
      for (int s = 0; s < checked.size(); s++) {
        SpecCheckResult r = checked.get(s);
        if (r.spec().isEmpty() || r.diagnostics().stream().anyMatch(Diagnostic::isError)) {
          out.add(new SpecResult(specFiles.get(s), r.diagnostics(), List.of(), 0, r.hashes()));
          continue;
        }
        List<TraceResult> traces = new ArrayList<>();
        int count = workers.get(0).traceIds().size();
        for (int i = 0; i < count; i++) {
          traces.add(workers.get(i % n).results().get(s).get(i));
        }
        long millis = traces.stream().mapToLong(TraceResult::millis).sum();
        out.add(new SpecResult(specFiles.get(s), List.of(), traces, millis, r.hashes()));
      }
      progress.onProgress(new Progress(Phase.DONE, 1, 1, "done"));
      return new Result(workers.get(0).lowLevel(), out, workers.get(0).tree(), nfSha256);
    } catch (InterruptedException e) {
      // Interrupting the caller means the same as cancelling: stop the workers too.
      Thread.currentThread().interrupt();
      cancel.cancel();
      throw new dev.vigor.engine.run.CancelledException();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The worker's answer, or CancelledException within a poll period of a cancel: a worker deep
   * in one trace notices the cancel only when that trace's current solver query or spec step
   * ends, and the caller should not wait for that. The worker then stops on its own.
   */
  private static Worker await(java.util.concurrent.Future<Worker> f, CancelToken cancel)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    while (true) {
      cancel.throwIfCancelled();
      try {
        return f.get(CANCEL_POLL_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // still working: look at the token again
      }
    }
  }

  private static final long CANCEL_POLL_MS = 50;

  /** One worker's share: trace ids seen, per spec the results of its traces by trace position. */
  private record Worker(List<Integer> traceIds, List<Map<Integer, TraceResult>> results,
      List<LowLevel> lowLevel, ExecutionTree tree) {}

  /** What every worker of one run shares: where to report, the cancel token, the done count. */
  private record Shared(List<Path> specFiles, ProgressListener progress, CancelToken cancel,
      VerificationObserver observer, List<SpecCheckResult> checked, AtomicLong validated,
      boolean[] announced) {
    Shared(List<Path> specFiles, ProgressListener progress, CancelToken cancel,
        VerificationObserver observer, List<SpecCheckResult> checked) {
      this(specFiles, progress, cancel, observer, checked, new AtomicLong(), new boolean[1]);
    }

    /**
     * Tells the observer the traces once, whichever worker finishes exploring first; the others
     * wait here so no trace result is reported before the traces are announced.
     */
    synchronized void announce(SymexResult symex, long total) {
      if (announced[0]) {
        return;
      }
      announced[0] = true;
      observer.explored(symex.tree(),
          symex.traces().stream().map(dev.vigor.engine.symex.Trace::id).toList());
      progress.onProgress(new Progress(Phase.VALIDATION, 0, total,
          "0 of " + total + " traces checked"));
    }

    boolean valid(int s) {
      SpecCheckResult r = checked.get(s);
      return r.spec().isPresent() && r.diagnostics().stream().noneMatch(Diagnostic::isError);
    }
  }

  private static Worker work(LoadedNf nf, NfConfig config, Shared shared, long traceTimeoutMs,
      int me, int n) throws Exception {
    // Only the first worker reports exploration: every worker explores the same paths.
    ProgressListener exploring = me == 0 ? shared.progress() : ProgressListener.NONE;
    try (SymexResult symex = SymbolicExecutor.run(nf.program(), config, exploring,
            shared.cancel());
        SolverInterrupter interrupt = SolverInterrupter.arm(shared.cancel(), symex.context())) {
      Validator v = new Validator(nf.program(), config, symex, traceTimeoutMs);
      List<dev.vigor.engine.symex.Trace> all = symex.traces();
      List<SpecCheckResult> checked = shared.checked();
      long validSpecs = java.util.stream.IntStream.range(0, checked.size())
          .filter(shared::valid).count();
      long total = validSpecs * all.size();
      shared.announce(symex, total);
      List<Map<Integer, TraceResult>> results = new ArrayList<>();
      List<Integer> runnable = new ArrayList<>();
      List<Spec> specs = new ArrayList<>();
      for (int s = 0; s < checked.size(); s++) {
        results.add(new java.util.HashMap<>());
        if (shared.valid(s)) {
          runnable.add(s);
          specs.add(checked.get(s).spec().get());
        }
      }
      // Trace by trace, every spec at once: one query usually proves them all on the trace.
      for (int i = me; i < all.size() && !specs.isEmpty(); i += n) {
        shared.cancel().throwIfCancelled();
        for (int s : runnable) {
          shared.observer().traceStarted(shared.specFiles().get(s), all.get(i).id());
        }
        List<TraceResult> each = v.validate(all.get(i), specs);
        // An interrupted query reads as "solver error"; a cancelled run has no verdicts.
        shared.cancel().throwIfCancelled();
        for (int k = 0; k < runnable.size(); k++) {
          int s = runnable.get(k);
          results.get(s).put(i, each.get(k));
          shared.observer().traceDone(shared.specFiles().get(s), each.get(k));
        }
        long done = shared.validated().addAndGet(runnable.size());
        shared.progress().onProgress(new Progress(Phase.VALIDATION, done, total,
            done + " of " + total + " traces checked"));
      }
      List<LowLevel> low = new ArrayList<>();
      if (me == 0) {
        for (CheckResult c : symex.checks()) {
          boolean confirmed = false;
          if (c.status() == CheckResult.Status.FAILED && c.input() != null) {
            var run = new dev.vigor.engine.concrete.ConcreteInterpreter(nf.program(), config)
                .replay(c.input());
            confirmed = run.failed() && run.failedCheck() == c.check();
          }
          low.add(new LowLevel(String.valueOf(c.check()), String.valueOf(c.loc()), c.message(),
              c.status() == CheckResult.Status.FAILED, c.input(), confirmed));
        }
      }
      return new Worker(all.stream().map(dev.vigor.engine.symex.Trace::id).toList(), results, low,
          symex.tree());
    }
  }

}
