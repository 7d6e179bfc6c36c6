package dev.vigor.engine.diag;

/**
 * A place in a source file: 1-based line and column, and how many characters on that line the
 * construct spans (0 when unknown), so editors can underline it.
 */
public record SourceLocation(String file, int line, int column, int length) {
  public SourceLocation {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    if (line < 1 || column < 1 || length < 0) {
      throw new IllegalArgumentException("bad location " + file + ":" + line + ":" + column);
    }
  }

  /** A location with unknown extent. */
  public static SourceLocation of(String file, int line, int column) {
    return new SourceLocation(file, line, column, 0);
  }

  /** {@code file:line:col}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
