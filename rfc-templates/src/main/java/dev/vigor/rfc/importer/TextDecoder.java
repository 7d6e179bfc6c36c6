package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, refusing what is not text: NUL bytes, invalid UTF-8, or a
 * high share of control characters. RFCs are ASCII or UTF-8 (RFC 7997), so nothing else is guessed.
 */
final class TextDecoder {
  /** Beyond this many control characters and this share of the text, the file is binary. */
  private static final int CONTROL_MIN = 8;

  private static final double CONTROL_RATIO = 0.01;

  private TextDecoder() {}

  static String decode(String file, byte[] bytes) throws DiagnosticException {
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw reject(file, bytes, i, "binary file: a NUL byte; an RFC is a plain-text file");
      }
      ascii &= bytes[i] > 0;
    }
    if (!ascii) {
      checkUtf8(file, bytes);
    }
    // Valid UTF-8 (or ASCII) now: the String constructor's fast path gives compact strings.
    String text = new String(bytes, StandardCharsets.UTF_8);
    int controls = 0;
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
        controls++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (controls >= CONTROL_MIN && controls > CONTROL_RATIO * text.length()) {
      int[] at = lineCol(text, first);
      throw new DiagnosticException(
          Diagnostic.error(
              SourceLocation.of(file, at[0], at[1]),
              "binary file: "
                  + controls
                  + " control characters in "
                  + text.length()
                  + "; an RFC is a plain-text file"));
    }
    return text;
  }

  /** Throws at the first byte that is not valid UTF-8. */
  private static void checkUtf8(String file, byte[] bytes) throws DiagnosticException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw reject(
            file,
            bytes,
            in.position(),
            String.format(
                "not UTF-8 text: byte 0x%02X cannot start or continue a character; save the RFC as"
                    + " UTF-8 or ASCII plain text",
                bytes[in.position()] & 0xff));
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  private static DiagnosticException reject(String file, byte[] bytes, int offset, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new DiagnosticException(
        Diagnostic.error(SourceLocation.of(file, line, offset - lineStart + 1), message));
  }

  private static int[] lineCol(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
