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
 * again when the NF's sources change); the traces, replayed from the cache once, are kept in
 * memory with their Z3 context and lent to one verification at a time; a verification that is
 * cancelled (its context interrupted) or overlaps the one holding them replays its own. A
 * verification stops at the first violated trace: an editor shows where the text is wrong, and
 * deciding every other trace (a counterexample each) would take seconds.
 * Thread-safe: a cancelled verification still finishing may overlap the next one.
 */
public final class WarmNf implements AutoCloseable {
  private final Path nfDir;
  private final TraceCache cache;
  private final long timeoutMs;
  private final Consumer<String> notes;
  private LoadedNf nf;
  private String compiledFrom;
  /** The kept traces (owner), their cache key, and whether a verification holds them now. */
  private SymexResult kept;
  private String keptKey;
  private boolean lent;

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
    this.nfDir = nfDir.toAbsolutePath().normalize();
    this.cache = Objects.requireNonNull(cache);
    this.timeoutMs = timeoutMs;
    this.notes = Objects.requireNonNull(notes);
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
    Verification.Result r = Verification.run(nfDir, loaded, List.of(specFile), timeoutMs, 1,
        ProgressListener.NONE, cancel, firstViolation, stop,
        NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, sources, run);
    Traces how = run.kept ? Traces.KEPT : stored.tracesReused() ? Traces.REPLAYED : Traces.EXPLORED;
    return new Outcome(checked, Optional.of(r.specs().get(0)), how,
        r.specs().get(0).traces().size(), millisSince(start));
  }

  /** Closes the kept traces' context (when no verification holds them; else when it ends). */
  @Override
  public synchronized void close() {
    if (kept != null && !lent) {
      kept.close();
    }
    kept = null;
  }

  /**
   * The traces for one verification: the kept ones when free and of the same key, else the
   * stored cache's (replayed or explored), which are kept when nothing is.
   */
  private synchronized SymexResult lendOrKeep(String key, SymexResult fresh, CancelToken cancel) {
    if (fresh == null) {
      if (kept == null || lent) {
        return null;
      }
      if (!key.equals(keptKey)) {
        kept.close(); // the C or its configuration changed: those traces are of another program
        kept = null;
        return null;
      }
    } else if (kept != null || lent) {
      return fresh; // the kept ones are busy: this run uses (and closes) its own
    } else {
      kept = fresh;
      keptKey = key;
    }
    lent = true;
    SymexResult owner = kept;
    return owner.lend(() -> giveBack(owner, cancel));
  }

  private synchronized void giveBack(SymexResult owner, CancelToken cancel) {
    lent = false;
    if (owner != kept) {
      owner.close(); // replaced or closed while lent
    } else if (cancel.isCancelled()) {
      // an interrupted context is not trusted for the next verification: replay afresh
      kept.close();
      kept = null;
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** One verification's cache: the kept traces when it can, the stored cache for the rest. */
  private final class Run implements VerificationCache {
    private final CachedVerification stored;
    volatile boolean kept;

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
        return stored.traces(program, config, progress, cancel, budget);
      }
      SymexResult lentNow = lendOrKeep(key, null, cancel);
      if (lentNow != null) {
        kept = true;
        return lentNow;
      }
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
