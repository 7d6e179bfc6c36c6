package dev.vigor.app.files;

import dev.vigor.engine.report.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Autosaved buffers in one folder: one {@code .autosave} file per original file, a properties file
 * holding the original's path and the buffer text. Touches the disk: call it off the FX thread.
 */
public final class AutosaveStore {
  private static final String SUFFIX = ".autosave";

  private final Path dir;

  /** A store in {@code dir} (created on the first write). */
  public AutosaveStore(Path dir) {
    this.dir = dir;
  }

  /** Records {@code text} as the unsaved buffer of {@code original}, replacing an older one. */
  public void write(Path original, String text) throws IOException {
    Properties p = new Properties();
    p.setProperty("path", original.toString());
    p.setProperty("text", text);
    StringWriter out = new StringWriter();
    p.store(out, "Vigor Workbench autosave: unsaved edits of the file named by path");
    AtomicFiles.write(fileFor(original), out.toString());
  }

  /** Forgets the autosave of {@code original}, if any. */
  public void remove(Path original) throws IOException {
    Files.deleteIfExists(fileFor(original));
  }

  /**
   * The autosaves whose text differs from what is now on disk at their original path (others are
   * deleted: that edit was saved after all); unreadable entries are skipped.
   */
  public List<Autosave> pending() throws IOException {
    List<Autosave> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path stored : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(stored, StandardCharsets.UTF_8)) {
          p.load(in);
        } catch (IOException | IllegalArgumentException e) {
          continue;
        }
        String path = p.getProperty("path");
        String text = p.getProperty("text");
        if (path == null || text == null) {
          continue;
        }
        Path original = Path.of(path);
        if (Files.isRegularFile(original) && Files.readString(original).equals(text)) {
          Files.deleteIfExists(stored);
          continue;
        }
        found.add(new Autosave(original, text, stored));
      }
    }
    return found;
  }

  /** The folder the autosaves live in. */
  public Path dir() {
    return dir;
  }

  // Named after the file for a human looking in the folder, plus a hash so two spec.py differ.
  private Path fileFor(Path original) {
    String key = original.toAbsolutePath().normalize().toString();
    String hash = HexFormat.of().toHexDigits(key.hashCode());
    return dir.resolve(original.getFileName() + "-" + hash + SUFFIX);
  }
}
