package dev.vigor.engine.layers;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.exec.ChtBackends;
import dev.vigor.engine.exec.LibVigAbi;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.symex.ObjectContracts;
import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import dev.vigor.libvig.contract.ChtContract;
import dev.vigor.libvig.contract.Operation;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.PrefixPoint;
import dev.vigor.libvig.contract.StructureContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libVig's C held to the very contracts the NF layer assumes, along one path of the libvig
 * layer's harness: each object starts as the abstraction of a new structure (the Java one of the
 * same shape, empty; a cht as cht_fill leaves it), and each call the harness makes on an object
 * gets the contract's precondition to assume and, once the C returned, the postcondition its
 * results must satisfy, over the abstract states the earlier calls' postconditions describe.
 * Every contract is instantiated at every index of these small objects and at every key,
 * address and prefix the path mentions, re-instantiated when the path mentions a new one.
 */
final class LibVigConformance {
  private final Context ctx;
  private final Program program;
  private final ObjectContracts objects;
  private final Map<String, Expr<?>> current = new LinkedHashMap<>();
  private final Map<String, List<Expr<?>>> keys = new LinkedHashMap<>();
  private final Map<String, List<Expr<?>>> indices = new LinkedHashMap<>();
  private final Map<String, List<PrefixPoint>> prefixes = new LinkedHashMap<>();
  private final Map<String, Integer> instantiatedAt = new LinkedHashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final List<BoolExpr> pending = new ArrayList<>();

  /** One call the harness made, in the contract's terms. */
  record Call(String function, String object, List<Expr<?>> args, List<Expr<?>> results,
      Expr<?> before, Expr<?> after) {}

  LibVigConformance(Context ctx, Program program, ObjectContracts objects) {
    this.ctx = ctx;
    this.program = program;
    this.objects = objects;
    for (LibVigObject o : program.objects()) {
      if (objects.contract(o.name()) == null) {
        continue;
      }
      current.put(o.name(), objects.initial(o.name()));
      List<Expr<?>> all = new ArrayList<>();
      if (o.kind() != dev.vigor.engine.ir.LibVigKind.MAP && o.kind() != dev.vigor.engine.ir.LibVigKind.LPM) {
        for (int i = 0; i < o.capacity(); i++) {
          all.add(ctx.mkBV(i, 32)); // small objects: every index is a point
        }
      }
      indices.put(o.name(), all);
      keys.put(o.name(), new ArrayList<>());
      prefixes.put(o.name(), new ArrayList<>());
    }
  }

  /** The contracts of a harness's objects, built once per exploration (one Z3 context). */
  static ObjectContracts contractsOf(Context ctx, Program program, LayerDomain domain) {
    return new ObjectContracts(ctx, program, domain, Map.of(), ctx.mkBVConst("libvig!now", 64));
  }

  /** The operation of function on object (the layer's harness calls only what has one). */
  private Operation operation(String function, LibVigObject object) {
    StructureContract<?> c = objects.contract(object.name());
    if (c == null) {
      throw new dev.vigor.engine.exec.OutsideSubsetException(object.loc() + ": " + object.name()
          + " has no contract here (a cht needs the one emap of its backends)");
    }
    return c.operation(function).orElseThrow(() -> new dev.vigor.engine.exec.OutsideSubsetException(
        function + " on " + object.name() + " has no contract"));
  }

  /** Contract arguments with the other objects' current states where the signature has them. */
  List<Expr<?>> contractArgs(String function, List<LibVigObject> others, List<Expr<?>> args) {
    return LibVigAbi.withObjects(function, args, o -> current.get(others.get(o).name()));
  }

  /**
   * The precondition of a call about to be made (args as {@link #contractArgs} gives them); its
   * arguments become points first, so what earlier calls said about them is among the facts.
   */
  BoolExpr precondition(String function, LibVigObject object, List<Expr<?>> args) {
    Operation op = operation(function, object);
    String name = object.name();
    LibVigAbi.Signature sig = LibVigAbi.of(function);
    int a = 0;
    for (LibVigAbi.Param p : sig.params()) {
      if (LibVigAbi.isArgument(p)) {
        Expr<?> arg = args.get(a++);
        if (p == LibVigAbi.Param.KEY_IN) {
          addPoint(keys.get(name), arg);
        } else if (p == LibVigAbi.Param.INDEX) {
          addPoint(indices.get(name), arg);
        }
      }
    }
    if (function.equals("lpm_lookup")) {
      addPoint(keys.get(name), args.get(0));
    } else if (function.equals("lpm_update")) {
      PrefixPoint q = new PrefixPoint(args.get(0), args.get(1));
      if (!prefixes.get(name).contains(q)) {
        prefixes.get(name).add(q);
      }
    } else if (function.equals("cht_find_preferred")
        && objects.contract(name) instanceof ChtContract cht) {
      addPoint(keys.get(name), cht.slotOf(args.get(0)));
    }
    instantiate(name);
    return op.precondition(current.get(name), args, points(name));
  }

