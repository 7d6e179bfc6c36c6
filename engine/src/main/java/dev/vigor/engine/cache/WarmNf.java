package dev.vigor.engine.cache;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationObserver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One NF kept compiled next to a {@link TraceCache}, verifying one spec text at a time against
 * the cached traces: what an editor re-verifies on every pause in typing. The C front end runs
 * once, on the first verification; each verification then replays the stored traces (no solver
 * query) and validates them. Thread-safe: a verification cancelled but still finishing may
 * overlap the next one.
 */
public final class WarmNf {
  private final Path nfDir;
  private final TraceCache cache;
  private final long timeoutMs;
  private final Consumer<String> notes;
  private LoadedNf nf;

  /**
   * What one verification found: the spec as checked, and when it checked, its result (empty
   * when the spec has errors), whether the traces came from the cache, and the wall time.
   */
  public record Outcome(SpecCheckResult checked, Optional<Verification.SpecResult> result,
      boolean tracesFromCache, int traces, long millis) {}

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

  /** The NF compiled, the first call compiling it. */
  public synchronized LoadedNf nf() throws DiagnosticException {
    if (nf == null) {
      nf = LoadedNf.load(nfDir);
    }
    return nf;
  }

  /**
   * Verifies specFile, read (with the properties it imports) through sources, against every
   * trace; throws {@link dev.vigor.engine.run.CancelledException} soon after cancel.
   */
  public Outcome verify(Path specFile, SpecSources sources, CancelToken cancel)
      throws IOException, DiagnosticException {
    long start = System.nanoTime();
    LoadedNf loaded = nf();
    cancel.throwIfCancelled();
    SpecCheckResult checked = Verification.check(nfDir, loaded, specFile, sources);
    if (checked.spec().isEmpty() || !checked.errors().isEmpty()) {
      return new Outcome(checked, Optional.empty(), false, 0, millisSince(start));
    }
    CachedVerification use = new CachedVerification(cache, nfDir, timeoutMs, notes);
    Verification.Result r = Verification.run(nfDir, loaded, List.of(specFile), timeoutMs, 1,
        ProgressListener.NONE, cancel, VerificationObserver.NONE, EarlyStop.never(),
        NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, sources, use);
    return new Outcome(checked, Optional.of(r.specs().get(0)), use.tracesReused(),
        Math.max(0, use.traceCount()), millisSince(start));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
