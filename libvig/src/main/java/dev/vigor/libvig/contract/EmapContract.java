package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteEmap;
import java.util.ArrayList;
import java.util.List;

/** The contract of an emap object (see {@code libvig.h} and the README's operation table). */
public final class EmapContract implements StructureContract<ConcreteEmap> {
  private final EmapVocabulary v;
  private final Terms t;
  private final List<Operation> operations;

  public EmapContract(EmapVocabulary vocabulary) {
    this.v = vocabulary;
    this.t = vocabulary.terms();
    this.operations = List.of(get(), add(), refresh(), expire(), erase(), hasIndex(), getKey(),
        full());
  }

  /** The contract of emap object name. */
  public static EmapContract create(Context ctx, String name, int capacity, BitVecSort keySort) {
    return new EmapContract(EmapVocabulary.create(ctx, name, capacity, keySort));
  }

  public EmapVocabulary vocabulary() {
    return v;
  }

  @Override
  public String kind() {
    return "emap";
  }

  @Override
  public Expr<?> freshState(String name) {
    return t.ctx().mkConst(name, v.stateSort());
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  // ---- observers -----------------------------------------------------------------------------

  public BoolExpr has(Expr<?> s, Expr<?> k) {
    return t.holds(v.has(), s, k);
  }

  public Expr<BitVecSort> idx(Expr<?> s, Expr<?> k) {
    return t.apply(v.idx(), s, k);
  }

  public BoolExpr hasIdx(Expr<?> s, Expr<?> i) {
    return t.holds(v.hasIdx(), s, i);
  }

  public Expr<BitVecSort> key(Expr<?> s, Expr<?> i) {
    return t.apply(v.key(), s, i);
  }

  public Expr<BitVecSort> time(Expr<?> s, Expr<?> i) {
    return t.apply(v.time(), s, i);
  }

  public Expr<BitVecSort> size(Expr<?> s) {
    return t.apply(v.size(), s);
  }

  public BoolExpr full(Expr<?> s) {
    return t.holds(v.full(), s);
  }

  // ---- operations ----------------------------------------------------------------------------

  private Operation get() {
    return new Operation("emap_get", List.of(v.keySort()),
        List.of(t.ctx().mkBoolSort(), t.indexSort()),
        (s, a, p) -> t.truth(true),
        (s, a, r) -> s,
        (s, s1, a, r, p) -> t.and(t.iff(r.get(0), has(s, a.get(0))),
            t.implies(r.get(0), t.eq(r.get(1), idx(s, a.get(0))))));
  }

  private Operation add() {
    return new Operation("emap_add", List.of(v.keySort(), t.timeSort()),
        List.of(t.ctx().mkBoolSort(), t.indexSort()),
        (s, a, p) -> t.not(has(s, a.get(0))),
        (s, a, r) -> t.ite(r.get(0), t.apply(v.add(), s, a.get(0), r.get(1), a.get(1)), s),
        (s, s1, a, r, p) -> {
          Expr<?> k = a.get(0);
          Expr<?> now = a.get(1);
          Expr<?> i = r.get(1);
          Points q = p.withKeys(k).withIndices(i);
          List<BoolExpr> added = new ArrayList<>(List.of(
              t.inRange(i, v.capacity()), t.not(hasIdx(s, i)),
              has(s1, k), t.eq(idx(s1, k), i), hasIdx(s1, i), t.eq(key(s1, i), k),
              t.eq(time(s1, i), now), t.eq(size(s1), t.plus(size(s), 1)),
              keyFrame(s, s1, q, k), indexFrame(s, s1, q, i)));
          for (Expr<?> j : q.indices()) {
            // The lowest free index: every index below it is taken.
            added.add(t.implies(t.and(t.sle(t.index(0), j), t.slt(j, i)), hasIdx(s, j)));
          }
          return t.and(t.iff(r.get(0), t.not(full(s))), t.implies(r.get(0), t.and(added)),
              wellFormed(s1));
        });
  }

  private Operation refresh() {
    return new Operation("emap_refresh", List.of(t.indexSort(), t.timeSort()), List.of(),
        (s, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), hasIdx(s, a.get(0))),
        (s, a, r) -> t.apply(v.refresh(), s, a.get(0), a.get(1)),
        (s, s1, a, r, p) -> {
          Expr<?> i = a.get(0);
          Expr<?> k = key(s, i);
          Points q = p.withIndices(i).withKeys(k);
          return t.and(hasIdx(s1, i), t.eq(key(s1, i), k), t.eq(time(s1, i), a.get(1)),
              has(s1, k), t.eq(idx(s1, k), i), t.eq(size(s1), size(s)),
              keyFrame(s, s1, q, null), indexFrame(s, s1, q, i), wellFormed(s1));
        });
  }

