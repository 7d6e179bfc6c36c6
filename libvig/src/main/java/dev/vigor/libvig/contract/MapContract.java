package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The contract of a map object (see {@code libvig.h} and the README's operation table). */
public final class MapContract implements StructureContract<ConcreteMap> {
  private final MapVocabulary v;
  private final Terms t;
  private final List<Operation> operations;

  public MapContract(MapVocabulary vocabulary) {
    this.v = vocabulary;
    this.t = vocabulary.terms();
    this.operations = List.of(get(), has(), put(), erase(), full());
  }

  /** The contract of map object name. */
  public static MapContract create(Context ctx, String name, int capacity, BitVecSort keySort,
      BitVecSort valueSort, Function<Expr<?>, BoolExpr> bound) {
    return new MapContract(MapVocabulary.create(ctx, name, capacity, keySort, valueSort, bound));
  }

  public MapVocabulary vocabulary() {
    return v;
  }

  @Override
  public String kind() {
    return "map";
  }

  @Override
  public Expr<?> freshState(String name) {
    return t.ctx().mkConst(name, v.stateSort());
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  public BoolExpr has(Expr<?> m, Expr<?> k) {
    return t.holds(v.has(), m, k);
  }

  public Expr<BitVecSort> get(Expr<?> m, Expr<?> k) {
    return t.apply(v.get(), m, k);
  }

  public Expr<BitVecSort> size(Expr<?> m) {
    return t.apply(v.size(), m);
  }

  public BoolExpr full(Expr<?> m) {
    return t.holds(v.full(), m);
  }

  private Operation get() {
    return new Operation("map_get", List.of(v.keySort()),
        List.of(t.ctx().mkBoolSort(), v.valueSort()),
        (m, a, p) -> t.truth(true),
        (m, a, r) -> m,
        (m, m1, a, r, p) -> t.and(t.iff(r.get(0), has(m, a.get(0))),
            t.implies(r.get(0), t.eq(r.get(1), get(m, a.get(0))))));
  }

  private Operation has() {
    return new Operation("map_has", List.of(v.keySort()), List.of(t.ctx().mkBoolSort()),
        (m, a, p) -> t.truth(true),
        (m, a, r) -> m,
        (m, m1, a, r, p) -> t.iff(r.get(0), has(m, a.get(0))));
  }

  private Operation put() {
    return new Operation("map_put", List.of(v.keySort(), v.valueSort()), List.of(),
        (m, a, p) -> t.and(t.or(has(m, a.get(0)), t.not(full(m))), v.bound().apply(a.get(1))),
        (m, a, r) -> t.apply(v.put(), m, a.get(0), a.get(1)),
        (m, m1, a, r, p) -> {
          Expr<?> k = a.get(0);
          return t.and(has(m1, k), t.eq(get(m1, k), a.get(1)),
              t.eq(size(m1), t.ite(has(m, k), size(m), t.plus(size(m), 1))),
              frame(m, m1, p, k), wellFormed(m1));
        });
  }

  private Operation erase() {
    return new Operation("map_erase", List.of(v.keySort()), List.of(),
        (m, a, p) -> has(m, a.get(0)),
        (m, a, r) -> t.apply(v.erase(), m, a.get(0)),
        (m, m1, a, r, p) -> t.and(t.not(has(m1, a.get(0))),
            t.eq(size(m1), t.plus(size(m), -1)), frame(m, m1, p, a.get(0)), wellFormed(m1)));
  }

  private Operation full() {
    return new Operation("map_full", List.of(), List.of(t.ctx().mkBoolSort()),
        (m, a, p) -> t.truth(true),
        (m, a, r) -> m,
        (m, m1, a, r, p) -> t.iff(r.get(0), full(m)));
  }

  /** 0 &lt;= size &lt;= capacity and full iff size = capacity. */
  public BoolExpr wellFormed(Expr<?> m) {
    return t.and(t.sle(t.index(0), size(m)), t.sle(size(m), t.index(v.capacity())),
        t.iff(full(m), t.eq(size(m), t.index(v.capacity()))));
  }

  /** Keys other than except keep presence and value. */
  private BoolExpr frame(Expr<?> m, Expr<?> m1, Points p, Expr<?> except) {
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> k : p.keys()) {
      f.add(t.implies(t.not(t.eq(k, except)), t.and(t.iff(has(m1, k), has(m, k)),
          t.implies(has(m, k), t.eq(get(m1, k), get(m, k))))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr invariant(Expr<?> m, Points p, Expr<?> now) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(wellFormed(m));
    for (Expr<?> k : p.keys()) {
      f.add(t.implies(has(m, k), t.and(v.bound().apply(get(m, k)), t.slt(t.index(0), size(m)))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr abstraction(Expr<?> m, ConcreteMap impl, Points p) {
    Context ctx = t.ctx();
    List<BoolExpr> f = new ArrayList<>();
    f.add(t.eq(size(m), t.index(impl.size())));
    f.add(t.iff(full(m), t.truth(impl.full())));
    List<byte[][]> entries = new ArrayList<>();
    impl.forEach((k, val) -> entries.add(new byte[][] {k, val}));
    for (Expr<?> k : p.keys()) {
      byte[] bytes = Bytes.ifNumeral(k);
      if (bytes != null) {
        var val = impl.get(bytes);
        f.add(t.iff(has(m, k), t.truth(val.isPresent())));
        val.ifPresent(x -> f.add(t.eq(get(m, k), Bytes.toBitVec(ctx, x))));
        continue;
      }
      List<BoolExpr> here = new ArrayList<>();
      for (byte[][] e : entries) {
        BoolExpr h = t.eq(k, Bytes.toBitVec(ctx, e[0]));
        here.add(h);
        f.add(t.implies(h, t.eq(get(m, k), Bytes.toBitVec(ctx, e[1]))));
      }
      f.add(t.iff(has(m, k), t.or(here)));
    }
    return t.and(f);
  }
}
