package dev.vigor.app.verify;

import dev.vigor.engine.diag.Diagnostic;
import java.nio.file.Path;

/**
 * A run that was not started because a spec to verify, or a property it imports, does not pass
 * the checker as the editors show it: verifying anything else would report on text the user is
 * not looking at. Names the first error so the panel can show it and lead there.
 */
final class RunRefusedException extends Exception {
  private final Path spec;
  private final Diagnostic firstError;
  private final int specsWithErrors;

  RunRefusedException(Path spec, Diagnostic firstError, int specsWithErrors) {
    super(firstError.format());
    this.spec = spec;
    this.firstError = firstError;
    this.specsWithErrors = specsWithErrors;
  }

  /** The checked spec whose text (or an import of it) has the first error. */
  Path spec() {
    return spec;
  }

  /** The first error, at file:line:col. */
  Diagnostic firstError() {
    return firstError;
  }

  /** How many of the checked specs have errors. */
  int specsWithErrors() {
    return specsWithErrors;
  }
}
