package dev.vigor.editor;

import java.util.Optional;

/** Finds the property name an {@code import NAME} line names at a text offset. Pure, no JavaFX. */
public final class ImportLinks {
  private ImportLinks() {}

  /**
   * The imported name under {@code offset} when its line is {@code import A[, B ...]}: the name the
   * offset touches, or the first one when the offset is elsewhere on the line. {@code from X import}
   * lines name state objects, not property files, so they give nothing.
   */
  public static Optional<String> nameAt(String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int start = text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end);
    int hash = line.indexOf('#');
    String code = hash < 0 ? line : line.substring(0, hash);
    String trimmed = code.stripLeading();
    if (!trimmed.startsWith("import ") && !trimmed.startsWith("import\t")) {
      return Optional.empty();
    }
    int listStart = code.length() - trimmed.length() + "import".length();
    int column = at - start;
    String first = null;
    int i = listStart;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < code.length() && Character.isJavaIdentifierPart(code.charAt(j))) {
          j++;
        }
        String name = code.substring(i, j);
        if (first == null) {
          first = name;
        }
        if (column >= i && column <= j) {
          return Optional.of(name);
        }
        i = j;
      } else {
        i++;
      }
    }
    return Optional.ofNullable(first);
  }
}
