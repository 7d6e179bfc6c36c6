package dev.vigor.engine.cluster;

import dev.vigor.engine.cache.CacheKey;
import dev.vigor.engine.cache.TraceRecord;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.run.SolverBudget;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.symex.RecordedRun;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.validate.LowLevelFindings;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Validator;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One run on a member: the NF folder written to a temporary folder and loaded, the specs checked
 * from the shipped texts, and up to slots replays of the coordinator's exploration, each in its
 * own Z3 context (a context is not thread-safe; terms never leave it), lent to one task at a time.
 */
final class MemberRun implements AutoCloseable {
  private final RunPackage pkg;
  private final Path folder;
  private final LoadedNf nf;
  private final NfConfig config;
  private final List<Spec> specs = new ArrayList<>();
  private final List<RecordedRun> runs;
  private final int slots;
  private final CancelToken cancel = new CancelToken();
  private final LinkedBlockingQueue<Replayed> idle = new LinkedBlockingQueue<>();
  private final List<Replayed> all = new ArrayList<>();
  private boolean closed;

  /** One replay of the exploration and its validator, in one Z3 context. */
  private record Replayed(SymexResult symex, Validator validator) {}

  /** Thrown when this member must not validate the run (it would not decide as the coordinator). */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why);
    }
  }

  MemberRun(RunPackage pkg, int slots) throws IOException, Refused {
    this.pkg = pkg;
    this.slots = slots;
    this.folder = Files.createTempDirectory("vigor-run-");
    boolean ok = false;
    try {
      for (Map.Entry<String, byte[]> f : pkg.nfFiles().entrySet()) {
        Path to = folder.resolve(f.getKey()).normalize();
        if (!to.startsWith(folder)) {
          throw new Refused("the package names a file outside the NF folder: " + f.getKey());
        }
        Files.createDirectories(to.getParent());
        Files.write(to, f.getValue());
      }
      try {
        nf = LoadedNf.load(folder);
      } catch (DiagnosticException e) {
        throw new Refused("the NF does not load here: " + e.diagnostics());
      }
      config = NfConfig.load(folder).withStepBudgets(pkg.maxSteps(), pkg.maxPathSteps());
      // Same engine, libVig headers, NF and settings as the coordinator, or no work: the key
      // covers all of them, exactly as for the trace cache.
      String key = CacheKey.traces(folder, config, new SolverBudget(pkg.traceTimeoutMs()));
      if (!key.equals(pkg.tracesKey())) {
        throw new Refused("this member compiles the NF differently (other libVig headers or"
            + " engine build); start members from the same build as the coordinator");
      }
      Map<Path, String> texts = new HashMap<>();
      pkg.texts().forEach((p, t) -> texts.put(Path.of(p), t));
      SpecSources sources = SpecSources.of(texts);
      for (String f : pkg.specFiles()) {
        SpecCheckResult c = Verification.check(Path.of(pkg.nfDir()), nf, Path.of(f), sources);
        if (c.spec().isEmpty() || !c.errors().isEmpty()) {
          throw new Refused(f + " does not pass the spec checker here: " + c.errors());
        }
        specs.add(c.spec().get());
      }
      runs = TraceRecord.decodeRuns(pkg.runs());
      ok = true;
    } finally {
      if (!ok) {
        delete();
      }
    }
  }

  /** How many traces and specs the run has, for the member's log. */
  String describe() {
    return nf.descriptor().name() + ", " + pkg.traceCount() + " traces, " + specs.size()
        + " spec files";
  }

  /** The results at each position (per spec, in the package's order). */
  List<List<TraceResult>> validate(int[] positions) throws InterruptedException, Refused {
    Replayed r = borrow();
    try {
      List<List<TraceResult>> out = new ArrayList<>();
      for (int p : positions) {
        cancel.throwIfCancelled();
        if (p < 0 || p >= r.symex().traces().size()) {
          throw new Refused("no trace at position " + p);
        }
        out.add(r.validator().validate(r.symex().traces().get(p), specs));
      }
      return out;
    } finally {
      giveBack(r);
    }
  }

  /** A context no task uses any more: kept for the next, or closed when the run is over. */
  private synchronized void giveBack(Replayed r) {
    if (closed) {
      r.symex().close();
    } else {
      idle.add(r);
    }
  }

  private Replayed borrow() throws InterruptedException, Refused {
    Replayed r = idle.poll();
    if (r != null) {
      return r;
    }
    synchronized (this) {
      if (closed) {
        throw new dev.vigor.engine.run.CancelledException();
      }
      if (all.size() < slots) {
        SolverBudget budget = new SolverBudget(pkg.traceTimeoutMs());
        SymexResult symex = SymbolicExecutor.replay(nf.program(), config, ProgressListener.NONE,
            cancel, budget, runs);
        if (symex.traces().size() != pkg.traceCount()) {
          symex.close();
          throw new Refused("the replay gave " + symex.traces().size() + " traces, the"
              + " coordinator's exploration " + pkg.traceCount());
        }
        Replayed made = new Replayed(symex, new Validator(nf.program(), config, symex,
            pkg.traceTimeoutMs(), new LowLevelFindings(nf.program(), config, symex.checks())));
        all.add(made);
        return made;
      }
    }
    while (true) {
      cancel.throwIfCancelled();
      r = idle.poll(100, TimeUnit.MILLISECONDS);
      if (r != null) {
        return r;
      }
    }
  }

  /**
   * Stops the run's tasks and frees its folder and idle Z3 contexts; one a task still uses is
   * closed when the task gives it back (closing it under the task would crash Z3).
   */
  @Override
  public void close() {
    cancel.cancel();
    synchronized (this) {
      closed = true;
      for (Replayed r = idle.poll(); r != null; r = idle.poll()) {
        r.symex().close();
      }
    }
    delete();
  }

  private void delete() {
    try {
      dev.vigor.engine.FolderCopy.deleteTree(folder);
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clean
    }
  }
}
