package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.libvig.contract.Operation;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.Terms;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether one state update of a symbolic spec path, as its libVig contract states it, takes a
 * state that looks like a concrete table to exactly the concrete interpreter's next table: the
 * postcondition with the table pinned before must force the table after (no other next state is
 * possible, at every index, every key either table holds, and a fresh witness key and index, so at
 * every key and index there is), and must allow it.
 *
 * <p>The answer depends on the tables and arguments only through which keys and values are equal,
 * the indices, and how each time compares with the update's time arguments (the contracts compare
 * times, never compute with them), so it is cached under that shape and asked of Z3 once per
 * shape.
 */
final class ContractStepCheck {
  private static final Map<String, Optional<String>> VERDICTS = new ConcurrentHashMap<>();

  private final Context ctx;
  private final ContractFacts facts;
  /** Updates checked, and how many needed Z3. */
  static int checked;
  static int solved;

  ContractStepCheck(Context ctx) {
    this.ctx = ctx;
    this.facts = new ContractFacts(ctx);
  }

  /** Why the contract does not take {@code before} to exactly {@code after}; empty if it does. */
  Optional<String> check(String name, SymbolicState object, Operation op, List<Expr<?>> args,
      List<Expr<?>> results, AbstractState before, AbstractState after) {
    checked++;
    String shape = name + " " + op.name() + new Shape(op.name(), args).of(before, after, args,
        results);
    Optional<String> known = VERDICTS.get(shape);
    if (known != null) {
      return known;
    }
    solved++;
    Optional<String> verdict = ask(object, op, args, results, before, after);
    VERDICTS.put(shape, verdict);
    return verdict;
  }

  private Optional<String> ask(SymbolicState object, Operation op, List<Expr<?>> args,
      List<Expr<?>> results, AbstractState before, AbstractState after) {
    Terms t = new Terms(ctx);
    Expr<?> s = object.pre(); // any state term: the pre-state constant serves
    Expr<?> s1 = op.nextState(s, args, results);
    Set<Expr<?>> keys = new LinkedHashSet<>();
    Set<Expr<?>> indices = new LinkedHashSet<>();
    for (int i = 0; i < capacity(before); i++) {
      indices.add(t.index(i));
    }
    for (AbstractState a : List.of(before, after)) {
      if (a instanceof AbstractState.Emap e) {
        e.entries().values().forEach(en -> keys.add(facts.bits(en.key())));
      } else if (a instanceof AbstractState.MapState m) {
        m.entries().keySet().forEach(k -> keys.add(facts.bits(k)));
      }
    }
    for (boolean res : new boolean[] {false, true}) {
      List<Expr<?>> values = res ? results : args;
      List<Role> r = roles(op.name(), res);
      for (int k = 0; k < values.size(); k++) {
        if (r.get(k) == Role.INDEX) {
          indices.add(values.get(k));
        } else if (r.get(k) == Role.KEY) {
          keys.add(values.get(k));
        }
      }
    }
    Points p = FinalStateEquality.withWitnesses(ctx, object,
        Points.of(new ArrayList<>(keys), new ArrayList<>(indices)), "step");
    List<BoolExpr> assumed = new ArrayList<>();
    assumed.add(facts.looksLike(object, s, before, p, true));
    op.definitionsAt(s, args, p).ifPresent(assumed::add);
    assumed.add(op.postcondition(s, s1, args, results, p));
    BoolExpr next = facts.looksLike(object, s1, after, p, true);
    // One solver for both questions: the facts are translated once.
    Solver z3 = ctx.mkSolver();
    assumed.forEach(z3::add);
    z3.push();
    z3.add(ctx.mkNot(next));
    Status st = z3.check();
    z3.pop();
    if (st != Status.UNSATISFIABLE) {
      return Optional.of(op.name() + "'s contract allows another next state than the concrete "
          + after + " from " + before + " (Z3: " + st + ")");
    }
    z3.add(next);
    Status ok = z3.check();
    return ok == Status.SATISFIABLE ? Optional.empty() : Optional.of(op.name()
        + "'s contract forbids the concrete next state " + after + " from " + before
        + " (Z3: " + ok + ")");
  }

  private static int capacity(AbstractState s) {
    if (s instanceof AbstractState.Emap e) {
      return e.capacity();
    }
    if (s instanceof AbstractState.Vector v) {
      return v.capacity();
    }
    return ((AbstractState.MapState) s).capacity();
  }

  /** What each argument or result of an update is: a key, a time, an index, a value, a truth. */
  private enum Role { KEY, TIME, INDEX, DATA, TRUTH }

