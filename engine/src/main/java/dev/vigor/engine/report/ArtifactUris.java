package dev.vigor.engine.report;

import dev.vigor.engine.catalog.LibvigIncludeLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Names files in reports relative to a base folder: the NF's folder (base id {@code NFDIR}) for
 * its C, spec and properties, the libVig include folder ({@code LIBVIG}) for headers such as
 * {@code vigor/packet.h}; anything else by its absolute file URI.
 */
final class ArtifactUris {
  static final String NF_BASE = "NFDIR";
  static final String LIBVIG_BASE = "LIBVIG";

  /** A file as a report names it: a URI, relative to baseId when that is present. */
  record Artifact(String uri, Optional<String> baseId) {}

  private final Path nfDir;
  private final Optional<Path> libvig;

  ArtifactUris(Path nfDir) {
    this.nfDir = nfDir.toAbsolutePath().normalize();
    this.libvig = LibvigIncludeLocator.locate(nfDir).map(p -> p.toAbsolutePath().normalize());
  }

  Path nfDir() {
    return nfDir;
  }

  Optional<Path> libvig() {
    return libvig;
  }

  /** The artifact for a file named as the engine printed it (relative to the NF, cwd, or libVig). */
  Artifact of(String file) {
    Path p = Path.of(file);
    if (!p.isAbsolute() && Files.exists(nfDir.resolve(p))) {
      return relative(NF_BASE, nfDir, nfDir.resolve(p));
    }
    Path abs = p.toAbsolutePath().normalize();
    if (abs.startsWith(nfDir)) {
      return relative(NF_BASE, nfDir, abs);
    }
    if (libvig.isPresent()) {
      Path inLib = p.isAbsolute() ? abs : libvig.get().resolve(p).normalize();
      if (inLib.startsWith(libvig.get()) && (p.isAbsolute() || Files.exists(inLib))) {
        return relative(LIBVIG_BASE, libvig.get(), inLib);
      }
    }
    return new Artifact(abs.toUri().toString(), Optional.empty());
  }

  private static Artifact relative(String base, Path root, Path file) {
    String uri = root.relativize(file).toString().replace('\\', '/');
    return new Artifact(uri, Optional.of(base));
  }
}
