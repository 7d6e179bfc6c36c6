package dev.vigor.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the libVig C headers: the vigor.libvig.include property, $VIGOR_HOME, or near the NF. */
final class LibVigHeaders {
  private LibVigHeaders() {}

  static Path locate(Path nfDir) {
    String prop = System.getProperty("vigor.libvig.include");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    String home = System.getenv("VIGOR_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "libvig", "include"))) {
      return Path.of(home, "libvig", "include");
    }
    for (Path p = nfDir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("libvig/include/vigor"))) {
        return p.resolve("libvig/include");
      }
    }
    return null;
  }
}
