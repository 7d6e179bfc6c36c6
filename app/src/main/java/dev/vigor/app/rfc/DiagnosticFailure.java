package dev.vigor.app.rfc;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import java.util.stream.Collectors;

/** A task failure that carries file:line:col messages meant for the user, one per line. */
final class DiagnosticFailure extends Exception {
  DiagnosticFailure(String message) {
    super(message);
  }

  static DiagnosticFailure of(DiagnosticException e) {
    return new DiagnosticFailure(
        e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
  }

  /** What to show for any task failure: our own message, else the exception's, never a stack trace. */
  static String describe(Throwable error) {
    if (error == null) {
      return "unknown error";
    }
    if (error instanceof DiagnosticFailure) {
      return error.getMessage();
    }
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
