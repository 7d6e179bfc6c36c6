package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteDchain;
import java.util.ArrayList;
import java.util.List;

/** The contract of a dchain object (see {@code libvig.h} and the README's operation table). */
public final class DchainContract implements StructureContract<ConcreteDchain> {
  private final DchainVocabulary v;
  private final Terms t;
  private final List<Operation> operations;

  public DchainContract(DchainVocabulary vocabulary) {
    this.v = vocabulary;
    this.t = vocabulary.terms();
    this.operations = List.of(allocate(), rejuvenate(), isAllocated(), free(), expire());
  }

  /** The contract of dchain object name. */
  public static DchainContract create(Context ctx, String name, int capacity) {
    return new DchainContract(DchainVocabulary.create(ctx, name, capacity));
  }

  public DchainVocabulary vocabulary() {
    return v;
  }

  @Override
  public String kind() {
    return "dchain";
  }

  @Override
  public Expr<?> freshState(String name) {
    return t.ctx().mkConst(name, v.stateSort());
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  public BoolExpr allocated(Expr<?> c, Expr<?> i) {
    return t.holds(v.isAllocated(), c, i);
  }

  public Expr<BitVecSort> time(Expr<?> c, Expr<?> i) {
    return t.apply(v.time(), c, i);
  }

  public Expr<BitVecSort> size(Expr<?> c) {
    return t.apply(v.size(), c);
  }

  public BoolExpr full(Expr<?> c) {
    return t.holds(v.full(), c);
  }

  private Operation allocate() {
    return new Operation("dchain_allocate", List.of(t.timeSort()),
        List.of(t.ctx().mkBoolSort(), t.indexSort()),
        (c, a, p) -> t.truth(true),
        (c, a, r) -> t.ite(r.get(0), t.apply(v.allocate(), c, r.get(1), a.get(0)), c),
        (c, c1, a, r, p) -> {
          Expr<?> i = r.get(1);
          Points q = p.withIndices(i);
          List<BoolExpr> got = new ArrayList<>(List.of(t.inRange(i, v.capacity()),
              t.not(allocated(c, i)), allocated(c1, i), t.eq(time(c1, i), a.get(0)),
              t.eq(size(c1), t.plus(size(c), 1)), frame(c, c1, q, i)));
          for (Expr<?> j : q.indices()) {
            got.add(t.implies(t.and(t.sle(t.index(0), j), t.slt(j, i)), allocated(c, j)));
          }
          return t.and(t.iff(r.get(0), t.not(full(c))), t.implies(r.get(0), t.and(got)),
              wellFormed(c1));
        });
  }

  private Operation rejuvenate() {
    return new Operation("dchain_rejuvenate", List.of(t.indexSort(), t.timeSort()), List.of(),
        (c, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), allocated(c, a.get(0))),
        (c, a, r) -> t.apply(v.rejuvenate(), c, a.get(0), a.get(1)),
        (c, c1, a, r, p) -> t.and(allocated(c1, a.get(0)), t.eq(time(c1, a.get(0)), a.get(1)),
            t.eq(size(c1), size(c)), frame(c, c1, p.withIndices(a.get(0)), a.get(0)),
            wellFormed(c1)));
  }

  private Operation isAllocated() {
    return new Operation("dchain_is_allocated", List.of(t.indexSort()),
        List.of(t.ctx().mkBoolSort()),
        (c, a, p) -> t.inRange(a.get(0), v.capacity()),
        (c, a, r) -> c,
        (c, c1, a, r, p) -> t.iff(r.get(0), allocated(c, a.get(0))));
  }

