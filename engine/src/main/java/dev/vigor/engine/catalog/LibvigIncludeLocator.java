package dev.vigor.engine.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the libVig C headers NF code includes: the {@code vigor.libvig.include} system property,
 * then {@code $VIGOR_HOME/libvig/include}, then a {@code libvig/include} folder next to the NF's
 * catalog or in one of the NF folder's parents.
 */
public final class LibvigIncludeLocator {
  private LibvigIncludeLocator() {}

  /** The include folder (the one holding {@code vigor/nf.h}) for an NF in nfDir. */
  public static Optional<Path> locate(Path nfDir) {
    String prop = System.getProperty("vigor.libvig.include");
    if (prop != null && !prop.isBlank()) {
      return Optional.of(Path.of(prop));
    }
    String home = System.getenv("VIGOR_HOME");
    if (home != null && !home.isBlank() && holdsHeaders(Path.of(home, "libvig", "include"))) {
      return Optional.of(Path.of(home, "libvig", "include"));
    }
    for (Path dir = nfDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("libvig").resolve("include");
      if (holdsHeaders(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean holdsHeaders(Path include) {
    return Files.isRegularFile(include.resolve("vigor").resolve("nf.h"));
  }
}
