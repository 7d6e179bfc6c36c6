package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.ir.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking a spec: the IR when there is no error, every diagnostic found (errors,
 * warnings, notes, in the order found), every file read (root first, as shown in messages), and
 * the SHA-256 of each text read (root first; a file that could not be read has none).
 */
public record SpecCheckResult(Optional<Spec> spec, List<Diagnostic> diagnostics, List<Path> files,
    List<SourceHash> hashes) {
  public SpecCheckResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
    hashes = List.copyOf(hashes);
  }

  /** A result with no hashes recorded. */
  public SpecCheckResult(Optional<Spec> spec, List<Diagnostic> diagnostics, List<Path> files) {
    this(spec, diagnostics, files, List.of());
  }

  /** Whether any text checked was an editor buffer that differs from its file on disk. */
  public boolean checkedUnsavedText() {
    return hashes.stream().anyMatch(SourceHash::unsaved);
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
