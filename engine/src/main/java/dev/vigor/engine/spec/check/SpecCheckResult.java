package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.ir.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking a spec: the IR when there is no error, every diagnostic found (errors,
 * warnings, notes, in the order found), and every file read (root first, as shown in messages).
 */
public record SpecCheckResult(Optional<Spec> spec, List<Diagnostic> diagnostics, List<Path> files) {
  public SpecCheckResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** Whether the spec was accepted. */
  public boolean ok() {
    return spec.isPresent();
  }
}
