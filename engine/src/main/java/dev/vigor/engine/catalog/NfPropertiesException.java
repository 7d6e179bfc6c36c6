package dev.vigor.engine.catalog;

import dev.vigor.engine.diag.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** An nf.properties that cannot be used: its errors, each at file:line:col. */
public final class NfPropertiesException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public NfPropertiesException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format)
        .collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, errors and warnings. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