  private Operation free() {
    return new Operation("dchain_free", List.of(t.indexSort()), List.of(),
        (c, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), allocated(c, a.get(0))),
        (c, a, r) -> t.apply(v.free(), c, a.get(0)),
        (c, c1, a, r, p) -> t.and(t.not(allocated(c1, a.get(0))),
            t.eq(size(c1), t.plus(size(c), -1)), frame(c, c1, p.withIndices(a.get(0)), a.get(0)),
            wellFormed(c1)));
  }

  private Operation expire() {
    return new Operation("dchain_expire", List.of(t.timeSort()), List.of(t.indexSort()),
        (c, a, p) -> t.truth(true),
        (c, a, r) -> t.apply(v.expire(), c, a.get(0)),
        (c, c1, a, r, p) -> {
          Expr<?> count = r.get(0);
          List<BoolExpr> f = new ArrayList<>(List.of(t.sle(t.index(0), count),
              t.eq(size(c1), t.minus(size(c), count)), t.sle(size(c1), size(c)),
              wellFormed(c1)));
          for (Expr<?> i : p.indices()) {
            BoolExpr old = t.slt(time(c, i), a.get(0));
            BoolExpr stays = t.and(allocated(c, i), t.not(old));
            f.add(t.iff(allocated(c1, i), stays));
            f.add(t.implies(stays, t.eq(time(c1, i), time(c, i))));
            f.add(t.implies(t.and(allocated(c, i), old), t.slt(size(c1), size(c))));
          }
          return t.and(f);
        });
  }

  /** 0 &lt;= size &lt;= capacity and full iff size = capacity. */
  public BoolExpr wellFormed(Expr<?> c) {
    return t.and(t.sle(t.index(0), size(c)), t.sle(size(c), t.index(v.capacity())),
        t.iff(full(c), t.eq(size(c), t.index(v.capacity()))));
  }

  /** Indices other than except keep their allocation and time. */
  private BoolExpr frame(Expr<?> c, Expr<?> c1, Points p, Expr<?> except) {
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> i : p.indices()) {
      f.add(t.implies(t.not(t.eq(i, except)), t.and(t.iff(allocated(c1, i), allocated(c, i)),
          t.implies(allocated(c, i), t.eq(time(c1, i), time(c, i))))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr invariant(Expr<?> c, Points p, Expr<?> now) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(wellFormed(c));
    for (Expr<?> i : p.indices()) {
      f.add(t.implies(allocated(c, i), t.and(t.inRange(i, v.capacity()),
          t.sle(t.time(0), time(c, i)), t.sle(time(c, i), now), t.slt(t.index(0), size(c)))));
      f.add(t.implies(t.and(t.inRange(i, v.capacity()), t.not(allocated(c, i))),
          t.slt(size(c), t.index(v.capacity()))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr agree(Expr<?> a, Expr<?> b, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(t.eq(size(a), size(b)));
    f.add(t.iff(full(a), full(b)));
    for (Expr<?> i : p.indices()) {
      f.add(t.iff(allocated(a, i), allocated(b, i)));
      f.add(t.implies(allocated(a, i), t.eq(time(a, i), time(b, i))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr abstraction(Expr<?> c, ConcreteDchain impl, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(t.eq(size(c), t.index(impl.size())));
    f.add(t.iff(full(c), t.truth(impl.full())));
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < impl.capacity(); i++) {
      if (impl.isAllocated(i)) {
        taken.add(i);
      }
    }
    for (Expr<?> j : p.indices()) {
      Integer n = Bytes.intIfNumeral(j);
      if (n != null) {
        boolean in = n >= 0 && n < impl.capacity() && impl.isAllocated(n);
        f.add(t.iff(allocated(c, j), t.truth(in)));
        if (in) {
          f.add(t.eq(time(c, j), t.time(impl.timeOf(n))));
        }
        continue;
      }
      List<BoolExpr> here = new ArrayList<>();
      for (int i : taken) {
        BoolExpr h = t.eq(j, t.index(i));
        here.add(h);
        f.add(t.implies(h, t.eq(time(c, j), t.time(impl.timeOf(i)))));
      }
      f.add(t.iff(allocated(c, j), t.or(here)));
    }
    return t.and(f);
  }
}
