package dev.vigor.engine.catalog;

import dev.vigor.engine.spec.InitSpecFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A folder of NFs: every direct sub-folder holding an {@code nf.properties} file is one NF. */
public final class Catalog {
  /** What to do about a folder without nf.properties. */
  public static final String NO_PROPERTIES_HINT =
      "; add one with at least name = ... and devices = N (its keys: nf-catalog/README.md)";
  /** The file that marks a folder as an NF. */
  public static final String NF_PROPERTIES = "nf.properties";

  private final Path root;
  private final List<NfDescriptor> nfs;

  private Catalog(Path root, List<NfDescriptor> nfs) {
    this.root = root;
    this.nfs = List.copyOf(nfs);
  }

  /** Reads the catalog at root; NFs come sorted by name. */
  public static Catalog load(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException(root + ": not a folder (expected a catalog of NF folders)");
    }
    List<NfDescriptor> found = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path dir : children.sorted().toList()) {
        if (Files.isRegularFile(dir.resolve(NF_PROPERTIES))) {
          found.add(readNf(dir));
        }
      }
    }
    found.sort(Comparator.comparing(NfDescriptor::name));
    return new Catalog(root, found);
  }

  /**
   * Reads one NF folder (it must hold an nf.properties file); a bad nf.properties is an
   * {@link NfPropertiesException} with each problem at its line and column.
   */
  public static NfDescriptor readNf(Path dir) throws IOException {
    Path propsFile = dir.resolve(NF_PROPERTIES);
    if (!Files.exists(propsFile)) {
      throw new IOException(dir + ": not an NF folder (no " + NF_PROPERTIES + ")" + NO_PROPERTIES_HINT);
    }
    NfPropertiesFile props = NfPropertiesFile.readValid(propsFile);
    Map<String, String> settings = new LinkedHashMap<>();
    props.settings().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> settings.put(e.getKey(), e.getValue()));
    String name = settings.getOrDefault("name", dir.getFileName().toString());
    String description = settings.getOrDefault("description", "");
    // checked by readValid: a whole number in 1..65535 when present
    int devices = props.get("devices").flatMap(e -> NfPropertiesFile.integer(e.value()))
        .map(java.math.BigInteger::intValue).orElse(0);
    List<Path> sources = listFiles(dir, p -> p.endsWith(".c") || p.endsWith(".h"));
    Path spec = Files.isRegularFile(dir.resolve("spec.py")) ? dir.resolve("spec.py") : null;
    Path init = Files.isRegularFile(dir.resolve(InitSpecFiles.NAME)) ? dir.resolve(InitSpecFiles.NAME)
        : null;
    Path propsDir = dir.resolve("props");
    List<Path> properties =
        Files.isDirectory(propsDir) ? listFiles(propsDir, p -> p.endsWith(".py")) : List.of();
    return new NfDescriptor(name, description, dir, devices, sources, spec, init, properties,
        settings);
  }

  private interface NameFilter {
    boolean accept(String fileName);
  }

  private static List<Path> listFiles(Path dir, NameFilter filter) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> filter.accept(p.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /** The catalog's folder. */
  public Path root() {
    return root;
  }

  /** The NFs, sorted by name. */
  public List<NfDescriptor> nfs() {
    return nfs;
  }
}
