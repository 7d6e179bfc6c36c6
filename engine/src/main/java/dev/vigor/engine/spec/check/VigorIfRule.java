package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Vigor's rule, made explicit in the IR: an {@code if} whose body always returns and that has no
 * {@code else} takes the statements after it (in the same block) as its else branch. Since a
 * return ends its path, this keeps the meaning and gives interpreters a tree with no fall-through.
 */
final class VigorIfRule {
  private VigorIfRule() {}

  /** The block with the rule applied at this level (nested blocks were done when lowered). */
  static List<Stmt> apply(List<Stmt> block) {
    for (int i = 0; i < block.size() - 1; i++) {
      if (block.get(i) instanceof Stmt.If s
          && s.elseFrom() == Stmt.ElseFrom.NONE
          && alwaysReturns(s.then())) {
        List<Stmt> out = new ArrayList<>(block.subList(0, i));
        List<Stmt> rest = apply(block.subList(i + 1, block.size()));
        out.add(new Stmt.If(s.at(), s.cond(), s.then(), rest, Stmt.ElseFrom.FOLLOWING_STATEMENTS));
        return out;
      }
    }
    return block;
  }

  /** Whether every path through {@code block} ends in a return. */
  static boolean alwaysReturns(List<Stmt> block) {
    if (block.isEmpty()) {
      return false;
    }
    Stmt last = block.get(block.size() - 1);
    if (last instanceof Stmt.Return) {
      return true;
    }
    return last instanceof Stmt.If s
        && s.elseFrom() != Stmt.ElseFrom.NONE
        && alwaysReturns(s.then())
        && alwaysReturns(s.otherwise());
  }

  /** Whether a path reaching the end of {@code block} has certainly ended (return or pass). */
  static boolean ends(List<Stmt> block) {
    if (block.isEmpty()) {
      return false;
    }
    Stmt last = block.get(block.size() - 1);
    if (last instanceof Stmt.Return || last instanceof Stmt.Pass) {
      return true;
    }
    return last instanceof Stmt.If s
        && s.elseFrom() != Stmt.ElseFrom.NONE
        && ends(s.then())
        && ends(s.otherwise());
  }
}
