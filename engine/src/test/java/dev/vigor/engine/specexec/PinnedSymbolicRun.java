package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Sort;
import dev.vigor.libvig.contract.EmapVocabulary;
import dev.vigor.libvig.contract.MapVocabulary;
import dev.vigor.libvig.contract.Terms;
import dev.vigor.libvig.contract.VectorVocabulary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The symbolic spec interpreter on one concrete input, every input pinned. The spec's symbolic
 * paths are enumerated once, over fresh input terms and pre-state terms, as the validator gets
 * them; the path with the concrete run's decisions must exist, and on the input:
 *
 * <ul>
 *   <li>each update the path makes, its arguments evaluated, must take the concrete table before
 *       it to exactly the concrete table after it under its libVig contract
 *       ({@link ContractStepCheck}: the contract forces that next state, at every key and index,
 *       and allows it). By induction from the pre-states, which are the concrete tables, every
 *       state term on the path looks exactly like the concrete table at that point;
 *   <li>so each decision, side condition, assert and outcome value, with the inputs set and every
 *       state observation replaced by what its table holds, is decided by Z3's simplifier, and
 *       must be the concrete run's; and each final state term must be the concrete final table.
 * </ul>
 *
 * Nothing on the symbolic side is computed the concrete interpreter's way: the values are the
 * symbolic domain's own terms, the state goes through the contracts. All the terms of a path are
 * one tuple, so an input costs a few substitutions and simplifications, whatever the path's size.
 */
final class PinnedSymbolicRun implements AutoCloseable {
  private final CatalogSpec spec;
  private final Context ctx = new Context();
  private final Terms t = new Terms(ctx);
  private final ContractStepCheck steps = new ContractStepCheck(ctx);
  private final Map<String, SymbolicSpecInputs> inputsByOutcome = new HashMap<>();
  private final Map<String, Map<List<String>, SpecPath>> pathsByOutcome = new HashMap<>();
  // by identity: a path's record hash would hash every Z3 term in it
  private final Map<SpecPath, PathTerms> terms = new java.util.IdentityHashMap<>();
  private final BitVecExpr nfDevice = ctx.mkBVConst("nf.device", 16);
  private final Map<String, SymbolicState> states;
  private final ArrayPacketTerms packet;
  /** The 256 byte numerals, made once. */
  private final Expr<?>[] byteNumerals = new Expr<?>[256];
  /** Each state observer's function symbol. */
  private final Set<FuncDecl<?>> observers = new HashSet<>();

  PinnedSymbolicRun(CatalogSpec spec) {
    this.spec = spec;
    this.states = spec.contracts(ctx);
    this.packet = ArrayPacketTerms.fresh(ctx, "pkt", 64);
    for (int b = 0; b < 256; b++) {
      byteNumerals[b] = ctx.mkBV(b, 8);
    }
    states.values().forEach(s -> {
      if (s instanceof SymbolicState.Emap e) {
        EmapVocabulary v = e.contract().vocabulary();
        observers.addAll(List.of(v.has(), v.idx(), v.hasIdx(), v.key(), v.time(), v.size(),
            v.full()));
      } else if (s instanceof SymbolicState.Vector vec) {
        VectorVocabulary v = vec.contract().vocabulary();
        observers.addAll(List.of(v.get(), v.lent()));
      } else {
        MapVocabulary v = ((SymbolicState.Map) s).contract().vocabulary();
        observers.addAll(List.of(v.has(), v.get(), v.size(), v.full()));
      }
    });
  }

  @Override
  public void close() {
    ctx.close();
  }

  /** A path's decisions as the spec lines and ways taken. */
  static <B> List<String> signature(List<Decision<B>> decisions) {
    return decisions.stream().map(d -> d.at() + (d.taken() ? " true" : " false")).toList();
  }

  /** The spec's paths with an NF outcome of this kind (sent_on_ports reads it), by decisions. */
  private Map<List<String>, SpecPath> paths(String kind) {
    return pathsByOutcome.computeIfAbsent(kind, k -> {
      Map<List<String>, SpecPath> bySignature = new LinkedHashMap<>();
      for (SpecPath p : new SymbolicSpecInterpreter(spec.spec(), spec.shapes(), spec.layouts())
          .paths(inputs(kind))) {
        bySignature.put(signature(p.decisions()), p);
      }
      return bySignature;
    });
  }

