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

  private static final java.util.regex.Pattern PRINTED =
      java.util.regex.Pattern.compile("^(.+?):(\\d+):(\\d+)(?::.*)?$", java.util.regex.Pattern.DOTALL);

  /**
   * The location printed as {@code file:line:col} (optionally followed by {@code : what}), as
   * {@link #toString()} writes it; empty for any other text, e.g. {@code (end of spec)}.
   */
  public static java.util.Optional<SourceLocation> parse(String printed) {
    if (printed == null) {
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher m = PRINTED.matcher(printed.strip());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    try {
      int line = Integer.parseInt(m.group(2));
      int column = Integer.parseInt(m.group(3));
      return line < 1 || column < 1 ? java.util.Optional.empty()
          : java.util.Optional.of(of(m.group(1), line, column));
    } catch (NumberFormatException tooLong) {
      return java.util.Optional.empty();
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
