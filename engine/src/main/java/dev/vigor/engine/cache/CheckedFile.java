package dev.vigor.engine.cache;

import dev.vigor.engine.report.AtomicFiles;
import dev.vigor.engine.spec.SourceHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cache file: a header line naming its format and version, the body, and a last line with the
 * SHA-256 of everything before it. Written whole or not at all ({@link AtomicFiles}); a file cut
 * short, edited or of another format reads as {@link CorruptEntry}, never as data.
 */
final class CheckedFile {
  private static final String SUM = "sha256 ";

  private CheckedFile() {}

  /** Writes header, body and checksum to file atomically. */
  static void write(Path file, String header, String body) throws IOException {
    String text = header + "\n" + body + (body.endsWith("\n") ? "" : "\n");
    AtomicFiles.write(file, text + SUM + SourceHash.sha256(text) + "\n");
  }

  /** The body of file, checked against its checksum and header. */
  static String read(Path file, String header) throws IOException, CorruptEntry {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) {
      throw new CorruptEntry("truncated (no final line)");
    }
    int last = text.lastIndexOf('\n', text.length() - 2);
    if (last < 0 || !text.startsWith(SUM, last + 1)) {
      throw new CorruptEntry("truncated (no checksum line)");
    }
    String covered = text.substring(0, last + 1);
    String sum = text.substring(last + 1 + SUM.length(), text.length() - 1);
    if (!sum.equals(SourceHash.sha256(covered))) {
      throw new CorruptEntry("bad checksum");
    }
    if (!covered.startsWith(header + "\n")) {
      int nl = covered.indexOf('\n');
      throw new CorruptEntry("format '" + covered.substring(0, Math.max(0, nl)) + "', expected '"
          + header + "'");
    }
    return covered.substring(header.length() + 1);
  }
}
