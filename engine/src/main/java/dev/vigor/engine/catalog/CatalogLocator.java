package dev.vigor.engine.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the NF catalog: the {@code vigor.catalog} system property, then {@code $VIGOR_HOME/nf-catalog},
 * then an {@code nf-catalog} folder in the working directory or one of its parents.
 */
public final class CatalogLocator {
  private CatalogLocator() {}

  /** The catalog folder, if one can be found. */
  public static Optional<Path> locate() {
    String prop = System.getProperty("vigor.catalog");
    if (prop != null && !prop.isBlank()) {
      return Optional.of(Path.of(prop));
    }
    String home = System.getenv("VIGOR_HOME");
    if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home, "nf-catalog"))) {
      return Optional.of(Path.of(home, "nf-catalog"));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("nf-catalog"))) {
        return Optional.of(dir.resolve("nf-catalog"));
      }
    }
    return Optional.empty();
  }
}
