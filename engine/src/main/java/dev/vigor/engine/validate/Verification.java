package dev.vigor.engine.validate;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verifies one NF against spec files: checks each, runs the executor once, validates every trace. */
public final class Verification {
  private Verification() {}

  /** One spec file's outcome: its checker diagnostics if it is malformed, else every trace's result. */
  public record SpecResult(Path file, List<Diagnostic> diagnostics, List<TraceResult> traces,
      long millis) {
    public SpecResult {
      diagnostics = List.copyOf(diagnostics);
      traces = List.copyOf(traces);
    }

    /** Worst verdict over the traces; unknown when there is none or the spec is malformed. */
    public Verdict verdict() {
      if (!diagnostics.isEmpty() || traces.isEmpty()) {
        return Verdict.UNKNOWN;
      }
      return traces.stream().map(TraceResult::verdict).reduce(Verdict.PROVED, Verdict::worst);
    }
  }

  /** Everything one run found: the low-level checks that failed or were undecided, and each spec's result. */
  public record Result(List<LowLevel> lowLevel, List<SpecResult> specs) {
    public Result {
      lowLevel = List.copyOf(lowLevel);
      specs = List.copyOf(specs);
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
    return SpecChecker.check(specFile,
        new ImportSearch(Optional.of(nfDir.resolve("props")), List.of()),
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
    NfConfig config = NfConfig.load(nfDir);
    List<SpecCheckResult> checked = new ArrayList<>();
    for (Path f : specFiles) {
      checked.add(check(nfDir, nf, f));
    }
    int n = Math.max(1, jobs);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      List<java.util.concurrent.Future<Worker>> futures = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        int me = w;
        futures.add(pool.submit(() -> work(nf, config, checked, traceTimeoutMs, me, n)));
      }
      List<Worker> workers = new ArrayList<>();
      for (var f : futures) {
        workers.add(f.get());
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
          out.add(new SpecResult(specFiles.get(s), r.diagnostics(), List.of(), 0));
          continue;
        }
        List<TraceResult> traces = new ArrayList<>();
        int count = workers.get(0).traceIds().size();
        for (int i = 0; i < count; i++) {
          traces.add(workers.get(i % n).results().get(s).get(i));
        }
        long millis = traces.stream().mapToLong(TraceResult::millis).sum();
        out.add(new SpecResult(specFiles.get(s), List.of(), traces, millis));
      }
      return new Result(workers.get(0).lowLevel(), out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
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

  /** One worker's share: trace ids seen, per spec the results of its traces by trace position. */
  private record Worker(List<Integer> traceIds, List<Map<Integer, TraceResult>> results,
      List<LowLevel> lowLevel) {}

  private static Worker work(LoadedNf nf, NfConfig config, List<SpecCheckResult> checked,
      long traceTimeoutMs, int me, int n) {
    try (SymexResult symex = SymbolicExecutor.run(nf.program(), config, ProgressListener.NONE,
        CancelToken.none())) {
      Validator v = new Validator(nf.program(), config, symex, traceTimeoutMs);
      List<dev.vigor.engine.symex.Trace> all = symex.traces();
      List<Map<Integer, TraceResult>> results = new ArrayList<>();
      List<Integer> runnable = new ArrayList<>();
      List<Spec> specs = new ArrayList<>();
      for (int s = 0; s < checked.size(); s++) {
        results.add(new java.util.HashMap<>());
        SpecCheckResult r = checked.get(s);
        if (r.spec().isPresent() && r.diagnostics().stream().noneMatch(Diagnostic::isError)) {
          runnable.add(s);
          specs.add(r.spec().get());
        }
      }
      // Trace by trace, every spec at once: one query usually proves them all on the trace.
      for (int i = me; i < all.size() && !specs.isEmpty(); i += n) {
        List<TraceResult> each = v.validate(all.get(i), specs);
        for (int k = 0; k < runnable.size(); k++) {
          results.get(runnable.get(k)).put(i, each.get(k));
        }
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
      return new Worker(all.stream().map(dev.vigor.engine.symex.Trace::id).toList(), results, low);
    }
  }

}
