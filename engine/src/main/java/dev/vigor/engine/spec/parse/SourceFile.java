package dev.vigor.engine.spec.parse;

import dev.vigor.engine.diag.SourceLocation;
import java.nio.file.Path;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Module;

/**
 * One parsed spec file: the name diagnostics show, its absolute path (for import cycles), its text,
 * its Jython syntax tree, and where {@code ...} wildcards were written.
 */
public record SourceFile(
    String displayName, Path absolutePath, String text, Module module, EllipsisMasking.Masked masked) {

  /** The 1-based location of a node, with its length on its first line. */
  public SourceLocation at(PythonTree node) {
    int line = Math.max(1, node.getLineno());
    int col = Math.max(0, node.getCol_offset());
    int start = node.getCharStartIndex();
    int stop = node.getCharStopIndex();
    int length = 0;
    // Jython's stop index is one past the node's last character.
    if (start >= 0 && stop > start && stop <= text.length()) {
      int eol = text.indexOf('\n', start);
      int end = eol < 0 ? stop : Math.min(stop, eol);
      length = Math.max(0, end - start);
    }
    return new SourceLocation(displayName, line, col + 1, length);
  }

  /** The location of the first non-blank character of a node's line (for compound statements). */
  public SourceLocation atLineStart(PythonTree node) {
    int line = Math.max(1, node.getLineno());
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    int col = 0;
    while (offset >= 0 && offset + col < text.length()
        && (text.charAt(offset + col) == ' ' || text.charAt(offset + col) == '\t')) {
      col++;
    }
    return new SourceLocation(displayName, line, col + 1, 0);
  }

  /** Whether {@code node} is the placeholder of a {@code ...} the user wrote. */
  public boolean isEllipsis(PythonTree node) {
    return node instanceof org.python.antlr.ast.Name name
        && EllipsisMasking.PLACEHOLDER.equals(name.getInternalId())
        && masked.isEllipsisAt(node.getLineno(), node.getCol_offset());
  }
}
