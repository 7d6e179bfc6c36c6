package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;

/** Where a walk records a side condition: a condition under which its values are meaningful. */
@FunctionalInterface
interface Requirements<B> {
  void require(B condition, SourceLocation at, String what);
}
