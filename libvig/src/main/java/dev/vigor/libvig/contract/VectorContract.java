package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The contract of a vector object. Borrowing is part of the abstract state ({@code lent}), so a
 * return of an index not borrowed breaks vector_return's precondition; between packets nothing is
 * lent ({@link #invariant}), while {@link #boundsHold} holds at every moment.
 */
public final class VectorContract implements StructureContract<ConcreteVector> {
  private final VectorVocabulary v;
  private final Terms t;
  private final List<Operation> operations;

  public VectorContract(VectorVocabulary vocabulary) {
    this.v = vocabulary;
    this.t = vocabulary.terms();
    this.operations = List.of(borrow(), giveBack(), get(), set());
  }

  /** The contract of vector object name with this element sort and bound. */
  public static VectorContract create(Context ctx, String name, int capacity, BitVecSort elemSort,
      Function<Expr<?>, BoolExpr> bound) {
    return new VectorContract(VectorVocabulary.create(ctx, name, capacity, elemSort, bound));
  }

  public VectorVocabulary vocabulary() {
    return v;
  }

  @Override
  public String kind() {
    return "vector";
  }

  @Override
  public Expr<?> freshState(String name) {
    return t.ctx().mkConst(name, v.stateSort());
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  public Expr<BitVecSort> get(Expr<?> s, Expr<?> i) {
    return t.apply(v.get(), s, i);
  }

  public BoolExpr lent(Expr<?> s, Expr<?> i) {
    return t.holds(v.lent(), s, i);
  }

  private Operation borrow() {
    return new Operation("vector_borrow", List.of(t.indexSort()), List.of(v.elemSort()),
        (s, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), t.not(lent(s, a.get(0)))),
        (s, a, r) -> t.apply(v.borrow(), s, a.get(0)),
        (s, s1, a, r, p) -> t.and(t.eq(r.get(0), get(s, a.get(0))), lent(s1, a.get(0)),
            t.eq(get(s1, a.get(0)), get(s, a.get(0))), frame(s, s1, p, a.get(0))));
  }

  private Operation giveBack() {
    return new Operation("vector_return", List.of(t.indexSort(), v.elemSort()), List.of(),
        (s, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), lent(s, a.get(0)),
            v.bound().apply(a.get(1))),
        (s, a, r) -> t.apply(v.giveBack(), s, a.get(0), a.get(1)),
        (s, s1, a, r, p) -> t.and(t.not(lent(s1, a.get(0))), t.eq(get(s1, a.get(0)), a.get(1)),
            frame(s, s1, p, a.get(0))));
  }

  private Operation get() {
    return new Operation("vector_get", List.of(t.indexSort()), List.of(v.elemSort()),
        (s, a, p) -> t.inRange(a.get(0), v.capacity()),
        (s, a, r) -> s,
        (s, s1, a, r, p) -> t.eq(r.get(0), get(s, a.get(0))));
  }

  private Operation set() {
    return new Operation("vector_set", List.of(t.indexSort(), v.elemSort()), List.of(),
        (s, a, p) -> t.and(t.inRange(a.get(0), v.capacity()), v.bound().apply(a.get(1))),
        (s, a, r) -> t.apply(v.set(), s, a.get(0), a.get(1)),
        (s, s1, a, r, p) -> t.and(t.eq(get(s1, a.get(0)), a.get(1)),
            t.iff(lent(s1, a.get(0)), lent(s, a.get(0))), frame(s, s1, p, a.get(0))));
  }

  /** In-range indices other than except keep their element and lending. */
  private BoolExpr frame(Expr<?> s, Expr<?> s1, Points p, Expr<?> except) {
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> j : p.indices()) {
      f.add(t.implies(t.and(t.inRange(j, v.capacity()), t.not(t.eq(j, except))),
          t.and(t.eq(get(s1, j), get(s, j)), t.iff(lent(s1, j), lent(s, j)))));
    }
    return t.and(f);
  }

  /** Every in-range element at the points satisfies the bound (true at every moment). */
  public BoolExpr boundsHold(Expr<?> s, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> j : p.indices()) {
      f.add(t.implies(t.inRange(j, v.capacity()), v.bound().apply(get(s, j))));
    }
    return t.and(f);
  }

  /** Between packets: bounds hold and no element is lent. */
  @Override
  public BoolExpr invariant(Expr<?> s, Points p, Expr<?> now) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(boundsHold(s, p));
    for (Expr<?> j : p.indices()) {
      f.add(t.implies(t.inRange(j, v.capacity()), t.not(lent(s, j))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr agree(Expr<?> a, Expr<?> b, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> j : p.indices()) {
      f.add(t.implies(t.inRange(j, v.capacity()),
          t.and(t.eq(get(a, j), get(b, j)), t.iff(lent(a, j), lent(b, j)))));
    }
    return t.and(f);
  }

  @Override
  public BoolExpr abstraction(Expr<?> s, ConcreteVector impl, Points p) {
    Context ctx = t.ctx();
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> j : p.indices()) {
      Integer n = Bytes.intIfNumeral(j);
      if (n != null) {
        if (n >= 0 && n < impl.capacity()) {
          f.add(t.eq(get(s, j), Bytes.toBitVec(ctx, impl.get(n))));
          f.add(t.iff(lent(s, j), t.truth(impl.isBorrowed(n))));
        }
        continue;
      }
      for (int i = 0; i < impl.capacity(); i++) {
        f.add(t.implies(t.eq(j, t.index(i)), t.and(t.eq(get(s, j), Bytes.toBitVec(ctx, impl.get(i))),
            t.iff(lent(s, j), t.truth(impl.isBorrowed(i))))));
      }
    }
    return t.and(f);
  }
}