  /**
   * What a call's results must satisfy: that some next state explains them ({@code obligation},
   * to check) and the postcondition itself ({@code definition}, to assume once checked: it says
   * what the next state is).
   */
  record Post(BoolExpr obligation, BoolExpr definition) {}

  /**
   * The postcondition the C's results (return value, then out-parameters) must satisfy; the
   * object's state moves on to the contract's next state, whatever the check finds.
   */
  Post postcondition(String function, LibVigObject object, List<Expr<?>> args,
      List<Expr<?>> results) {
    Operation op = operation(function, object);
    String name = object.name();
    LibVigAbi.Signature sig = LibVigAbi.of(function);
    int r = sig.ret() == LibVigAbi.Ret.VOID ? 0 : 1;
    for (LibVigAbi.Param p : sig.params()) {
      if (!LibVigAbi.isArgument(p)) {
        if (p == LibVigAbi.Param.INDEX_OUT && !function.equals("cht_find_preferred")) {
          addPoint(indices.get(name), results.get(r));
        } else if (p == LibVigAbi.Param.KEY_OUT) {
          addPoint(keys.get(name), results.get(r));
        }
        r++;
      }
    }
    instantiate(name);
    Expr<?> before = current.get(name);
    Expr<?> after = op.nextState(before, args, results);
    calls.add(new Call(function, name, args, results, before, after));
    current.put(name, after);
    op.definitionsAt(before, args, points(name)).ifPresent(pending::add);
    BoolExpr post = op.postcondition(before, after, args, results, points(name));
    // an observer (or a failed call) leaves the state itself: its observers are the old ones
    return new Post(after.equals(before) ? post : explainable(post, after), post);
  }

  /**
   * The obligation a postcondition puts on the implementation: that SOME next state satisfies it
   * with these results. The contract defines the next state through its observers (size, an
   * index's stamp, ...), which are free where the after-state term is new; asked as it is, the
   * postcondition could be broken by picking them badly. So every observer of after in post
   * becomes a variable, existentially bound: the results break the contract exactly when no
   * next state explains them.
   */
  private BoolExpr explainable(BoolExpr post, Expr<?> after) {
    List<Expr<?>> observed = new ArrayList<>();
    collect(post, after, observed, new java.util.HashSet<>());
    if (observed.isEmpty()) {
      return post;
    }
    Expr<?>[] from = observed.toArray(Expr<?>[]::new);
    Expr<?>[] to = new Expr<?>[from.length];
    for (int i = 0; i < from.length; i++) {
      to[i] = ctx.mkFreshConst("next", from[i].getSort());
    }
    BoolExpr body = (BoolExpr) post.substitute(from, to);
    return ctx.mkExists(to, body, 1, null, null, null, null);
  }

  /** Applications f(after, ...) inside e (observers of the after-state), each once. */
  private static void collect(Expr<?> e, Expr<?> after, List<Expr<?>> out,
      java.util.Set<Expr<?>> seen) {
    if (!seen.add(e) || !e.isApp()) {
      return;
    }
    Expr<?>[] args = e.getArgs();
    if (args.length > 0 && args[0].equals(after) && !e.equals(after)) {
      if (!out.contains(e)) {
        out.add(e);
      }
      return;
    }
    for (Expr<?> a : args) {
      collect(a, after, out, seen);
    }
  }

  /**
   * What the contract allows a call to return, for the same arguments and earlier calls: the
   * postcondition over fresh results (and the next state they make), to solve for an example.
   */
  Map<String, Expr<?>> alternative(String function, LibVigObject object, List<Expr<?>> args,
      Expr<?> before, List<BoolExpr> sink) {
    Operation op = operation(function, object);
    List<Expr<?>> fresh = new ArrayList<>();
    Map<String, Expr<?>> named = new LinkedHashMap<>();
    List<String> names = resultNames(function);
    for (int i = 0; i < op.resultSorts().size(); i++) {
      Expr<?> x = ctx.mkFreshConst("allowed", op.resultSorts().get(i));
      fresh.add(x);
      named.put(names.get(i), x);
    }
    Expr<?> after = op.nextState(before, args, fresh);
    sink.add(op.postcondition(before, after, args, fresh, points(object.name())));
    return named;
  }

