package dev.vigor.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds NF folders the way the engine's catalog does: a direct sub-folder with an nf.properties. */
final class NfFolders {
  static final String NF_PROPERTIES = "nf.properties";

  private NfFolders() {}

  /** The catalog under test: the {@code vigor.catalog} property set by surefire, else this module. */
  static Path catalogRoot() {
    String prop = System.getProperty("vigor.catalog");
    return (prop == null || prop.isBlank() ? Path.of("") : Path.of(prop)).toAbsolutePath();
  }

  /** libVig's C headers: the {@code vigor.libvig.include} property, else ../libvig/include. */
  static Path libvigInclude() {
    String prop = System.getProperty("vigor.libvig.include");
    Path include = prop == null || prop.isBlank() ? Path.of("..", "libvig", "include") : Path.of(prop);
    return include.toAbsolutePath().normalize();
  }

  /** Every NF folder directly under root, sorted by folder name. */
  static List<Path> list(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(dir -> Files.isRegularFile(dir.resolve(NF_PROPERTIES))).sorted().toList();
    }
  }

  /** The files of one folder whose names end with suffix, sorted. */
  static List<Path> filesEndingWith(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  static Properties properties(Path nfDir) throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(nfDir.resolve(NF_PROPERTIES), StandardCharsets.UTF_8)) {
      props.load(r);
    }
    return props;
  }
}
