package dev.vigor.app.files;

import java.nio.file.Path;
import java.util.Locale;

/** How an open file is shown: edited as a spec, viewed as highlighted C, or shown as plain text. */
public enum FileKind {
  /** A spec or property ({@code .py}): the spec editor with live diagnostics. */
  SPEC,
  /** C source or header: the read-only highlighted viewer. */
  C_SOURCE,
  /** Anything else (README, nf.properties): read-only plain text. */
  PLAIN;

  /** The kind of the file at {@code path}, by its extension. */
  public static FileKind of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".py")) {
      return SPEC;
    }
    if (name.endsWith(".c") || name.endsWith(".h")) {
      return C_SOURCE;
    }
    return PLAIN;
  }
}
