package dev.vigor.rfc.trace;

import dev.vigor.engine.diag.Diagnostic;
import java.util.List;

/** The {@code # covers:} annotations found in some files, and what was wrong with the rest. */
public record AnnotationScan(List<CoversAnnotation> annotations, List<Diagnostic> diagnostics) {
  public AnnotationScan {
    annotations = List.copyOf(annotations);
    diagnostics = List.copyOf(diagnostics);
  }
}