  private Operation expire() {
    return new Operation("emap_expire", List.of(t.timeSort()), List.of(t.indexSort()),
        (s, a, p) -> t.truth(true),
        (s, a, r) -> t.apply(v.expire(), s, a.get(0)),
        (s, s1, a, r, p) -> {
          Expr<?> olderThan = a.get(0);
          Expr<?> count = r.get(0);
          List<BoolExpr> c = new ArrayList<>(List.of(
              t.sle(t.index(0), count), t.eq(size(s1), t.minus(size(s), count)),
              t.sle(size(s1), size(s)), wellFormed(s1)));
          for (Expr<?> k : p.keys()) {
            Expr<?> i = idx(s, k);
            BoolExpr old = t.slt(time(s, i), olderThan);
            BoolExpr stays = t.and(has(s, k), t.not(old));
            c.add(t.iff(has(s1, k), stays));
            c.add(t.implies(stays, t.eq(idx(s1, k), i)));
            // A key point speaks for its entry too, whether or not its index is an index point:
            // without this, a model could expire the key yet keep the emap full, which no
            // concrete emap does (replay then disagrees with the symbolic spec run).
            c.add(t.implies(has(s, k), t.iff(hasIdx(s1, i), stays)));
            c.add(t.implies(t.and(has(s, k), old), t.slt(size(s1), size(s))));
          }
          for (Expr<?> i : p.indices()) {
            BoolExpr old = t.slt(time(s, i), olderThan);
            BoolExpr stays = t.and(hasIdx(s, i), t.not(old));
            c.add(t.iff(hasIdx(s1, i), stays));
            c.add(t.implies(stays, t.and(t.eq(key(s1, i), key(s, i)),
                t.eq(time(s1, i), time(s, i)))));
            // Something old went, so the emap shrank (and is no longer full).
            c.add(t.implies(t.and(hasIdx(s, i), old), t.slt(size(s1), size(s))));
          }
          return t.and(c);
        });
  }

  private Operation erase() {
    return new Operation("emap_erase", List.of(v.keySort()), List.of(),
        (s, a, p) -> has(s, a.get(0)),
        (s, a, r) -> t.apply(v.erase(), s, a.get(0)),
        (s, s1, a, r, p) -> {
          Expr<?> k = a.get(0);
          Expr<?> i = idx(s, k);
          Points q = p.withKeys(k).withIndices(i);
          return t.and(t.not(has(s1, k)), t.not(hasIdx(s1, i)),
              t.eq(size(s1), t.plus(size(s), -1)), keyFrame(s, s1, q, k),
              indexFrame(s, s1, q, i), wellFormed(s1));
        });
  }

  private Operation hasIndex() {
    return new Operation("emap_has_index", List.of(t.indexSort()), List.of(t.ctx().mkBoolSort()),
        (s, a, p) -> t.inRange(a.get(0), v.capacity()),
        (s, a, r) -> s,
        (s, s1, a, r, p) -> t.iff(r.get(0), hasIdx(s, a.get(0))));
  }

