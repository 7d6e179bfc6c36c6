package dev.vigor.app.workspace;

import dev.vigor.engine.report.AtomicFiles;
import dev.vigor.engine.catalog.Catalog;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's own folder of NFs and properties, beside the read-only catalog. A workspace NF is a
 * full copy of a catalog NF folder ({@code nf.properties}, C sources, spec.py, props/), so its
 * specs' imports resolve and it loads and verifies like any NF. Buffers autosave under
 * {@code .vigor/autosave/}. All methods touch the disk: call them off the FX thread.
 */
public final class WorkspaceFolder {
  /** System property naming the workspace folder; tests point it at a temporary folder. */
  public static final String PROPERTY = dev.vigor.engine.catalog.UserWorkspace.PROPERTY;

  private final Path root;

  /** The workspace at {@code root} (created when first written to). */
  public WorkspaceFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** {@code -Dvigor.workspace=DIR} if set, else {@code ~/VigorWorkspace}. */
  public static WorkspaceFolder fromSystem() {
    return new WorkspaceFolder(dev.vigor.engine.catalog.UserWorkspace.folder());
  }

  /** The workspace folder. */
  public Path root() {
    return root;
  }

  /** Where dirty buffers are autosaved for recovery after a crash. */
  public Path autosaveDir() {
    return root.resolve(".vigor").resolve("autosave");
  }

  /** Whether {@code file} lies inside the workspace. */
  public boolean contains(Path file) {
    return file.toAbsolutePath().normalize().startsWith(root);
  }

  /** The workspace copy of {@code nfDir}: a folder of the same name at the workspace's top. */
  public Path nfCopyOf(Path nfDir) {
    return nfCopyNamed(nfDir.getFileName().toString());
  }

  /** The workspace copy of the NF called {@code nf}: {@code <workspace>/<nf>}. */
  public Path nfCopyNamed(String nf) {
    return root.resolve(nf);
  }

  /** Where verification runs are saved, one JSON file each: {@code <workspace>/runs}. */
  public Path runsDir() {
    return dev.vigor.engine.catalog.UserWorkspace.runs(root);
  }

  /**
   * Where a catalog file is saved as: the same place relative to its NF folder, inside the NF's
   * workspace copy (e.g. catalog/bridge/props/learn.py → workspace/bridge/props/learn.py).
   */
  public Path copyTargetOf(Path file) {
    Path nfDir = nfDirOf(file).orElseThrow(() -> new IllegalArgumentException(
        file + " is not inside an NF folder (no nf.properties above it)"));
    return nfCopyOf(nfDir).resolve(nfDir.relativize(file.toAbsolutePath().normalize()));
  }

  /**
   * Makes sure the workspace holds a copy of the NF at {@code nfDir}, copying every file except
   * build leftovers the first time; returns the copy. An existing copy is left as it is.
   */
  public Path ensureNfCopy(Path nfDir) throws IOException {
    Path source = nfDir.toAbsolutePath().normalize();
    if (contains(source)) {
      return source;
    }
    Path copy = nfCopyOf(source);
    if (Files.isRegularFile(copy.resolve(Catalog.NF_PROPERTIES))) {
      return copy;
    }
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path from : walk.sorted().toList()) {
        Path to = copy.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (!Files.exists(to)) {
          Files.copy(from, to);
        }
      }
    }
    return copy;
  }

  /**
   * Creates {@code props/NAME.py} in the workspace NF {@code nfDir} (copying a catalog NF first)
   * with a starter text; refuses names that are not identifiers and files that exist.
   */
  public Path newProperty(Path nfDir, String name) throws IOException {
    checkName(name);
    return writeProperty(ensureNfCopy(nfDir), name);
  }

  /**
   * Creates {@code props/NAME.py} in the NF {@code nfDir} itself, wherever it is: an NF of the
   * user's own opened from its folder, which is theirs to change, unlike a catalog template.
   */
  public Path newPropertyInPlace(Path nfDir, String name) throws IOException {
    checkName(name);
    return writeProperty(nfDir.toAbsolutePath().normalize(), name);
  }

  private Path writeProperty(Path nf, String name) throws IOException {
    Path file = nf.resolve("props").resolve(name + ".py");
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file + " already exists; pick another name");
    }
    AtomicFiles.write(file, starterText(name, nf.getFileName().toString()));
    return file;
  }

  /** Renames a workspace file to {@code NAME.py} in the same folder; returns the new path. */
  public Path rename(Path file, String name) throws IOException {
    requireInside(file);
    checkName(name);
    Path target = file.resolveSibling(name + ".py");
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target + " already exists; pick another name");
    }
    return Files.move(file, target);
  }

  /** Deletes a workspace file, or a whole workspace NF folder. */
  public void delete(Path path) throws IOException {
    requireInside(path);
    if (path.toAbsolutePath().normalize().equals(root)) {
      throw new IOException("refusing to delete the workspace folder itself");
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } else {
      Files.delete(path);
    }
  }

  /** The NF folder a file belongs to: the nearest folder above it holding nf.properties. */
  public static Optional<Path> nfDirOf(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(Catalog.NF_PROPERTIES))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether path is a catalog template, changed only as a workspace copy: under catalog (null
   * when none is open) and not in this workspace. Anything else is the user's, changed in place.
   */
  public boolean isTemplate(Path path, Path catalog) {
    return catalog != null && path.toAbsolutePath().normalize()
        .startsWith(catalog.toAbsolutePath().normalize()) && !contains(path);
  }

  /** Why {@code name} cannot name a property, or empty when it can. */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("a property needs a name");
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0)) || name.charAt(0) == '$'
        || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
      return Optional.of("\"" + name + "\" is not a name: use letters, digits and _ (not first a digit),"
          + " since specs import it as `import " + name + "`");
    }
    return Optional.empty();
  }

  private static void checkName(String name) throws IOException {
    Optional<String> problem = nameProblem(name);
    if (problem.isPresent()) {
      throw new IOException(problem.get());
    }
  }

  private void requireInside(Path path) throws IOException {
    if (!contains(path)) {
      throw new IOException(path + " is not in the workspace " + root
          + "; catalog files are templates and stay as they are");
    }
  }

  private static String starterText(String name, String nf) {
    return String.join("\n", List.of(
        "# " + name + ": what " + nf + " must do with every packet, in one property.",
        "# Import other properties with `import NAME`, state objects with `from state import ...`;",
        "# end with `return DEVICE, pkt`, `return DROP` or `pass`. Ctrl+Space completes names.",
        "",
        "pass",
        ""));
  }
}
