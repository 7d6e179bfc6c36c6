package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.parse.SourceFile;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.python.antlr.Visitor;
import org.python.antlr.ast.ImportFrom;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.alias;

/**
 * The names a file mentions anywhere in its statements, and the state objects its
 * {@code from state import} lines declare unchanged with a {@code # unchanged} comment (importing
 * an object to demand that the NF leave it as it was is a mention too).
 */
final class MentionedNames extends Visitor {
  private final SourceFile file;
  private final Set<String> names = new HashSet<>();

  private MentionedNames(SourceFile file) {
    this.file = file;
  }

  static Set<String> of(SourceFile file) {
    MentionedNames v = new MentionedNames(file);
    try {
      v.visit(file.module());
    } catch (Exception e) {
      // Jython's visitor declares Exception; a failed scan only costs a warning.
    }
    return v.names;
  }

  @Override
  public Object visitName(Name node) throws Exception {
    names.add(node.getInternalId());
    return super.visitName(node);
  }

  @Override
  public Object visitImportFrom(ImportFrom node) throws Exception {
    if (commentOf(node.getLineno()).toLowerCase(Locale.ROOT).contains("unchanged")) {
      for (alias a : node.getInternalNames()) {
        names.add(a.getInternalName());
      }
    }
    return super.visitImportFrom(node);
  }

  /** The comment on 1-based line {@code line}, or "" (a '#' inside a spec is always a comment: no strings). */
  private String commentOf(int line) {
    String[] lines = file.text().split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "";
    }
    int hash = lines[line - 1].indexOf('#');
    return hash < 0 ? "" : lines[line - 1].substring(hash);
  }
}
