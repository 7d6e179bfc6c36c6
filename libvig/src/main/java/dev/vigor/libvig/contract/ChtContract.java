package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteCht;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract of a cht object. {@code cht_find_preferred(h, E)} returns the first backend of row
 * {@code h mod height} that is allocated in the backends emap E, and fails exactly when no backend
 * of the row (hence none at all: rows are permutations of the backends) is allocated. The
 * invariant pins Maglev's permutation and that every row is a permutation of the backends.
 */
public final class ChtContract implements StructureContract<ConcreteCht> {
  private final ChtVocabulary v;
  private final EmapContract backends;
  private final Terms t;
  private final List<Operation> operations;

  public ChtContract(ChtVocabulary vocabulary, EmapContract backends) {
    if (!backends.vocabulary().equals(vocabulary.backends())) {
      throw new IllegalArgumentException("the backends contract must be the vocabulary's emap");
    }
    if (backends.vocabulary().capacity() != vocabulary.backendCapacity()) {
      throw new IllegalArgumentException("backends emap capacity must be backend_capacity");
    }
    this.v = vocabulary;
    this.backends = backends;
    this.t = vocabulary.terms();
    this.operations = List.of(fill(), findPreferred());
  }

  /** The contract of cht object name over the emap whose contract is backends. */
  public static ChtContract create(Context ctx, String name, int backendCapacity, int height,
      EmapContract backends) {
    return new ChtContract(
        ChtVocabulary.create(ctx, name, backendCapacity, height, backends.vocabulary()), backends);
  }

  public ChtVocabulary vocabulary() {
    return v;
  }

  @Override
  public String kind() {
    return "cht";
  }

