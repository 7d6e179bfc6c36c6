package dev.vigor.app.verify;

import dev.vigor.engine.spec.InitSpecFiles;
import java.nio.file.Path;

/**
 * A spec file the user can verify: the full spec, the init spec or one property.
 *
 * @param file the {@code .py} file
 * @param fullSpec whether it is the NF's full spec ({@code spec.py})
 * @param description what it states, from the file's leading comment (may be empty)
 */
public record PropertyChoice(Path file, boolean fullSpec, String description) {
  /** Whether it is an init spec ({@code init.py}), checked against nf_init's tables. */
  public boolean init() {
    return InitSpecFiles.isInitSpec(file);
  }

  /** Whether a new run has it checked: the full spec and the init spec. */
  public boolean startsChecked() {
    return fullSpec || init();
  }

  /** Where it is listed: the full spec, then the init spec, then the properties. */
  int rank() {
    return fullSpec ? 0 : init() ? 1 : 2;
  }

  /** The label in the check list. */
  @Override
  public String toString() {
    String name = file.getFileName().toString();
    return fullSpec ? name + " (full spec)" : init() ? name + " (tables after nf_init)" : name;
  }
}
