package dev.vigor.engine.spec.imports;

import dev.vigor.engine.spec.SpecSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code import NAME} looks for a property: the importing file's folder, then the NF's
 * {@code props/} folder, then each search-path folder, in order; in each, {@code NAME.py} and then
 * Vigor's {@code paygo-NAME.py}. A file counts as there when it is on disk or {@code sources} holds
 * an editor buffer for it; its text is then read through {@code sources}.
 */
public record ImportSearch(Optional<Path> propsDir, List<Path> searchPath, SpecSources sources) {
  public ImportSearch {
    searchPath = List.copyOf(searchPath);
  }

  /** A search reading every file from disk. */
  public ImportSearch(Optional<Path> propsDir, List<Path> searchPath) {
    this(propsDir, searchPath, SpecSources.disk());
  }

  /** The same search, reading files through {@code sources} (editor buffers over the disk). */
  public ImportSearch withSources(SpecSources sources) {
    return new ImportSearch(propsDir, searchPath, sources);
  }

  /** Only the importing file's folder. */
  public static ImportSearch none() {
    return new ImportSearch(Optional.empty(), List.of());
  }

  /** The result of a lookup: the file if found, and every folder looked in (for the message). */
  public record Resolution(Optional<Path> file, List<Path> lookedIn) {}

  /** Looks up property {@code name} imported from a file in {@code importingDir}. */
  public Resolution resolve(String name, Path importingDir) {
    List<Path> dirs = new ArrayList<>();
    dirs.add(importingDir);
    propsDir.ifPresent(dirs::add);
    dirs.addAll(searchPath);
    List<Path> looked = new ArrayList<>();
    for (Path dir : dirs) {
      if (looked.contains(dir)) {
        continue;
      }
      looked.add(dir);
      for (String candidate : List.of(name + ".py", "paygo-" + name + ".py")) {
        Path file = dir.resolve(candidate);
        if (sources.exists(file)) {
          return new Resolution(Optional.of(file), looked);
        }
      }
    }
    return new Resolution(Optional.empty(), looked);
  }
}