  @Override
  public Expr<?> freshState(String name) {
    return t.ctx().mkConst(name, v.stateSort());
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  public Expr<BitVecSort> pref(Expr<?> c, Expr<?> slot, Expr<?> rank) {
    return t.apply(v.pref(), c, slot, rank);
  }

  public Expr<BitVecSort> perm(Expr<?> c, Expr<?> backend, Expr<?> j) {
    return t.apply(v.perm(), c, backend, j);
  }

  public BoolExpr exists(Expr<?> c, Expr<?> e, Expr<?> hash) {
    return t.holds(v.exists(), c, e, hash);
  }

  public Expr<BitVecSort> choose(Expr<?> c, Expr<?> e, Expr<?> hash) {
    return t.apply(v.choose(), c, e, hash);
  }

  /** The slot a hash falls in: hash mod height, unsigned. */
  public BitVecExpr slotOf(Expr<?> hash) {
    return t.ctx().mkBVURem(Terms.bv(hash), t.index(v.height()));
  }

  /** cht_fill runs concretely in nf_init; inside nf_process calling it breaks its precondition. */
  private Operation fill() {
    return new Operation("cht_fill", List.of(), List.of(),
        (c, a, p) -> t.truth(false),
        (c, a, r) -> c,
        (c, c1, a, r, p) -> t.truth(true));
  }

  private Operation findPreferred() {
    Context ctx = t.ctx();
    return new Operation("cht_find_preferred",
        List.of(ctx.mkBitVecSort(32), v.backends().stateSort()),
        List.of(ctx.mkBoolSort(), t.indexSort()),
        (c, a, p) -> t.truth(true),
        (c, a, r) -> c,
        (c, c1, a, r, p) -> {
          Expr<?> hash = a.get(0);
          Expr<?> e = a.get(1);
          BitVecExpr slot = slotOf(hash);
          List<BoolExpr> available = new ArrayList<>();
          Expr<?> first = t.index(-1);
          for (int rank = v.backendCapacity() - 1; rank >= 0; rank--) {
            Expr<?> b = pref(c, slot, t.index(rank));
            BoolExpr up = backends.hasIdx(e, b);
            available.add(up);
            first = t.ite(up, b, first);
          }
          Expr<?> found = r.get(0);
          Expr<?> out = r.get(1);
          return t.and(t.iff(exists(c, e, hash), t.or(available)),
              t.implies(exists(c, e, hash), t.eq(choose(c, e, hash), first)),
              t.iff(found, exists(c, e, hash)),
              t.implies(found, t.and(t.eq(out, choose(c, e, hash)),
                  t.inRange(out, v.backendCapacity()), backends.hasIdx(e, out))));
        });
  }

  /**
   * At slot points (keys): each row is a permutation of 0..backend_capacity-1. At backend points
   * (indices) and position points (keys): the permutation is Maglev's.
   */
  @Override
  public BoolExpr invariant(Expr<?> c, Points p, Expr<?> now) {
    Context ctx = t.ctx();
    List<BoolExpr> f = new ArrayList<>();
    int bcap = v.backendCapacity();
    for (Expr<?> slot : p.keys()) {
      List<Expr<?>> row = new ArrayList<>();
      for (int rank = 0; rank < bcap; rank++) {
        Expr<BitVecSort> b = pref(c, slot, t.index(rank));
        row.add(b);
        f.add(t.ult(b, t.index(bcap)));
      }
      if (bcap > 1) {
        f.add(ctx.mkDistinct(row.toArray(new Expr<?>[0])));
      }
    }
    for (Expr<?> b : p.indices()) {
      Expr<?> offset = t.index(0);
      Expr<?> skip = t.index(1);
      for (int n = bcap - 1; n >= 0; n--) {
        BoolExpr isN = t.eq(b, t.index(n));
        offset = t.ite(isN, t.index(MaglevPermutation.offset(n, v.height())), offset);
        skip = t.ite(isN, t.index(MaglevPermutation.skip(n, v.height())), skip);
      }
      for (Expr<?> j : p.keys()) {
        // (offset + j * skip) mod height, in 64 bits so the product cannot wrap.
        BitVecExpr wide = ctx.mkBVURem(ctx.mkBVAdd(ctx.mkZeroExt(32, Terms.bv(offset)),
            ctx.mkBVMul(ctx.mkZeroExt(32, Terms.bv(j)), ctx.mkZeroExt(32, Terms.bv(skip)))),
            ctx.mkBV(v.height(), 64));
        f.add(t.implies(t.and(t.ult(b, t.index(bcap)), t.ult(j, t.index(v.height()))),
            t.eq(perm(c, b, j), ctx.mkExtract(31, 0, wide))));
      }
    }
    return t.and(f);
  }

  @Override
  public BoolExpr abstraction(Expr<?> c, ConcreteCht impl, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    int bcap = impl.backendCapacity();
    for (Expr<?> slot : p.keys()) {
      Integer s = Bytes.intIfNumeral(slot);
      for (int n = 0; n < impl.height(); n++) {
        if (s != null && s != n) {
          continue;
        }
        List<BoolExpr> row = new ArrayList<>();
        for (int rank = 0; rank < bcap; rank++) {
          row.add(t.eq(pref(c, slot, t.index(rank)), t.index(impl.preference(n, rank))));
        }
        f.add(s != null ? t.and(row) : t.implies(t.eq(slot, t.index(n)), t.and(row)));
      }
    }
    for (Expr<?> b : p.indices()) {
      Integer bn = Bytes.intIfNumeral(b);
      for (Expr<?> j : p.keys()) {
        Integer jn = Bytes.intIfNumeral(j);
        if (bn != null && jn != null) {
          if (bn >= 0 && bn < bcap && jn >= 0 && jn < impl.height()) {
            f.add(t.eq(perm(c, b, j), t.index(impl.permutation(bn, jn))));
          }
          continue;
        }
        for (int x = 0; x < bcap; x++) {
          for (int y = 0; y < impl.height(); y++) {
            f.add(t.implies(t.and(t.eq(b, t.index(x)), t.eq(j, t.index(y))),
                t.eq(perm(c, b, j), t.index(impl.permutation(x, y)))));
          }
        }
      }
    }
    return t.and(f);
  }
}
