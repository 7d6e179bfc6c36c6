package dev.vigor.engine.cli;

import java.util.regex.Pattern;

/** How the CLI prints an engine message: as the compiler-style line it is, or after "vigor: ". */
final class Messages {
  private static final Pattern LOCATED = Pattern.compile("^\\S+:\\d+:\\d+: .*", Pattern.DOTALL);

  private Messages() {}

  /** {@code file:line:col: ...} as it is (editors jump to it); anything else prefixed. */
  static String located(String message) {
    String m = message == null ? "unknown error" : message;
    return LOCATED.matcher(m).matches() ? m : "vigor: " + m;
  }
}
