package dev.vigor.engine.validate;

import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The source text at a location, so a counterexample can quote the spec line it names. */
final class SourceText {
  private SourceText() {}

  /**
   * The location's line, trimmed, from the text the spec was checked from (an unsaved editor
   * buffer, say), else from the file; empty when neither has it.
   */
  static Optional<String> line(SourceLocation at, dev.vigor.engine.spec.ir.Spec spec) {
    if (at == null || at.file() == null || at.line() < 1) {
      return Optional.empty();
    }
    try {
      String checked = spec == null ? null : spec.texts().get(at.file());
      List<String> lines = checked != null ? checked.lines().toList()
          : Files.readAllLines(Path.of(at.file()), StandardCharsets.UTF_8);
      return at.line() <= lines.size() ? Optional.of(lines.get(at.line() - 1).strip())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
