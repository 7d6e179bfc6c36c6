package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Splits a switch body into case groups: the labels (case values or default) and the block items
 * up to the next label. The subset accepts switches without fallthrough: each non-empty group ends
 * with {@code break} (dropped) or {@code return}, or is the last; no other {@code break} may leave
 * the switch. Then the switch is an if / else-if chain, with default last.
 */
final class SwitchGroups {
  private SwitchGroups() {}

  /** One group: its case expressions, whether default is among its labels, and its items. */
  record Group(List<CSubsetParser.ExprContext> cases, boolean isDefault, List<ParseTree> items) {}

  static List<Group> of(CSubsetParser.SwitchStmtContext sw) {
    if (!(sw.statement() instanceof CSubsetParser.BlockStmtContext body)) {
      throw new CompileError(Loc.of(sw), "a switch needs a { ... } body of cases");
    }
    List<Group> groups = new ArrayList<>();
    Group current = null;
    for (CSubsetParser.BlockItemContext item : body.compoundStatement().blockItem()) {
      ParseTree payload = item.staticAssert() != null ? item.staticAssert()
          : item.declaration() != null ? item.declaration() : item.statement();
      if (payload instanceof CSubsetParser.CaseStmtContext) {
        if (current != null && !current.items.isEmpty()) {
          requireNoFallthrough(current);
        }
        if (current == null || !current.items.isEmpty()) {
          current = new Group(new ArrayList<>(), false, new ArrayList<>());
          groups.add(current);
        }
        while (payload instanceof CSubsetParser.CaseStmtContext c) {
          if (c.expr() == null) {
            current = new Group(current.cases, true, current.items);
            groups.set(groups.size() - 1, current);
          } else {
            current.cases.add(c.expr());
          }
          payload = c.statement();
        }
      } else if (current == null) {
        throw new CompileError(Loc.of(item), "code before the first case label of a switch never runs; move it or remove it");
      }
      current.items.add(payload);
    }
    for (Group g : groups) {
      List<ParseTree> items = g.items;
      if (!items.isEmpty() && items.get(items.size() - 1) instanceof CSubsetParser.BreakStmtContext) {
        items.remove(items.size() - 1);
      }
      for (ParseTree t : items) {
        CSubsetParser.BreakStmtContext inner = innerBreak(t);
        if (inner != null) {
          throw new CompileError(Loc.of(inner), "break in the middle of a switch case is not supported; "
              + "end the case with break (restructure with if/else)");
        }
      }
    }
    return groups;
  }

  private static void requireNoFallthrough(Group g) {
    ParseTree last = g.items.get(g.items.size() - 1);
    if (!(last instanceof CSubsetParser.BreakStmtContext) && !(last instanceof CSubsetParser.ReturnStmtContext)) {
      throw new CompileError(Loc.of((org.antlr.v4.runtime.ParserRuleContext) last),
          "falling through to the next case is not supported; end this case with break or return");
    }
  }

  /** A break that would leave the switch (not one inside a nested loop or switch). */
  private static CSubsetParser.BreakStmtContext innerBreak(ParseTree t) {
    if (t instanceof CSubsetParser.BreakStmtContext b) {
      return b;
    }
    if (t instanceof CSubsetParser.ForStmtContext || t instanceof CSubsetParser.WhileStmtContext
        || t instanceof CSubsetParser.DoStmtContext || t instanceof CSubsetParser.SwitchStmtContext) {
      return null;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      CSubsetParser.BreakStmtContext b = innerBreak(t.getChild(i));
      if (b != null) {
        return b;
      }
    }
    return null;
  }
}
