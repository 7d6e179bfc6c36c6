package dev.vigor.engine.validate;

import dev.vigor.engine.symex.ExecutionTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Hears about a verification while it runs, so a UI can show traces as queued, then as they are
 * decided. Called on the engine's worker threads: implementations must be quick and thread-safe.
 */
public interface VerificationObserver {
  /** Ignores everything. */
  VerificationObserver NONE = new VerificationObserver() {};

  /** Symbolic execution is over: the execution tree and the trace ids about to be validated. */
  default void explored(ExecutionTree tree, List<Integer> traceIds) {}

  /**
   * The low-level checks symbolic execution found failed or undecided, each replayed (told once,
   * right after {@link #explored}, before any trace is validated).
   */
  default void lowLevel(List<Verification.LowLevel> findings) {}

  /** A worker starts checking one trace against one spec file. */
  default void traceStarted(Path specFile, int traceId) {}

  /** One trace of one spec file is decided. */
  default void traceDone(Path specFile, TraceResult result) {}
}
