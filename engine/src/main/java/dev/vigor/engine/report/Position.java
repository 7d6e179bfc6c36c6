package dev.vigor.engine.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place the engine printed as {@code file:line:col}, optionally followed by {@code : what} (the
 * form of counterexample spec lines and C trace steps), taken apart for structured reports.
 */
record Position(String file, int line, int column, String what) {
  private static final Pattern FORM = Pattern.compile("^(.+?):(\\d+):(\\d+)(?::\\s?(.*))?$");

  /** The parsed position, or empty when the text is not of that form (e.g. "(end of spec)"). */
  static Optional<Position> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Position(m.group(1), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4)));
  }
}
