package dev.vigor.app.help;

import java.util.ArrayList;
import java.util.List;

/** Inline Markdown of our docs: {@code `code`}, {@code **bold**}, {@code *emphasis*} and {@code [text](link)}. */
final class MarkdownInline {
  /** How a run of text is shown. */
  enum Kind { PLAIN, CODE, BOLD, EMPHASIS, LINK }

  /** A run of text; {@code href} is set for links. */
  record Span(Kind kind, String text, String href) {}

  private MarkdownInline() {}

  static List<Span> parse(String text) {
    List<Span> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (c == '`' && (end = text.indexOf('`', i + 1)) > i) {
        flush(out, plain);
        out.add(new Span(Kind.CODE, text.substring(i + 1, end), null));
        i = end + 1;
      } else if (text.startsWith("**", i) && (end = text.indexOf("**", i + 2)) > i + 2) {
        flush(out, plain);
        out.add(new Span(Kind.BOLD, text.substring(i + 2, end), null));
        i = end + 2;
      } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' '
          && (end = text.indexOf('*', i + 1)) > i + 1) {
        flush(out, plain);
        out.add(new Span(Kind.EMPHASIS, text.substring(i + 1, end), null));
        i = end + 1;
      } else if (c == '[' && (end = text.indexOf("](", i)) > i && text.indexOf(')', end) > end) {
        int close = text.indexOf(')', end);
        flush(out, plain);
        out.add(new Span(Kind.LINK, text.substring(i + 1, end).replace("`", ""), text.substring(end + 2, close)));
        i = close + 1;
      } else {
        plain.append(c);
        i++;
      }
    }
    flush(out, plain);
    return out;
  }

  private static void flush(List<Span> out, StringBuilder plain) {
    if (plain.length() > 0) {
      out.add(new Span(Kind.PLAIN, plain.toString(), null));
      plain.setLength(0);
    }
  }
}
