package dev.vigor.engine.spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the text of a spec file comes from: an editor buffer given for its path (unsaved text the
 * user sees), else the file on disk. The spec checker and the import search read through it, so a
 * verification checks exactly what the editors show.
 */
public final class SpecSources {
  private static final SpecSources DISK = new SpecSources(Map.of());

  private final Map<Path, String> buffers;

  private SpecSources(Map<Path, String> buffers) {
    this.buffers = buffers;
  }

  /** Every file read from disk. */
  public static SpecSources disk() {
    return DISK;
  }

  /** The given buffers (path → text) over the disk; paths are made absolute and normalized. */
  public static SpecSources of(Map<Path, String> buffers) {
    return new SpecSources(buffers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
        e -> key(e.getKey()), Map.Entry::getValue, (a, b) -> b)));
  }

  /** The buffer given for {@code file}, if any. */
  public Optional<String> buffer(Path file) {
    return Optional.ofNullable(buffers.get(key(file)));
  }

  /** Whether {@code file} can be read: a buffer is given for it or it is a regular file. */
  public boolean exists(Path file) {
    return buffers.containsKey(key(file)) || Files.isRegularFile(file);
  }

  /**
   * The text of {@code file}: its buffer, else the file decoded strictly as UTF-8 (a
   * {@link java.nio.charset.CharacterCodingException} when it is not UTF-8).
   */
  public String read(Path file) throws IOException {
    String buffer = buffers.get(key(file));
    if (buffer != null) {
      return buffer;
    }
    byte[] bytes = Files.readAllBytes(file);
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** Whether {@code text}, read for {@code file}, differs from what is saved on disk (or nothing is). */
  public static boolean unsaved(Path file, String text) {
    try {
      return !text.equals(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