  private Operation getKey() {
    return new Operation("emap_get_key", List.of(t.indexSort()), List.of(v.keySort()),
        (s, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), hasIdx(s, a.get(0))),
        (s, a, r) -> s,
        (s, s1, a, r, p) -> t.eq(r.get(0), key(s, a.get(0))));
  }

  private Operation full() {
    return new Operation("emap_full", List.of(), List.of(t.ctx().mkBoolSort()),
        (s, a, p) -> t.truth(true),
        (s, a, r) -> s,
        (s, s1, a, r, p) -> t.iff(r.get(0), full(s)));
  }

  // ---- shared pieces -------------------------------------------------------------------------

  /** 0 &lt;= size &lt;= capacity and full iff size = capacity. */
  public BoolExpr wellFormed(Expr<?> s) {
    return t.and(t.sle(t.index(0), size(s)), t.sle(size(s), t.index(v.capacity())),
        t.iff(full(s), t.eq(size(s), t.index(v.capacity()))));
  }

  /** Keys other than except keep their presence and index. */
  private BoolExpr keyFrame(Expr<?> s, Expr<?> s1, Points p, Expr<?> except) {
    List<BoolExpr> c = new ArrayList<>();
    for (Expr<?> k : p.keys()) {
      BoolExpr same = t.and(t.iff(has(s1, k), has(s, k)),
          t.implies(has(s, k), t.eq(idx(s1, k), idx(s, k))));
      c.add(except == null ? same : t.implies(t.not(t.eq(k, except)), same));
    }
    return t.and(c);
  }

  /** Indices other than except keep their allocation, key and time. */
  private BoolExpr indexFrame(Expr<?> s, Expr<?> s1, Points p, Expr<?> except) {
    List<BoolExpr> c = new ArrayList<>();
    for (Expr<?> i : p.indices()) {
      BoolExpr same = t.and(t.iff(hasIdx(s1, i), hasIdx(s, i)),
          t.implies(hasIdx(s, i),
              t.and(t.eq(key(s1, i), key(s, i)), t.eq(time(s1, i), time(s, i)))));
      c.add(t.implies(t.not(t.eq(i, except)), same));
    }
    return t.and(c);
  }

  /** An entry's time was some earlier now: clocks start at 0, so within [0, now]. */
  private BoolExpr stamped(Expr<?> time, Expr<?> now) {
    return t.and(t.sle(t.time(0), time), t.sle(time, now));
  }

  @Override
  public BoolExpr invariant(Expr<?> s, Points p, Expr<?> now) {
    List<BoolExpr> c = new ArrayList<>();
    c.add(wellFormed(s));
    for (Expr<?> k : p.keys()) {
      Expr<?> i = idx(s, k);
      c.add(t.implies(has(s, k), t.and(t.inRange(i, v.capacity()), hasIdx(s, i),
          t.eq(key(s, i), k), stamped(time(s, i), now))));
    }
    for (Expr<?> i : p.indices()) {
      Expr<?> k = key(s, i);
      c.add(t.implies(hasIdx(s, i), t.and(t.inRange(i, v.capacity()), has(s, k),
          t.eq(idx(s, k), i), stamped(time(s, i), now), t.slt(t.index(0), size(s)))));
      c.add(t.implies(t.and(t.inRange(i, v.capacity()), t.not(hasIdx(s, i))),
          t.slt(size(s), t.index(v.capacity()))));
    }
    return t.and(c);
  }

  @Override
  public BoolExpr agree(Expr<?> a, Expr<?> b, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(t.eq(size(a), size(b)));
    f.add(t.iff(full(a), full(b)));
    for (Expr<?> k : p.keys()) {
      f.add(t.iff(has(a, k), has(b, k)));
      f.add(t.implies(has(a, k), t.eq(idx(a, k), idx(b, k))));
    }
    for (Expr<?> i : p.indices()) {
      f.add(t.iff(hasIdx(a, i), hasIdx(b, i)));
      f.add(t.implies(hasIdx(a, i),
          t.and(t.eq(key(a, i), key(b, i)), t.eq(time(a, i), time(b, i)))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr abstraction(Expr<?> s, ConcreteEmap impl, Points p) {
    Context ctx = t.ctx();
    List<BoolExpr> c = new ArrayList<>();
    c.add(t.eq(size(s), t.index(impl.size())));
    c.add(t.iff(full(s), t.truth(impl.full())));
    List<Integer> allocated = new ArrayList<>();
    for (int i = 0; i < impl.capacity(); i++) {
      if (impl.hasIndex(i)) {
        allocated.add(i);
      }
    }
    for (Expr<?> k : p.keys()) {
      byte[] bytes = Bytes.ifNumeral(k);
      if (bytes != null) {
        var found = impl.get(bytes);
        c.add(t.iff(has(s, k), t.truth(found.isPresent())));
        if (found.isPresent()) {
          c.add(t.eq(idx(s, k), t.index(found.getAsInt())));
        }
        continue;
      }
      List<BoolExpr> isStored = new ArrayList<>();
      for (int i : allocated) {
        BoolExpr here = t.eq(k, Bytes.toBitVec(ctx, impl.getKey(i)));
        isStored.add(here);
        c.add(t.implies(here, t.eq(idx(s, k), t.index(i))));
      }
      c.add(t.iff(has(s, k), t.or(isStored)));
    }
    for (Expr<?> j : p.indices()) {
      Integer n = Bytes.intIfNumeral(j);
      if (n != null) {
        boolean in = n >= 0 && n < impl.capacity() && impl.hasIndex(n);
        c.add(t.iff(hasIdx(s, j), t.truth(in)));
        if (in) {
          c.add(t.eq(key(s, j), Bytes.toBitVec(ctx, impl.getKey(n))));
          c.add(t.eq(time(s, j), t.time(impl.timeOf(n))));
        }
        continue;
      }
      List<BoolExpr> isAllocated = new ArrayList<>();
      for (int i : allocated) {
        BoolExpr here = t.eq(j, t.index(i));
        isAllocated.add(here);
        c.add(t.implies(here, t.and(t.eq(key(s, j), Bytes.toBitVec(ctx, impl.getKey(i))),
            t.eq(time(s, j), t.time(impl.timeOf(i))))));
      }
      c.add(t.iff(hasIdx(s, j), t.or(isAllocated)));
    }
    return t.and(c);
  }
}
