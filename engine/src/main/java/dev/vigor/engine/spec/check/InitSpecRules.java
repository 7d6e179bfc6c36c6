package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecWalk;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.ir.Stmt;
import java.util.List;
import java.util.Set;

/**
 * What an init spec may not say. It states the tables nf_init builds before the first packet, so
 * nothing about a packet (its inputs, pop_header, an outcome) has a meaning in it. An emap index
 * is the allocator's choice: an add names it {@code the_index_allocated}, which afterwards means
 * the index of the latest add, and so may only be read where an add precedes it on every path.
 */
final class InitSpecRules {
  /** The kinds whose contents a spec can build from empty. */
  private static final Set<StateKind> STATEABLE =
      Set.of(StateKind.EMAP, StateKind.VECTOR, StateKind.MAP, StateKind.UNKNOWN);

  private final CheckSession session;

  private InitSpecRules(CheckSession session) {
    this.session = session;
  }

  /** Reports every packet construct in the lowered body of an init spec, at its location. */
  static void check(List<Stmt> body, CheckSession session) {
    InitSpecRules rules = new InitSpecRules(session);
    for (Spec.StateObject o : session.stateObjects.values()) {
      if (!STATEABLE.contains(o.kind())) {
        session.error(o.importedAt(), o.name() + " is " + o.kind().withArticle() + ": an init spec"
            + " states what emaps, vectors and maps hold after nf_init, and a spec cannot build "
            + o.kind().withArticle() + "; do not import it here");
      }
    }
    rules.block(body, false);
  }

  /**
   * Checks a block entered with {@code allocated} (an add has run on every path here); returns
   * whether an add has run on every path leaving it (true for a path that ended in pass).
   */
  private boolean block(List<Stmt> body, boolean allocated) {
    for (Stmt s : body) {
      if (s instanceof Stmt.PopHeader p) {
        session.error(p.at(), "pop_header: an init spec has no packet; it states the tables nf_init"
            + " builds before the first packet arrives");
      } else if (s instanceof Stmt.Return r) {
        session.error(r.at(), "return: nf_init handles no packet, so an init spec has no outcome;"
            + " state the tables only");
      } else if (s instanceof Stmt.Pass) {
        return true;
      } else if (s instanceof Stmt.Assign a) {
        expression(a.value(), allocated);
      } else if (s instanceof Stmt.Assert a) {
        expression(a.cond(), allocated);
      } else if (s instanceof Stmt.If i) {
        expression(i.cond(), allocated);
        boolean then = block(i.then(), allocated);
        boolean otherwise = block(i.otherwise(), allocated);
        allocated = then && otherwise;
      } else if (s instanceof Stmt.StateUpdate u) {
        allocated = update(u, allocated);
      }
    }
    return allocated;
  }

  private boolean update(Stmt.StateUpdate u, boolean allocated) {
    if (u.method() != StateMethod.ADD) {
      u.args().forEach(e -> expression(e, allocated));
      return allocated;
    }
    // add(k, i, t): k and t are read before the index is handed out
    expression(u.args().get(0), allocated);
    expression(u.args().get(2), allocated);
    Expr index = u.args().get(1);
    if (!(index instanceof Expr.InputRef r && r.input() == Input.THE_INDEX_ALLOCATED)) {
      session.error(index.at(), "the index of an add in an init spec is the allocator's choice,"
          + " not the spec's: write " + u.object() + ".add(key, the_index_allocated, time)");
    }
    return true;
  }

  private void expression(Expr e, boolean allocated) {
    SpecWalk.expression(e, x -> {
      if (x instanceof Expr.InputRef r) {
        input(r, allocated);
      } else if (x instanceof Expr.HasHeader h) {
        session.error(h.at(), "has_header: an init spec has no packet; it states the tables"
            + " nf_init builds before the first packet arrives");
      }
    });
  }

  private void input(Expr.InputRef r, boolean allocated) {
    switch (r.input()) {
      case THE_INDEX_ALLOCATED -> {
        if (!allocated) {
          session.error(r.at(), "the_index_allocated names the index of the latest add, and not"
              + " every path here has an add before it; use it in or after m.add(key,"
              + " the_index_allocated, time)");
        }
      }
      case NOW -> session.error(r.at(), "now is a packet's arrival time, and an init spec has no"
          + " packet: nf_init has no clock; write the time it stamps entries with as a number");
      case TIME_FOR_ALLOCATED_INDEX -> session.error(r.at(), "time_for_allocated_index belongs to"
          + " a packet's allocation; in an init spec write the time given to add as a number");
      default -> session.error(r.at(), r.input().specName() + " is about a packet, and an init"
          + " spec has none: it states the tables nf_init builds before the first packet, from"
          + " numbers, constants and configuration values");
    }
  }
}
