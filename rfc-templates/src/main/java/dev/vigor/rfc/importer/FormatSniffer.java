package dev.vigor.rfc.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the other forms an RFC is downloaded in, so the message can say what to do: a PDF or
 * UTF-16 text is refused with advice; an HTML page or the RFC's XML source is imported as text,
 * with a warning that the plain-text form is what the importer reads.
 */
final class FormatSniffer {
  private FormatSniffer() {}

  /** Why these bytes cannot be imported, if they are a known non-text format. */
  static Optional<String> refusal(byte[] bytes) {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("a PDF file; import the plain-text version of the RFC (rfcNNNN.txt)");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of("UTF-16 text; save the RFC as UTF-8 or ASCII plain text");
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return Optional.of("a gzip archive; unpack it and import the .txt file inside");
    }
    return Optional.empty();
  }

  /** A warning for markup that is text but not the plain-text RFC format. */
  static Optional<String> markupWarning(byte[] bytes) {
    int n = Math.min(bytes.length, 512);
    String head = new String(bytes, 0, n, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return Optional.of("this looks like an HTML page; the importer reads the plain-text RFC format (rfcNNNN.txt)");
    }
    if (head.startsWith("<?xml") || head.startsWith("<rfc")) {
      return Optional.of("this looks like XML (an RFC's xml2rfc source?); the importer reads the plain-text RFC format");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
