package dev.vigor.engine.spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of the exact text a spec file was checked from, and whether that text was unsaved
 * (an editor buffer that differs from the file on disk), so a result says what it verified.
 *
 * @param file the file as messages show it
 * @param sha256 lower-case hex SHA-256 of the text's UTF-8 bytes
 * @param unsaved whether the text was not what the file on disk holds
 */
public record SourceHash(Path file, String sha256, boolean unsaved) {
  /** The hash of {@code text} read for {@code file}. */
  public static SourceHash of(Path file, String text, boolean unsaved) {
    return new SourceHash(file, sha256(text), unsaved);
  }

  /** The first 8 hex digits, for people (like a short git commit id). */
  public String shortHash() {
    return sha256.substring(0, 8);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