  private SymbolicSpecInputs inputs(String kind) {
    return inputsByOutcome.computeIfAbsent(kind, k -> {
      NfOutcome<BitVecExpr> nf = switch (k) {
        case "drop" -> new NfOutcome.Drop<>();
        case "flood" -> new NfOutcome.Flood<>();
        default -> new NfOutcome.Device<>(nfDevice);
      };
      return new SymbolicSpecInputs(ctx, packet, ctx.mkBVConst("received_on_port", 16),
          ctx.mkBVConst("now", 64), ctx.mkBVConst("the_index_allocated", 32),
          ctx.mkBVConst("time_for_allocated_index", 64), Map.of(),
          (int) spec.nf().program().deviceCount(), Optional.of(nf), states);
    });
  }

  private static String kind(NfOutcome<?> nf) {
    return nf instanceof NfOutcome.Drop ? "drop" : nf instanceof NfOutcome.Flood ? "flood" : "device";
  }

  /** Why the symbolic interpreter disagrees with the concrete run on this input; empty if not. */
  Optional<String> disagreement(ConcreteSpecInputs in, RecordedUpdates concrete) {
    SpecRunResult<BigInteger, Boolean, Bits, AbstractState> c = concrete.result;
    String kind = kind(in.nfOutcome().orElseThrow());
    SymbolicSpecInputs sin = inputs(kind);
    SpecPath p = paths(kind).get(signature(c.decisions()));
    if (p == null) {
      return Optional.of("no symbolic path decides as the concrete run; the symbolic paths: "
          + paths(kind).keySet());
    }
    Optional<String> shape = SameOutcome.shapeDifference(p.outcome(), c.outcome());
    if (shape.isPresent()) {
      return shape;
    }
    if (p.asserts().size() != c.asserts().size()
        || p.sideConditions().size() != c.sideConditions().size()
        || p.steps().size() != concrete.updates.size()) {
      return Optional.of("the symbolic path has " + p.asserts().size() + " asserts, "
          + p.sideConditions().size() + " side conditions and " + p.steps().size()
          + " updates, the concrete run " + c.asserts().size() + ", "
          + c.sideConditions().size() + " and " + concrete.updates.size());
    }
    // Where the concrete run broke a side condition the spec's values mean nothing from there on
    // (both interpreters leave them open): the side conditions up to that one are compared, and
    // the updates only followed.
    int broken = -1;
    for (int k = c.sideConditions().size() - 1; k >= 0; k--) {
      broken = c.sideConditions().get(k).condition() ? broken : k;
    }
    boolean meaningful = broken < 0;
    PathTerms pt = terms.computeIfAbsent(p, PathTerms::new);
    Evaluation e = new Evaluation(pt, sin, in, concrete.updates, meaningful);
    if (e.failure != null) {
      return Optional.of(e.failure);
    }
    for (int k = 0; k < p.sideConditions().size() && (meaningful || k <= broken); k++) {
      Located<BoolExpr> s = p.sideConditions().get(k);
      Optional<String> why = truth(e.value(pt.side + k), c.sideConditions().get(k).condition(),
          "the side condition at " + s.at() + " (" + s.what() + ")");
      if (why.isPresent()) {
        return why;
      }
    }
    if (!meaningful) {
      return Optional.empty();
    }
    for (int k = 0; k < p.decisions().size(); k++) {
      Decision<BoolExpr> d = p.decisions().get(k);
      Optional<String> why = truth(e.value(pt.decisions + k), d.taken(),
          "the decision at " + d.at() + " (" + d.what() + ")");
      if (why.isPresent()) {
        return why;
      }
    }
    for (int k = 0; k < p.asserts().size(); k++) {
      Optional<String> why = truth(e.value(pt.asserts + k), c.asserts().get(k).condition(),
          "the assert at " + p.asserts().get(k).at());
      if (why.isPresent()) {
        return why;
      }
    }
    List<BigInteger> expected = SameOutcome.values(c.outcome());
    for (int k = 0; k < expected.size(); k++) {
      Expr<?> v = e.value(pt.outcome + k);
      if (!(v instanceof IntNum n) || !n.getBigInteger().equals(expected.get(k))) {
        return Optional.of("outcome value " + k + " at " + p.outcome().at() + " is " + v
            + " symbolically, " + expected.get(k) + " concretely");
      }
    }
    int k = 0;
    for (String o : states.keySet()) {
      AbstractState fin = e.tables.get(e.value(pt.finals + k++));
      if (fin == null || !fin.equals(c.finalStates().get(o))) {
        return Optional.of("the final " + o + " is " + fin + " symbolically, "
            + c.finalStates().get(o) + " concretely");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> truth(Expr<?> v, boolean expected, String what) {
    if ((v.isTrue() || v.isFalse()) && v.isTrue() == expected) {
      return Optional.empty();
    }
    return Optional.of(what + " is " + v + " symbolically, " + expected + " concretely");
  }

  /**
   * Every term of a path in one tuple, at fixed places: the decisions' conditions, the side
   * conditions, the asserts, the outcome values, each object's final state, and per update its
   * state before and after, its arguments and its results.
   */
  private final class PathTerms {
    final SpecPath path;
    final Expr<?> tuple;
    final int decisions;
    final int side;
    final int asserts;
    final int outcome;
    final int finals;
    /** Per update, where its before, after, arguments and results start. */
    final List<Integer> updates = new ArrayList<>();

    PathTerms(SpecPath path) {
      this.path = path;
      List<Expr<?>> all = new ArrayList<>();
      decisions = all.size();
      path.decisions().forEach(d -> all.add(d.condition()));
      side = all.size();
      path.sideConditions().forEach(s -> all.add(s.condition()));
      asserts = all.size();
      path.asserts().forEach(a -> all.add(a.condition()));
      outcome = all.size();
      all.addAll(SameOutcome.values(path.outcome()));
      finals = all.size();
      states.keySet().forEach(o -> all.add(path.finalStates().get(o)));
      for (ContractStep st : path.steps()) {
        updates.add(all.size());
        all.add(st.before());
        all.add(st.after());
        all.addAll(st.args());
        all.addAll(st.results());
      }
      Sort[] sorts = all.stream().map(Expr::getSort).toArray(Sort[]::new);
      FuncDecl<?> f = ctx.mkFreshFuncDecl("path", sorts, ctx.getBoolSort());
      tuple = ctx.mkApp(f, all.toArray(new Expr<?>[0]));
      reads(tuple, new HashSet<>());
    }

    /** The packet reads at fixed offsets: an input sets them byte by byte. */
    final Map<Expr<?>, Integer> reads = new LinkedHashMap<>();
    /** Whether some read's offset depends on the packet (an L4 header after IPv4 options). */
    boolean computedOffsets;

    private void reads(Expr<?> e, Set<Expr<?>> seen) {
      if (!e.isApp() || !seen.add(e)) {
        return;
      }
      Expr<?>[] args = e.getArgs();
      if (e.isSelect() && args[0].equals(packet.bytes())) {
        if (args[1] instanceof BitVecNum n) {
          reads.put(e, n.getBigInteger().intValue());
          return;
        }
        computedOffsets = true;
      }
      for (Expr<?> a : args) {
        reads(a, seen);
      }
    }
  }

  /**
   * One input's values of a path's terms: the inputs set, then, round by round, each update
   * checked and its table recorded, and each state observation whose table is known replaced by
   * what the table holds, until nothing is left to replace.
   */
  private final class Evaluation {
    final Map<Expr<?>, AbstractState> tables = new HashMap<>();
    String failure;
    private Expr<?>[] values;

    Evaluation(PathTerms pt, SymbolicSpecInputs sin, ConcreteSpecInputs in,
        List<RecordedUpdates.Update> updates, boolean check) {
      List<Expr<?>> from = new ArrayList<>();
      List<Expr<?>> to = new ArrayList<>();
      byte[] b = in.packet();
      pt.reads.forEach((read, at) -> pin(from, to, read,
          byteNumerals[at >= 0 && at < b.length ? b[at] & 0xff : 0]));
      if (pt.computedOffsets) {
        pin(from, to, packet.bytes(), bytes(b));
      }
      pin(from, to, packet.length(), ctx.mkBV(in.length(), 16));
      pin(from, to, sin.receivedOnPort(), ctx.mkBV(in.receivedOnPort(), 16));
      pin(from, to, sin.now(), ctx.mkBV(in.now(), 64));
      pin(from, to, sin.theIndexAllocated(), ctx.mkBV(in.theIndexAllocated(), 32));
      pin(from, to, sin.timeForAllocatedIndex(), ctx.mkBV(in.timeForAllocatedIndex(), 64));
      if (in.nfOutcome().orElseThrow() instanceof NfOutcome.Device<BigInteger> d) {
        pin(from, to, nfDevice, ctx.mkBV(d.device().longValueExact(), 16));
      }
      List<ContractStep> path = pt.path.steps();
      for (int k = 0; k < path.size(); k++) {
        // An expiry's count is open in the contract; the concrete tables say what it was.
        if (path.get(k).operation().name().equals("emap_expire")) {
          RecordedUpdates.Update u = updates.get(k);
          pin(from, to, path.get(k).results().get(0),
              t.index(size(u.before()) - size(u.after())));
        }
      }
      states.forEach((o, s) -> tables.put(s.pre(), in.states().get(o)));
      Expr<?> e = pt.tuple.substitute(from.toArray(new Expr<?>[0]), to.toArray(new Expr<?>[0]))
          .simplify();
      int done = 0;
      for (int round = 0; round < 16 && failure == null; round++) {
        values = e.getArgs();
        for (; done < path.size(); done++) {
          int at = pt.updates.get(done);
          if (!tables.containsKey(values[at]) || !settled(values, at, path.get(done))) {
            break;
          }
          failure = update(done, path.get(done), updates.get(done), values, at, check);
          if (failure != null) {
            return;
          }
        }
        Map<Expr<?>, Expr<?>> found = new LinkedHashMap<>();
        observations(e, found, new HashSet<>());
        if (found.isEmpty() && done == path.size()) {
          return;
        }
        if (found.isEmpty()) {
          failure = "update " + done + " (" + path.get(done).operation().name() + " on "
              + path.get(done).object() + ") applies to a state or arguments no table decides: "
              + values[pt.updates.get(done)];
          return;
        }
        e = e.substitute(found.keySet().toArray(new Expr<?>[0]),
            found.values().toArray(new Expr<?>[0])).simplify();
      }
      values = e.getArgs();
    }

    Expr<?> value(int at) {
      return values[at];
    }

    private void pin(List<Expr<?>> from, List<Expr<?>> to, Expr<?> symbol, Expr<?> value) {
      from.add(symbol);
      to.add(value);
    }

    /** Whether an update's arguments and results are numerals (its after state then is too). */
    private boolean settled(Expr<?>[] values, int at, ContractStep st) {
      for (int k = 2; k < 2 + st.args().size() + st.results().size(); k++) {
        Expr<?> v = values[at + k];
        if (!(v instanceof BitVecNum || v.isTrue() || v.isFalse())) {
          return false;
        }
      }
      return true;
    }

    /** Checks an update against the contract (when {@code check}); records its after table. */
    private String update(int k, ContractStep st, RecordedUpdates.Update u, Expr<?>[] values,
        int at, boolean check) {
      String what = "update " + k + " (" + st.operation().name() + " on " + st.object() + ")";
      if (!st.object().equals(u.object()) || !st.operation().name().equals(u.operation())) {
        return what + ": the concrete run made " + u.operation() + " on " + u.object();
      }
      AbstractState before = tables.get(values[at]);
      if (!before.equals(u.before())) {
        return what + " applies to " + before + ", the concrete one to " + u.before();
      }
      int n = st.args().size();
      List<Expr<?>> args = List.of(values).subList(at + 2, at + 2 + n);
      List<Expr<?>> results = List.of(values).subList(at + 2 + n, at + 2 + n
          + st.results().size());
      if (check) {
        Optional<String> why = steps.check(st.object(), states.get(st.object()), st.operation(),
            args, results, u.before(), u.after());
        if (why.isPresent()) {
          return what + ": " + why.get();
        }
      }
      tables.put(values[at + 1], u.after());
      return null;
    }

    /** The observations in {@code e} whose table is known and arguments are numerals. */
    private void observations(Expr<?> e, Map<Expr<?>, Expr<?>> found, Set<Expr<?>> seen) {
      if (!e.isApp() || !seen.add(e)) {
        return;
      }
      Expr<?>[] args = e.getArgs();
      if (observers.contains(e.getFuncDecl())) {
        AbstractState s = tables.get(args[0]);
        Expr<?> v = s == null ? null : observe(e.getFuncDecl(), s, args);
        if (v != null) {
          found.put(e, v);
          return;
        }
      }
      for (Expr<?> a : args) {
        observations(a, found, seen);
      }
    }
  }

  /**
   * The packet's bytes as one array term: byte i of one wide numeral (zero past the buffer, as
   * the concrete interpreter reads it), which Z3 folds at every numeral offset.
   */
  private Expr<?> bytes(byte[] b) {
    int bits = 8 * packet.capacity();
    BigInteger all = BigInteger.ZERO;
    for (int i = 0; i < b.length && i < packet.capacity(); i++) {
      all = all.or(BigInteger.valueOf(b[i] & 0xff).shiftLeft(8 * i));
    }
    BitVecExpr at = ctx.mkBVConst("at", 32);
    BitVecExpr shift = ctx.mkBVMul(ctx.mkZeroExt(bits - 32, at), ctx.mkBV(8, bits));
    BitVecExpr inRange = (BitVecExpr) ctx.mkITE(ctx.mkBVULT(at, ctx.mkBV(packet.capacity(), 32)),
        ctx.mkExtract(7, 0, ctx.mkBVLSHR(ctx.mkBV(all.toString(), bits), shift)),
        ctx.mkBV(0, 8));
    return ctx.mkLambda(new Expr<?>[] {at}, inRange);
  }

  /** What a concrete table holds for an observer at numeral arguments; null when undefined. */
  private Expr<?> observe(FuncDecl<?> f, AbstractState s, Expr<?>[] args) {
    for (int k = 1; k < args.length; k++) {
      if (!(args[k] instanceof BitVecNum)) {
        return null;
      }
    }
    String name = f.getName().toString();
    String op = name.substring(name.lastIndexOf('.') + 1);
    Bits key = args.length > 1 ? bits((BitVecNum) args[1]) : null;
    int index = args.length > 1 ? ((BitVecNum) args[1]).getBigInteger().intValue() : 0;
    if (s instanceof AbstractState.Emap e) {
      return switch (op) {
        case "has" -> ctx.mkBool(e.indexOf(key).isPresent());
        case "idx" -> e.indexOf(key).map(t::index).orElse(null);
        case "hasIdx" -> ctx.mkBool(e.entries().containsKey(index));
        case "key" -> e.entries().containsKey(index)
            ? ctx.mkBV(e.entries().get(index).key().value().toString(), key.width()) : null;
        case "time" -> e.entries().containsKey(index)
            ? t.num(Bits.of(BigInteger.valueOf(e.entries().get(index).time()), 64).value(), 64)
            : null;
        case "size" -> t.index(e.entries().size());
        case "full" -> ctx.mkBool(e.full());
        default -> null;
      };
    }
    if (s instanceof AbstractState.Vector v) {
      return switch (op) {
        case "get" -> index >= 0 && index < v.capacity()
            ? ctx.mkBV(v.get(index).value().toString(), v.elementBits()) : null;
        case "lent" -> ctx.mkFalse();
        default -> null;
      };
    }
    AbstractState.MapState m = (AbstractState.MapState) s;
    return switch (op) {
      case "has" -> ctx.mkBool(m.entries().containsKey(key));
      case "get" -> m.entries().containsKey(key)
          ? ctx.mkBV(m.entries().get(key).value().toString(), m.entries().get(key).width()) : null;
      case "size" -> t.index(m.entries().size());
      case "full" -> ctx.mkBool(m.full());
      default -> null;
    };
  }

  private static Bits bits(BitVecNum n) {
    return new Bits(n.getBigInteger(), n.getSortSize());
  }

  private static int size(AbstractState s) {
    if (s instanceof AbstractState.Emap e) {
      return e.entries().size();
    }
    return s instanceof AbstractState.MapState m ? m.entries().size() : 0;
  }
}
