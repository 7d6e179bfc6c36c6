package dev.vigor.editor;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The engine's spec checker as the editor's injected checker function. */
public final class EngineCheck {
  private EngineCheck() {}

  /**
   * Checks editor text as the spec in {@code file} (its folder is where {@code import} looks first),
   * with {@code search} and the NF interface {@code nf} supplies at each run (empty: open world).
   * Thread-safe as long as {@code nf} is.
   */
  public static Function<String, List<Diagnostic>> of(Path file, ImportSearch search,
      Supplier<Optional<NfInterface>> nf) {
    return text -> SpecChecker.checkText(file, text, search, nf.get()).diagnostics();
  }

  /** The name the checker gives {@code file}'s own diagnostics, for {@link SpecEditor#sourceNameProperty()}. */
  public static String sourceName(Path file) {
    return file.toString();
  }
}
