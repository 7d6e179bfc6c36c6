package dev.vigor.engine.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a user's text file (spec, nf.properties) as UTF-8, or says at file:line:col why not: a
 * folder, a file too large to be what it claims, UTF-16, a NUL byte (a binary file), a byte that
 * is not UTF-8. A UTF-8 byte order mark is dropped.
 */
public final class TextFile {
  private TextFile() {}

  /** The text, or the diagnostic saying why there is none. */
  public record Read(String text, Diagnostic problem) {
    public boolean ok() {
      return text != null;
    }
  }

  /**
   * Reads file, shown as name in messages; what is what the file should be (e.g. "a spec"), and
   * maxBytes how large such a file can reasonably be.
   */
  public static Read read(Path file, String name, String what, long maxBytes) {
    SourceLocation start = SourceLocation.of(name, 1, 1);
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return fail(start, "this is a folder, not " + what);
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        return fail(start, "the file is " + mb(size) + "; " + what + " is far smaller (at most "
            + mb(maxBytes) + " here): is this the right file?");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return fail(start, "cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      return fail(start, "cannot read " + name + ": permission denied; check its permissions");
    } catch (IOException | SecurityException e) {
      return fail(start, "cannot read " + name + " (" + e.getMessage() + "); check the path and"
          + " its permissions");
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return fail(start, "the file is UTF-16 text; save it as UTF-8");
    }
    int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return fail(at(name, bytes, from, i), "a NUL byte: this is a binary file, not " + what);
      }
    }
    try {
      return new Read(decoder().decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString(), null);
    } catch (CharacterCodingException e) {
      int bad = firstMalformed(bytes, from);
      return fail(at(name, bytes, from, bad), String.format(
          "byte 0x%02X is not UTF-8 text; save the file as UTF-8", bytes[bad] & 0xff));
    }
  }

  private static Read fail(SourceLocation at, String message) {
    return new Read(null, Diagnostic.error(at, message));
  }

  private static String mb(long bytes) {
    return bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes / 1024 + " KB";
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Where the first byte that does not belong to a well-formed UTF-8 sequence is. */
  private static int firstMalformed(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
      } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      for (int k = 1; k < len; k++) {
        int c = i + k < bytes.length ? bytes[i + k] & 0xff : -1;
        if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) {
          return i;
        }
      }
      i += len;
    }
    return from;
  }

  /** The line and column (in characters) of byte i. */
  private static SourceLocation at(String name, byte[] bytes, int from, int i) {
    int line = 1;
    int col = 1;
    for (int k = from; k < i && k < bytes.length; k++) {
      if (bytes[k] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[k] & 0xC0) != 0x80) {
        col++;
      }
    }
    return SourceLocation.of(name, line, col);
  }
}
