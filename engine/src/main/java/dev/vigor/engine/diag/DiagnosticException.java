package dev.vigor.engine.diag;

import java.util.List;

/** Thrown when input is rejected; carries every diagnostic found, errors first. */
public final class DiagnosticException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public DiagnosticException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "rejected" : diagnostics.get(0).format());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public DiagnosticException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** The diagnostics, in the order they were found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
