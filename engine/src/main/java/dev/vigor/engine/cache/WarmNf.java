package dev.vigor.engine.cache;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.NfSourceHash;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.run.SolverBudget;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One NF kept compiled next to a {@link TraceCache}, verifying one spec text at a time against
 * its traces: what an editor re-verifies on every pause in typing. The C front end runs once (and
 * again when the NF's sources change); the traces, replayed from the cache, are kept in memory,
 * one copy with its own Z3 context per worker thread, each lent to one worker at a time, with
 * each trace's solver (see {@code SymexResult.keepPerTrace}); a verification that overlaps the
 * one holding them replays its own, and one that is cancelled (typing went on) gives them back
 * for the next. A verification stops at the first violated trace: an editor shows where the text
 * is wrong, and deciding every other trace (a counterexample each) would take seconds.
 * Thread-safe: a cancelled verification still finishing may overlap the next one.
 */
public final class WarmNf implements AutoCloseable {
  private final Path nfDir;
  private final TraceCache cache;
  private final long timeoutMs;
  private final Consumer<String> notes;
  private LoadedNf nf;
  private String compiledFrom;
  /** Worker threads per verification: each validates its share of the traces on its own copy. */
  private final int jobs;
  /**
   * The kept copies of the traces (each owns its Z3 context), their cache key, and which are
   * lent to a verification's worker now. A context is used by one thread at a time, so a
   * verification on jobs threads borrows one copy per thread.
   */
  private final java.util.List<SymexResult> kept = new java.util.ArrayList<>();
  private final java.util.Set<SymexResult> lent =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private String keptKey;

  /**
   * What one verification found: the spec as checked, and when it checked, its result (empty
   * when the spec has errors); where the traces came from (kept in memory, replayed from the
   * cache, or explored), how many, and the wall time.
   */
  public record Outcome(SpecCheckResult checked, Optional<Verification.SpecResult> result,
      Traces traces, int traceCount, long millis) {
    /** Whether the traces were not explored (kept or replayed from the cache). */
    public boolean tracesFromCache() {
      return traces == Traces.KEPT || traces == Traces.REPLAYED;
    }
  }

  /** Where a verification's traces came from. */
  public enum Traces {
    NONE, KEPT, REPLAYED, EXPLORED
  }

  /** The NF in nfDir, its traces in cache, each solver query given timeoutMs; notes hears the cache. */
  public WarmNf(Path nfDir, TraceCache cache, long timeoutMs, Consumer<String> notes) {
    this(nfDir, cache, timeoutMs, notes, defaultJobs());
  }

  /** As the other constructor, validating on jobs threads (at least one). */
  public WarmNf(Path nfDir, TraceCache cache, long timeoutMs, Consumer<String> notes, int jobs) {
    this.nfDir = nfDir.toAbsolutePath().normalize();
    this.cache = Objects.requireNonNull(cache);
    this.timeoutMs = timeoutMs;
    this.notes = Objects.requireNonNull(notes);
    this.jobs = Math.max(1, jobs);
  }

  /**
   * Two threads where there are two cores: validating is nearly all solver time, which splits
   * evenly over traces; more threads would take cores the editor and the rest of the workbench need.
   */
  private static int defaultJobs() {
    return Math.min(2, Runtime.getRuntime().availableProcessors());
  }

  /** The NF's folder. */
  public Path nfDir() {
    return nfDir;
  }

  /** The NF compiled from its sources as they are now (compiled again when they changed). */
  public LoadedNf nf() throws DiagnosticException, IOException {
    String now = NfSourceHash.of(nfDir);
    synchronized (this) {
      if (nf == null || !now.equals(compiledFrom)) {
        nf = LoadedNf.load(nfDir);
        compiledFrom = now;
      }
      return nf;
    }
  }

  /** Why a verification stopped before deciding every trace. */
  public static final String STOPPED = "stopped at the first violated trace";

  /**
   * Verifies specFile, read (with the properties it imports) through sources, against every
   * trace up to the first violated one (then the rest are unknown, {@link #STOPPED}); throws
   * {@link dev.vigor.engine.run.CancelledException} soon after cancel.
   */
  public Outcome verify(Path specFile, SpecSources sources, CancelToken cancel)
      throws IOException, DiagnosticException {
    long start = System.nanoTime();
    LoadedNf loaded = nf();
    cancel.throwIfCancelled();
    SpecCheckResult checked = Verification.check(nfDir, loaded, specFile, sources);
    if (checked.spec().isEmpty() || !checked.errors().isEmpty()) {
      return new Outcome(checked, Optional.empty(), Traces.NONE, 0, millisSince(start));
    }
    CachedVerification stored = new CachedVerification(cache, nfDir, timeoutMs, notes);
    Run run = new Run(stored);
    EarlyStop stop = new EarlyStop();
    VerificationObserver firstViolation = new VerificationObserver() {
      @Override
      public void traceDone(Path spec, TraceResult result) {
        if (result.verdict() == dev.vigor.engine.validate.Verdict.VIOLATED) {
          stop.stop(STOPPED);
        }
      }
    };
    Verification.Result r = Verification.run(nfDir, loaded, List.of(specFile), timeoutMs, jobs,
        ProgressListener.NONE, cancel, firstViolation, stop,
        NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, sources, run);
    // A run stopped at its first violation may end before every worker asked for traces: only
    // the workers that went to the stored cache say whether anything was replayed or explored.
    Traces how = run.fromStore.get() == 0 ? Traces.KEPT
        : stored.tracesReused() ? Traces.REPLAYED : Traces.EXPLORED;
    return new Outcome(checked, Optional.of(r.specs().get(0)), how,
        r.specs().get(0).traces().size(), millisSince(start));
  }

  /** Closes the kept traces' contexts (those lent now when they are given back). */
  @Override
  public synchronized void close() {
    for (SymexResult k : kept) {
      if (!lent.contains(k)) {
        k.close();
      }
    }
    kept.clear();
  }

  /**
   * The traces for one worker of a verification: a free kept copy of the same key, else the
   * stored cache's (replayed or explored), kept when fewer than jobs copies are.
   */
  private synchronized SymexResult lendOrKeep(String key, SymexResult fresh, CancelToken cancel) {
    if (!key.equals(keptKey)) {
      // the C or its configuration changed: the kept traces are of another program
      for (SymexResult k : kept) {
        if (!lent.contains(k)) {
          k.close();
        }
      }
      kept.clear();
      keptKey = key;
    }
    SymexResult owner = null;
    if (fresh == null) {
      owner = freeCopy(key);
      if (owner == null) {
        return null;
      }
    } else if (kept.size() < jobs) {
      kept.add(fresh.keepPerTrace());
      owner = fresh;
    } else {
      return fresh; // every kept copy is busy: this run uses (and closes) its own
    }
    lent.add(owner);
    SymexResult mine = owner;
    return owner.lend(() -> giveBack(mine, cancel));
  }

  /**
   * A kept copy no verification holds; when every one is held, waits a little for one to come
   * back (a stopped or cancelled run's worker ends its trace within milliseconds), since
   * replaying a copy of its own costs a verification far more (with every trace's solver cold).
   */
  private SymexResult freeCopy(String key) {
    long deadline = System.nanoTime() + COPY_WAIT_MS * 1_000_000;
    while (true) {
      SymexResult free = kept.stream().filter(k -> !lent.contains(k)).findFirst().orElse(null);
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (free != null || kept.size() < jobs || left <= 0) {
        return free;
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      if (!key.equals(keptKey)) {
        return null; // another program's copies came back meanwhile
      }
    }
  }

  /** How long a verification waits for a kept copy of the traces before replaying its own. */
  private static final long COPY_WAIT_MS = 250;

  private synchronized void giveBack(SymexResult owner, CancelToken cancel) {
    notifyAll();
    lent.remove(owner);
    if (!kept.contains(owner)) {
      owner.close(); // replaced or closed while lent
    } else if (cancel.isCancelled() && !interruptCleared(owner.context())) {
      kept.remove(owner); // the context still refuses work: replay afresh next time
      owner.close();
    }
  }

  /**
   * Whether ctx takes work again after a cancel or an early stop interrupted it: Z3 keeps the
   * last interrupt until its next check, and until then refuses a push ("push canceled"), so a
   * trivial check clears it. Kept solvers that an interrupt left with an open scope are rebuilt
   * by the validator ({@code TraceSolver.usable}).
   */
  private static boolean interruptCleared(com.microsoft.z3.Context ctx) {
    try {
      ctx.mkSolver().check();
      return true;
    } catch (com.microsoft.z3.Z3Exception e) {
      return false;
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** One verification's cache: the kept traces when it can, the stored cache for the rest. */
  private final class Run implements VerificationCache {
    private final CachedVerification stored;
    /** How many went to the stored cache (replayed or explored) for want of a free kept copy. */
    final java.util.concurrent.atomic.AtomicInteger fromStore = new java.util.concurrent.atomic.AtomicInteger();

    Run(CachedVerification stored) {
      this.stored = stored;
    }

    @Override
    public SymexResult traces(Program program, NfConfig config, ProgressListener progress,
        CancelToken cancel, SolverBudget budget) {
      String key;
      try {
        key = CacheKey.traces(nfDir, config, budget);
      } catch (IOException | RuntimeException e) {
        fromStore.incrementAndGet();
        return stored.traces(program, config, progress, cancel, budget);
      }
      SymexResult lentNow = lendOrKeep(key, null, cancel);
      if (lentNow != null) {
        return lentNow;
      }
      fromStore.incrementAndGet();
      return lendOrKeep(key, stored.traces(program, config, progress, cancel, budget), cancel);
    }

    @Override
    public Optional<TraceResult> reuse(SpecCheckResult spec, int traceId) {
      return stored.reuse(spec, traceId);
    }

    @Override
    public void decided(SpecCheckResult spec, TraceResult result) {
      stored.decided(spec, result);
    }

    @Override
    public void finished() {
      stored.finished();
    }
  }
}
