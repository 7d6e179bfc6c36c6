package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;

/** Chooses the way a spec path goes at a branch: evaluate it (concrete) or follow a plan (symbolic). */
@FunctionalInterface
public interface BranchOracle<B> {
  /** Whether {@code condition} is taken as true on this path. */
  boolean decide(B condition, SourceLocation at);
}