  private static List<Role> roles(String op, boolean results) {
    return switch (op + (results ? " results" : "")) {
      case "emap_expire" -> List.of(Role.TIME);
      case "emap_expire results" -> List.of(Role.INDEX);
      case "emap_add" -> List.of(Role.KEY, Role.TIME);
      case "emap_add results" -> List.of(Role.TRUTH, Role.INDEX);
      case "emap_refresh" -> List.of(Role.INDEX, Role.TIME);
      case "emap_erase", "map_erase" -> List.of(Role.KEY);
      case "vector_set" -> List.of(Role.INDEX, Role.DATA);
      case "map_put" -> List.of(Role.KEY, Role.DATA);
      default -> List.of();
    };
  }

  /**
   * The shape of one update, in what its contract can tell apart. Keys by equality class (the
   * contracts look keys up). A time by how it compares with each time argument, and, after the
   * update, whether it is the time the same index had before (the contracts compare times with
   * the update's time and keep or replace them, never compare two entries' times). A stored value
   * after the update by whether it is the value the same index or key had before and whether it is
   * the update's value argument (the contracts keep or replace values, nothing else).
   */
  private static final class Shape {
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<Long> timeArgs = new ArrayList<>();
    private final List<Bits> valueArgs = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final String op;

    Shape(String op, List<Expr<?>> args) {
      this.op = op;
      List<Role> r = roles(op, false);
      for (int k = 0; k < r.size(); k++) {
        BitVecNum n = (BitVecNum) args.get(k);
        if (r.get(k) == Role.TIME) {
          timeArgs.add(n.getBigInteger().longValue());
        } else if (r.get(k) == Role.DATA) {
          valueArgs.add(new Bits(n.getBigInteger(), n.getSortSize()));
        }
      }
    }

    String of(AbstractState before, AbstractState after, List<Expr<?>> args,
        List<Expr<?>> results) {
      values(args, roles(op, false));
      out.append(" ->");
      values(results, roles(op, true));
      out.append(" before");
      table(before, null);
      out.append(" after");
      table(after, before);
      return out.toString();
    }

    private void table(AbstractState s, AbstractState was) {
      if (s instanceof AbstractState.Emap e) {
        for (int i = 0; i < e.capacity(); i++) {
          AbstractState.Entry en = e.entries().get(i);
          AbstractState.Entry old = was == null ? null : ((AbstractState.Emap) was).entries().get(i);
          out.append(en == null ? " -" : " " + key(en.key()) + time(en.time())
              + (old != null && old.time() == en.time() ? "same" : ""));
        }
      } else if (s instanceof AbstractState.Vector v) {
        for (int i = 0; i < v.capacity(); i++) {
          out.append(' ').append(was == null ? "*"
              : value(v.get(i), ((AbstractState.Vector) was).get(i)));
        }
      } else {
        AbstractState.MapState m = (AbstractState.MapState) s;
        m.entries().entrySet().stream()
            .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Bits::value)))
            .forEach(en -> out.append(' ').append(key(en.getKey())).append('=').append(
                was == null ? "*"
                    : value(en.getValue(), ((AbstractState.MapState) was).entries()
                        .get(en.getKey()))));
        out.append(m.full() ? " full" : "");
      }
    }

    private void values(List<Expr<?>> values, List<Role> roles) {
      for (int k = 0; k < values.size(); k++) {
        Expr<?> e = values.get(k);
        switch (roles.get(k)) {
          case TRUTH -> out.append(' ').append(e.isTrue());
          case TIME -> out.append(time(((BitVecNum) e).getBigInteger().longValue()));
          case INDEX -> out.append(" i").append(((BitVecNum) e).getBigInteger().intValue());
          case KEY -> out.append(' ').append(key(new Bits(((BitVecNum) e).getBigInteger(),
              ((BitVecNum) e).getSortSize())));
          default -> out.append(" v");
        }
      }
    }

    private String key(Bits b) {
      return "k" + id(keyIds, b.width() + ":" + b.value());
    }

    private String value(Bits now, Bits was) {
      StringBuilder s = new StringBuilder("v");
      s.append(now.equals(was) ? "same" : "new");
      for (Bits a : valueArgs) {
        s.append(now.equals(a) ? "=" : "!");
      }
      return s.toString();
    }

    private String time(long x) {
      StringBuilder s = new StringBuilder(" t");
      for (long a : timeArgs) {
        s.append(x < a ? '<' : x == a ? '=' : '>');
      }
      return s.toString();
    }

    private static <K> int id(Map<K, Integer> ids, K value) {
      return ids.computeIfAbsent(value, v -> ids.size());
    }
  }
}