  /** The state of object before its last call. */
  Expr<?> lastBefore(String object) {
    for (int i = calls.size() - 1; i >= 0; i--) {
      if (calls.get(i).object().equals(object)) {
        return calls.get(i).before();
      }
    }
    return current.get(object);
  }

  /** Names of a function's results for messages: "returned", then its out-parameters. */
  static List<String> resultNames(String function) {
    LibVigAbi.Signature sig = LibVigAbi.of(function);
    List<String> names = new ArrayList<>();
    if (sig.ret() != LibVigAbi.Ret.VOID) {
      names.add("returned");
    }
    for (LibVigAbi.Param p : sig.params()) {
      if (!LibVigAbi.isArgument(p)) {
        names.add(switch (p) {
          case INDEX_OUT -> "*index_out";
          case KEY_OUT -> "*key_out";
          case VALUE_OUT -> "*value_out";
          case BORROW_OUT -> "**elem_out";
          default -> "*out";
        });
      }
    }
    return names;
  }

  /** Names of a function's arguments for messages, in the contract's order. */
  static List<String> argumentNames(String function) {
    if (function.equals("lpm_update")) {
      return List.of("prefix", "prefix_len", "value");
    }
    if (function.equals("lpm_lookup")) {
      return List.of("addr");
    }
    if (function.equals("cht_find_preferred")) {
      return List.of("hash", "backends");
    }
    List<String> names = new ArrayList<>();
    for (LibVigAbi.Param p : LibVigAbi.of(function).params()) {
      if (LibVigAbi.isArgument(p)) {
        names.add(switch (p) {
          case KEY_IN -> "key";
          case INDEX -> "index";
          case TIME -> function.endsWith("expire") ? "older_than" : "now";
          case VALUE_IN -> "value";
          default -> "arg";
        });
      }
    }
    return names;
  }

  /** Facts to assume from now on (the starting states and earlier postconditions at new points). */
  List<BoolExpr> takeFacts() {
    List<BoolExpr> out = new ArrayList<>(pending);
    pending.clear();
    return out;
  }

  /** A value of the sort of function's result number index (one a failed call left unwritten). */
  Expr<?> anyResult(String function, LibVigObject object, int index) {
    return ctx.mkFreshConst("unwritten", operation(function, object).resultSorts().get(index));
  }

  private Points points(String object) {
    return new Points(keys.get(object), indices.get(object), prefixes.get(object));
  }

  private static void addPoint(List<Expr<?>> points, Expr<?> p) {
    if (!points.contains(p)) {
      points.add(p);
    }
  }

  /**
   * The starting state and every earlier call on object at the current points, once more each
   * time the points grew (what holds at the old points is asserted again: harmless).
   */
  @SuppressWarnings("unchecked")
  private void instantiate(String object) {
    Points p = points(object);
    int size = p.keys().size() + p.indices().size() + p.prefixes().size();
    Integer was = instantiatedAt.get(object);
    if (was != null && was == size) {
      return;
    }
    instantiatedAt.put(object, size);
    StructureContract<Object> c = (StructureContract<Object>) objects.contract(object);
    pending.add(c.abstraction(objects.initial(object), initialImpl(program.object(object).orElseThrow()), p));
    for (Call call : calls) {
      if (call.object().equals(object)) {
        Operation op = c.operation(call.function()).orElseThrow();
        op.definitionsAt(call.before(), call.args(), p).ifPresent(pending::add);
        pending.add(op.postcondition(call.before(), call.after(), call.args(), call.results(), p));
      }
    }
  }

  /** The Java structure a new object of this shape is: empty, or a cht as cht_fill leaves it. */
  private static Object initialImpl(LibVigObject o) {
    int cap = Math.toIntExact(o.capacity());
    return switch (o.kind()) {
      case EMAP -> new ConcreteEmap(cap, Math.toIntExact(o.keyType().size()));
      case DCHAIN -> new ConcreteDchain(cap);
      case MAP -> new ConcreteMap(cap, Math.toIntExact(o.keyType().size()),
          Math.toIntExact(o.valueType().size()));
      case VECTOR -> new ConcreteVector(cap, Math.toIntExact(o.valueType().size()));
      case LPM -> new ConcreteLpm(cap);
      case CHT -> ChtBackends.filledTable(o);
    };
  }
}
