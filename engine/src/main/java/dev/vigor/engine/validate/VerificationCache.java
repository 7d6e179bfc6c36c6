package dev.vigor.engine.validate;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.run.SolverBudget;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.util.Optional;

/**
 * Where a verification gets the NF's traces and which earlier per-trace verdicts it may reuse:
 * {@link #NONE} explores every time and reuses nothing. Called from every worker thread at once.
 */
public interface VerificationCache {
  /** No cache: what a run did before caches existed. */
  VerificationCache NONE = new VerificationCache() {};

  /** The NF's traces for this configuration and solver budget; explored here by default. */
  default SymexResult traces(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, SolverBudget budget) {
    return SymbolicExecutor.run(program, config, progress, cancel, budget);
  }

  /**
   * A result an earlier run decided for this spec (with the texts it was checked from) on the
   * trace with this id that still holds, to use instead of deciding it again; empty by default.
   */
  default Optional<TraceResult> reuse(SpecCheckResult spec, int traceId) {
    return Optional.empty();
  }

  /** A result just decided for spec, for later runs. */
  default void decided(SpecCheckResult spec, TraceResult result) {}

  /** The run is over (done, stopped early or failed): keep what is worth keeping. */
  default void finished() {}
}
