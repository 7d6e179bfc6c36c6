package dev.vigor.engine.validate;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.ir.Stmt;
import dev.vigor.engine.specexec.AbstractState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allocator's choice in an init spec. Each {@code m.add(k, the_index_allocated, t)} gets an
 * index of its own, and {@code the_index_allocated} afterwards reads the latest one: the spec is
 * rewritten so each add site reads its index from a configuration value of its own
 * ({@code #alloc<n>}) into a variable the later reads use. The indices are then chosen to be the
 * NF's: the spec holds when some choice of free indices makes its tables equal the NF's, and as a
 * key sits at one index of an emap, the only choice that can is the index the NF gave the same key.
 * An add whose key does not survive (erased later in the spec, or absent from the NF) gets an
 * index the NF left free, so whatever else the spec put at it shows as a difference.
 */
final class InitIndexAllocation {
  private static final String VARIABLE = "#the_index_allocated";
  private static final String SITE = "#alloc";

  private final Spec rewritten;
  // The emap of each add site, by site number.
  private final List<String> sites = new ArrayList<>();
  // Each site's index in the first run: how many sites of the same emap come before it.
  private final List<Integer> provisional = new ArrayList<>();

  private InitIndexAllocation(Spec spec) {
    this.rewritten = new Spec(spec.file(), block(spec.body()), spec.stateObjects(),
        spec.configNames(), spec.files());
  }

  /** The allocation of {@code spec}'s adds. */
  static InitIndexAllocation of(Spec spec) {
    return new InitIndexAllocation(spec);
  }

  /** The spec with each add site's index read from its configuration value. */
  Spec spec() {
    return rewritten;
  }

  /** Whether the spec adds to an emap at all (else one run decides). */
  boolean any() {
    return !sites.isEmpty();
  }

  /** The first run's indices: 0, 1, 2, ... for the add sites of each emap, in text order. */
  Map<String, BigInteger> provisional() {
    Map<String, BigInteger> out = new LinkedHashMap<>();
    for (int n = 0; n < sites.size(); n++) {
      out.put(SITE + n, BigInteger.valueOf(provisional.get(n)));
    }
    return out;
  }

  /**
   * The indices that match the NF: a site's key is read off the first run's final state (the key
   * at the site's provisional index), and gets the index the NF's emap holds it at; a site whose key is not there gets
   * the lowest index free in the NF's emap and not chosen yet.
   */
  Map<String, BigInteger> matching(Map<String, AbstractState> firstRun,
      Map<String, AbstractState> nf) {
    Map<String, BigInteger> out = new LinkedHashMap<>();
    Map<String, Set<Integer>> taken = new LinkedHashMap<>();
    List<Integer> unmatched = new ArrayList<>();
    for (int n = 0; n < sites.size(); n++) {
      String object = sites.get(n);
      Optional<Integer> nfIndex = Optional.empty();
      if (firstRun.get(object) instanceof AbstractState.Emap spec
          && nf.get(object) instanceof AbstractState.Emap theirs
          && spec.entries().containsKey(provisional.get(n))) {
        nfIndex = theirs.indexOf(spec.entries().get(provisional.get(n)).key());
      }
      if (nfIndex.isPresent()) {
        out.put(SITE + n, BigInteger.valueOf(nfIndex.get()));
        taken.computeIfAbsent(object, o -> new HashSet<>()).add(nfIndex.get());
      } else {
        unmatched.add(n);
      }
    }
    for (int n : unmatched) {
      String object = sites.get(n);
      Set<Integer> used = taken.computeIfAbsent(object, o -> new HashSet<>());
      if (nf.get(object) instanceof AbstractState.Emap theirs) {
        used.addAll(theirs.entries().keySet());
      }
      int free = 0;
      while (used.contains(free)) {
        free++;
      }
      used.add(free);
      out.put(SITE + n, BigInteger.valueOf(free));
    }
    return out;
  }

  // ---- the rewrite ----------------------------------------------------------------------------

  private List<Stmt> block(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      if (s instanceof Stmt.StateUpdate u && u.method() == StateMethod.ADD
          && u.args().get(1) instanceof Expr.InputRef r && r.input() == Input.THE_INDEX_ALLOCATED) {
        SourceLocation at = r.at();
        out.add(new Stmt.Assign(at, VARIABLE, new Expr.ConfigRef(at, SITE + sites.size()), false));
        provisional.add((int) sites.stream().filter(u.object()::equals).count());
        sites.add(u.object());
        out.add(new Stmt.StateUpdate(u.at(), u.object(), u.kind(), u.method(),
            List.of(expr(u.args().get(0)), new Expr.VarRef(at, VARIABLE, SpecType.INT),
                expr(u.args().get(2)))));
      } else {
        out.add(statement(s));
      }
    }
    return out;
  }

  private Stmt statement(Stmt s) {
    if (s instanceof Stmt.Assign a) {
      return new Stmt.Assign(a.at(), a.name(), expr(a.value()), a.constant());
    } else if (s instanceof Stmt.StateUpdate u) {
      return new Stmt.StateUpdate(u.at(), u.object(), u.kind(), u.method(), exprs(u.args()));
    } else if (s instanceof Stmt.If i) {
      return new Stmt.If(i.at(), expr(i.cond()), block(i.then()), block(i.otherwise()),
          i.elseFrom());
    } else if (s instanceof Stmt.Assert a) {
      return new Stmt.Assert(a.at(), expr(a.cond()));
    }
    // pass; pop_header and return are not allowed in an init spec, and read no index
    return s;
  }

  private List<Expr> exprs(List<Expr> es) {
    return es.stream().map(this::expr).toList();
  }

  /** {@code e} with every read of the_index_allocated reading the latest add's index. */
  private Expr expr(Expr e) {
    if (e instanceof Expr.InputRef r && r.input() == Input.THE_INDEX_ALLOCATED) {
      return new Expr.VarRef(r.at(), VARIABLE, SpecType.INT);
    } else if (e instanceof Expr.Unary u) {
      return new Expr.Unary(u.at(), u.op(), expr(u.operand()));
    } else if (e instanceof Expr.Binary b) {
      return new Expr.Binary(b.at(), b.op(), expr(b.left()), expr(b.right()));
    } else if (e instanceof Expr.Compare c) {
      return new Expr.Compare(c.at(), exprs(c.operands()), c.ops());
    } else if (e instanceof Expr.Logical l) {
      return new Expr.Logical(l.at(), l.op(), exprs(l.operands()));
    } else if (e instanceof Expr.Mem m) {
      return new Expr.Mem(m.at(), expr(m.element()), expr(m.list()));
    } else if (e instanceof Expr.FlagTest f) {
      return new Expr.FlagTest(f.at(), expr(f.flag()), expr(f.flags()));
    } else if (e instanceof Expr.ListValue l) {
      return new Expr.ListValue(l.at(), exprs(l.elements()), l.type());
    } else if (e instanceof Expr.FieldRead f) {
      return new Expr.FieldRead(f.at(), expr(f.target()), f.field(), f.type());
    } else if (e instanceof Expr.RecordValue r) {
      return new Expr.RecordValue(r.at(), r.recordType(), r.spelled(), r.checked(), exprs(r.args()));
    } else if (e instanceof Expr.RecordHash h) {
      return new Expr.RecordHash(h.at(), h.recordType(), expr(h.record()));
    } else if (e instanceof Expr.StateCall c) {
      return new Expr.StateCall(c.at(), c.object(), c.kind(), c.method(), exprs(c.args()), c.type());
    }
    // literals, other inputs, configuration values, variables, state objects; headers only occur
    // in outcomes, which an init spec has none of
    return e;
  }
}
