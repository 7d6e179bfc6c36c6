package dev.vigor.app.verify;

import java.nio.file.Path;

/**
 * A spec file the user can verify: the full spec or one property.
 *
 * @param file the {@code .py} file
 * @param fullSpec whether it is the NF's full spec ({@code spec.py})
 * @param description what it states, from the file's leading comment (may be empty)
 */
public record PropertyChoice(Path file, boolean fullSpec, String description) {
  /** The label in the check list. */
  @Override
  public String toString() {
    String name = file.getFileName().toString();
    return fullSpec ? name + " (full spec)" : name;
  }
}
