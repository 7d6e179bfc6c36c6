package dev.vigor.engine.cache;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.run.SolverBudget;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.symex.ReplayMismatch;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.VerificationCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One verification's use of a {@link TraceCache}: traces replayed from it (no solver query) or
 * explored and stored; per spec, the traces it was proved on reused and new proofs stored; and
 * what came from where, for {@link #summary()}. Thread-safe: every worker of the run calls it.
 */
public final class CachedVerification implements VerificationCache {
  private final TraceCache cache;
  private final Path nfDir;
  private final Path include;
  private final long timeoutMs;
  private final Consumer<String> notes;

  /** The digest of the traces in use (verdict keys name it); null before traces() or uncached. */
  private String digest;
  private String tracesHow = "not needed";
  private int traces = -1;
  private long symexQueries = -1;
  private long symexMillis = -1;
  private final Map<SpecCheckResult, Memo> specs = new IdentityHashMap<>();

  /** Per spec file: the proofs loaded, those reused, those made this run, and the trace count. */
  private static final class Memo {
    final String key;
    final Set<Integer> loaded;
    final Set<Integer> proved = new TreeSet<>();
    int reused;
    int decided;

    Memo(String key, Set<Integer> loaded) {
      this.key = key;
      this.loaded = loaded;
      proved.addAll(loaded);
    }
  }

  /** A run of the NF in nfDir with this per-query budget, using cache; notes get its one-line notes. */
  public CachedVerification(TraceCache cache, Path nfDir, long timeoutMs, Consumer<String> notes) {
    this(cache, nfDir, null, timeoutMs, notes);
  }

  /** As the other constructor, the NF compiled against the libVig headers in include (null: found). */
  public CachedVerification(TraceCache cache, Path nfDir, Path include, long timeoutMs,
      Consumer<String> notes) {
    this.include = include;
    this.cache = cache;
    this.nfDir = nfDir;
    this.timeoutMs = timeoutMs;
    this.notes = notes;
  }

  @Override
  public SymexResult traces(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, SolverBudget budget) {
    String key;
    try {
      key = include == null ? CacheKey.traces(nfDir, config, budget)
          : CacheKey.traces(nfDir, include, config, budget);
    } catch (IOException | RuntimeException e) {
      notes.accept("cannot compute the NF's cache key (" + e.getMessage() + "); not caching");
      return explored(SymbolicExecutor.run(program, config, progress, cancel, budget), null, "explored");
    }
    Optional<TraceRecord> stored = cache.loadTraces(key);
    String how = "explored and stored";
    if (stored.isPresent()) {
      try {
        SymexResult r = SymbolicExecutor.replay(program, config, progress, cancel, budget,
            stored.get().runs());
        return explored(r, stored.get().digest(), "reused");
      } catch (ReplayMismatch | IllegalArgumentException | NullPointerException
          | IndexOutOfBoundsException m) {
        // a record that parses but does not fit the program: never trusted, rebuilt
        cache.discardTraces(key, "did not replay (" + m.getMessage() + ")");
        how = "rebuilt";
      }
    }
    TraceRecord[] made = new TraceRecord[1];
    SymexResult r = SymbolicExecutor.run(program, config, progress, cancel, budget,
        runs -> made[0] = TraceRecord.of(key, runs));
    cache.storeTraces(made[0]);
    return explored(r, made[0].digest(), how);
  }

  private synchronized SymexResult explored(SymexResult r, String digest, String how) {
    if (traces < 0) {
      // every worker finds the same traces (Verification checks it): the first one speaks
      this.digest = digest;
      this.tracesHow = how;
      this.traces = r.traces().size();
      this.symexQueries = r.timings().queries();
      this.symexMillis = r.timings().symbolicNanos() / 1_000_000;
    }
    return r;
  }

  private synchronized Memo memo(SpecCheckResult spec) {
    return specs.computeIfAbsent(spec, s -> {
      if (digest == null) {
        return new Memo(null, Set.of());
      }
      String key = CacheKey.verdicts(digest, s.hashes(), timeoutMs);
      return new Memo(key, cache.loadProved(key));
    });
  }

  @Override
  public Optional<TraceResult> reuse(SpecCheckResult spec, int traceId) {
    Memo m = memo(spec);
    synchronized (this) {
      if (!m.loaded.contains(traceId)) {
        return Optional.empty();
      }
      m.reused++;
    }
    // a proof needs no more than its verdict: no reasons, no counterexample, no findings
    return Optional.of(new TraceResult(traceId, Verdict.PROVED, List.of(), Optional.empty(), 0));
  }

  @Override
  public void decided(SpecCheckResult spec, TraceResult result) {
    Memo m = memo(spec);
    synchronized (this) {
      m.decided++;
      if (result.verdict() == Verdict.PROVED && result.lowLevel().isEmpty()
          && result.reasons().isEmpty()) {
        m.proved.add(result.traceId());
      }
    }
  }

  @Override
  public synchronized void finished() {
    for (Memo m : specs.values()) {
      if (m.key != null && !m.proved.equals(m.loaded)) {
        cache.storeProved(m.key, m.proved);
      }
    }
  }

  /** How many traces the run used (-1 before any). */
  public synchronized int traceCount() {
    return traces;
  }

  /** Whether the traces were replayed from the cache. */
  public synchronized boolean tracesReused() {
    return tracesHow.equals("reused");
  }

  /** The symbolic execution's solver queries this run (0 when the traces were replayed). */
  public synchronized long symexQueries() {
    return symexQueries;
  }

  /** Per-trace results reused this run, over every spec file. */
  public synchronized int verdictsReused() {
    return specs.values().stream().mapToInt(m -> m.reused).sum();
  }

  /** Spec files whose every trace result came from the cache. */
  public synchronized int filesFullyReused() {
    return (int) specs.values().stream().filter(m -> m.reused > 0 && m.decided == 0).count();
  }

  /** The traces' part of {@link #summary()}: {@code cache: traces reused (19, 95 ms, 0 solver queries)}. */
  public synchronized String tracesSummary() {
    return "cache: traces " + tracesHow + (traces >= 0 ? " (" + traces + ", " + symexMillis
        + " ms, " + symexQueries + " solver queries)" : "");
  }

  /**
   * One line: e.g. {@code cache: traces reused (19, 95 ms, 0 solver queries), spec verdicts
   * reused for 12 of 13 files (228 of 247 trace results)}.
   */
  public synchronized String summary() {
    int results = specs.values().stream().mapToInt(m -> m.reused + m.decided).sum();
    return tracesSummary() + ", spec verdicts reused for " + filesFullyReused() + " of " + specs.size() + " files ("
        + verdictsReused() + " of " + results + " trace results)";
  }
}
