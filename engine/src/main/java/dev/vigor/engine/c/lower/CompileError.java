package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;

/** Aborts lowering of one declaration or statement with a diagnostic; caught one level up so others still get checked. */
final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  CompileError(SourceLocation at, String message) {
    super(message, null, false, false);
    this.diagnostic = Diagnostic.error(at, message);
  }

  Diagnostic diagnostic() {
    return diagnostic;
  }
}
