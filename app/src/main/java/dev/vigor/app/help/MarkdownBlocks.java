package dev.vigor.app.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The block structure of the Markdown our docs are written in: headings, paragraphs, bullet and
 * numbered lists, fenced code, tables. Enough to show docs/spec-language.md readably in the app;
 * anything else reads as a paragraph. Inline markup is left to {@link MarkdownInline}.
 */
final class MarkdownBlocks {
  /** One block of a document. */
  sealed interface Block permits Heading, Paragraph, ListItem, Code, Table {}

  /** {@code ## Title}: level 1 to 6, and the anchor a link {@code #anchor} reaches it by. */
  record Heading(int level, String text, String anchor) implements Block {}

  /** Running text, its lines joined. */
  record Paragraph(String text) implements Block {}

  /** One item of a list: its marker ("•" or "3.") and text, and how deep it is nested. */
  record ListItem(String marker, String text, int depth) implements Block {}

  /** Fenced code, kept line for line. */
  record Code(String text) implements Block {}

  /** A table: the header cells, then each row's cells. */
  record Table(List<String> header, List<List<String>> rows) implements Block {}

  private MarkdownBlocks() {}

  static List<Block> parse(String markdown) {
    List<Block> out = new ArrayList<>();
    String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
    StringBuilder para = new StringBuilder();
    ListItemBuilder item = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      boolean fence = trimmed.startsWith("```");
      boolean heading = trimmed.matches("#{1,6} .*") && !line.startsWith(" ");
      boolean table = trimmed.startsWith("|");
      boolean listStart = trimmed.matches("([-*+]|\\d+\\.) .*");
      if (trimmed.isEmpty() || fence || heading || table || listStart) {
        flush(out, para);
        if (item != null && !(trimmed.isEmpty() && continuesList(lines, i))) {
          out.add(item.build());
          item = null;
        }
      }
      if (fence) {
        StringBuilder code = new StringBuilder();
        for (i++; i < lines.length && !lines[i].strip().startsWith("```"); i++) {
          code.append(lines[i]).append('\n');
        }
        out.add(new Code(code.toString().stripTrailing()));
      } else if (heading) {
        int level = trimmed.indexOf(' ');
        String text = trimmed.substring(level + 1).strip();
        out.add(new Heading(level, text, anchor(text)));
      } else if (table) {
        List<String> header = cells(trimmed);
        List<List<String>> rows = new ArrayList<>();
        for (i++; i < lines.length && lines[i].strip().startsWith("|"); i++) {
          List<String> row = cells(lines[i].strip());
          if (!row.stream().allMatch(c -> c.matches(":?-+:?"))) {
            rows.add(row);
          }
        }
        i--;
        out.add(new Table(header, rows));
      } else if (listStart) {
        int indent = line.indexOf(trimmed.charAt(0));
        int space = trimmed.indexOf(' ');
        String marker = trimmed.substring(0, space);
        item = new ListItemBuilder(marker.endsWith(".") ? marker : "•", indent / 2);
        item.text.append(trimmed.substring(space + 1).strip());
      } else if (!trimmed.isEmpty()) {
        StringBuilder into = item != null ? item.text : para;
        if (into.length() > 0) {
          into.append(' ');
        }
        into.append(trimmed);
      }
    }
    flush(out, para);
    if (item != null) {
      out.add(item.build());
    }
    return out;
  }

  /** A blank line inside a list item, followed by an indented continuation, keeps the item open. */
  private static boolean continuesList(String[] lines, int blank) {
    return blank + 1 < lines.length && lines[blank + 1].startsWith("  ") && !lines[blank + 1].isBlank()
        && !lines[blank + 1].strip().matches("([-*+]|\\d+\\.) .*");
  }

  private static void flush(List<Block> out, StringBuilder para) {
    if (para.length() > 0) {
      out.add(new Paragraph(para.toString()));
      para.setLength(0);
    }
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      }
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|' && !inCode) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /**
   * The anchor of a heading as the docs' links write it (GitHub's rule): lower case, markup and
   * punctuation dropped except '-' and '_', spaces become '-'.
   */
  static String anchor(String heading) {
    String plain = heading.replaceAll("[`*]", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        b.append(c);
      } else if (c == ' ') {
        b.append('-');
      }
    }
    return b.toString();
  }

  private static final class ListItemBuilder {
    final String marker;
    final int depth;
    final StringBuilder text = new StringBuilder();

    ListItemBuilder(String marker, int depth) {
      this.marker = marker;
      this.depth = depth;
    }

    ListItem build() {
      return new ListItem(marker, text.toString(), depth);
    }
  }
}
