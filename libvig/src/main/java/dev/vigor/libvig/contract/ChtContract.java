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
  // The table nf_init filled, when known: the invariant then pins every row at the slot points.
  private final ConcreteCht table;

  public ChtContract(ChtVocabulary vocabulary, EmapContract backends) {
    this(vocabulary, backends, null);
  }

  /**
   * The contract, with the filled table the pre-state is known to be (a cht never changes after
   * nf_init's cht_fill, and cht_fill is deterministic), or null for any table whose rows are
   * permutations of the backends.
   */
  public ChtContract(ChtVocabulary vocabulary, EmapContract backends, ConcreteCht table) {
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
    if (table != null && (!table.filled() || table.backendCapacity() != vocabulary.backendCapacity()
        || table.height() != vocabulary.height())) {
      throw new IllegalArgumentException("the pinned table must be filled, of the same shape");
    }
    this.table = table;
  }

  /** The contract of a cht filled by nf_init with {@code table} (see the constructor). */
  public static ChtContract create(Context ctx, String name, int backendCapacity, int height,
      EmapContract backends, ConcreteCht table) {
    return new ChtContract(
        ChtVocabulary.create(ctx, name, backendCapacity, height, backends.vocabulary()), backends,
        table);
  }

  /** The backends emap's contract. */
  public EmapContract backends() {
    return backends;
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

  /** The rank of backend in the slot's row: pref's inverse, which only assumedInvariant states. */
  public Expr<BitVecSort> rank(Expr<?> c, Expr<?> slot, Expr<?> backend) {
    return t.apply(v.rank(), c, slot, backend);
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
          Expr<?> found = r.get(0);
          Expr<?> out = r.get(1);
          return t.and(t.iff(found, exists(c, e, hash)),
              t.implies(found, t.and(t.eq(out, choose(c, e, hash)),
                  t.inRange(out, v.backendCapacity()), backends.hasIdx(e, out))));
        },
        (c, a, p) -> definitions(c, a.get(1), a.get(0)));
  }

  /**
   * What {@code exists(C,E,h)} and {@code choose(C,E,h)} mean: some backend of row h mod height is
   * allocated in E, and the first such. Assume these wherever those terms are built (C's
   * cht_find_preferred, specs' exists_with_cht / choose_with_cht).
   */
  public BoolExpr definitions(Expr<?> c, Expr<?> e, Expr<?> hash) {
    BitVecExpr slot = slotOf(hash);
    List<BoolExpr> available = new ArrayList<>();
    Expr<?> first = t.index(-1);
    for (int rank = v.backendCapacity() - 1; rank >= 0; rank--) {
      Expr<?> b = pref(c, slot, t.index(rank));
      BoolExpr up = backends.hasIdx(e, b);
      available.add(up);
      first = t.ite(up, b, first);
    }
    return t.and(t.iff(exists(c, e, hash), t.or(available)),
        t.implies(exists(c, e, hash), t.eq(choose(c, e, hash), first)));
  }

  /**
   * At slot points (keys): each row is a permutation of 0..backend_capacity-1. At backend points
   * (indices) and position points (keys): the permutation is Maglev's.
   */
  @Override
  public BoolExpr invariant(Expr<?> c, Points p, Expr<?> now) {
    return invariant(c, p, false);
  }

  /**
   * The invariant with each row's ranks distinct because rank() inverts them: backend_capacity
   * equalities that Z3 reads by congruence, where {@code distinct} bit-blasts
   * backend_capacity^2/2 disequalities (a third of the load balancer's common query). Any table
   * whose rows are permutations has such a rank, so nothing more is assumed.
   */
  @Override
  public BoolExpr assumedInvariant(Expr<?> c, Points p, Expr<?> now) {
    return invariant(c, p, true);
  }

  private BoolExpr invariant(Expr<?> c, Points p, boolean byRank) {
    List<BoolExpr> f = new ArrayList<>();
    int bcap = v.backendCapacity();
    for (Expr<?> slot : p.keys()) {
      List<Expr<?>> row = new ArrayList<>();
      for (int rank = 0; rank < bcap; rank++) {
        Expr<BitVecSort> b = pref(c, slot, t.index(rank));
        row.add(b);
        f.add(t.ult(b, t.index(bcap)));
        if (byRank) {
          f.add(t.eq(rank(c, slot, b), t.index(rank)));
        }
      }
      if (bcap > 1 && !byRank) {
        f.add(t.ctx().mkDistinct(row.toArray(new Expr<?>[0])));
      }
    }
    if (table != null) {
      // the table is known: see pinned; the permutation says nothing the rows need
      return t.and(f);
    }
    for (Expr<?> b : p.indices()) {
      for (Expr<?> j : p.keys()) {
        f.add(t.implies(t.and(t.ult(b, t.index(bcap)), t.ult(j, t.index(v.height()))),
            t.eq(perm(c, b, j), maglev(b, j))));
      }
    }
    return t.and(f);
  }

  /**
   * With a known table: every row at the slot points (keys) is the table's. Sound to assume of the
   * pre-state, but a case split over every slot, so left out of the invariant: proofs hold
   * without it (it only adds assumptions), and a verifier adds it when it needs a model whose
   * rows are the real ones (a counterexample to replay). True without a table.
   */
  public BoolExpr pinned(Expr<?> c, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    if (table != null) {
      for (Expr<?> slot : p.keys()) {
        f.add(pinned(c, slot));
      }
    }
    return t.and(f);
  }

  /** Each rank of the slot's row is the filled table's, by a case split over the slots. */
  private BoolExpr pinned(Expr<?> c, Expr<?> slot) {
    List<BoolExpr> f = new ArrayList<>();
    Integer s = Bytes.intIfNumeral(slot);
    for (int rank = 0; rank < v.backendCapacity(); rank++) {
      Expr<?> value;
      if (s != null) {
        value = s >= 0 && s < table.height() ? t.index(table.preference(s, rank)) : null;
      } else {
        value = t.index(table.preference(table.height() - 1, rank));
        for (int n = table.height() - 2; n >= 0; n--) {
          value = t.ite(t.eq(slot, t.index(n)), t.index(table.preference(n, rank)), value);
        }
      }
      if (value != null) {
        BoolExpr in = s != null ? t.truth(true) : t.ult(slot, t.index(table.height()));
        f.add(t.implies(in, t.eq(pref(c, slot, t.index(rank)), value)));
      }
    }
    return t.and(f);
  }

  /**
   * Maglev's (offset(b) + j * skip(b)) mod height. With a numeral position it is a case split over
   * the backends of constants computed here; otherwise 64-bit arithmetic so the product cannot wrap.
   */
  private Expr<?> maglev(Expr<?> b, Expr<?> j) {
    Context ctx = t.ctx();
    Integer jn = Bytes.intIfNumeral(j);
    Integer bn = Bytes.intIfNumeral(b);
    Expr<?> result = t.index(0);
    for (int n = v.backendCapacity() - 1; n >= 0; n--) {
      if (bn != null && bn != n) {
        continue;
      }
      long off = MaglevPermutation.offset(n, v.height());
      long skip = MaglevPermutation.skip(n, v.height());
      Expr<?> value;
      if (jn != null) {
        value = t.index((off + Integer.toUnsignedLong(jn) % v.height() * skip) % v.height());
      } else {
        BitVecExpr wide = ctx.mkBVURem(ctx.mkBVAdd(ctx.mkBV(off, 64),
            ctx.mkBVMul(ctx.mkZeroExt(32, Terms.bv(j)), ctx.mkBV(skip, 64))),
            ctx.mkBV(v.height(), 64));
        value = ctx.mkExtract(31, 0, wide);
      }
      result = bn != null ? value : t.ite(t.eq(b, t.index(n)), value, result);
    }
    return result;
  }

  /** Rows agree at the slot points (a cht never changes after nf_init). */
  @Override
  public BoolExpr agree(Expr<?> a, Expr<?> b, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    for (Expr<?> slot : p.keys()) {
      for (int rank = 0; rank < v.backendCapacity(); rank++) {
        f.add(t.eq(pref(a, slot, t.index(rank)), pref(b, slot, t.index(rank))));
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
          if (bn != null && bn != x) {
            continue;
          }
          for (int y = 0; y < impl.height(); y++) {
            if (jn != null && jn != y) {
              continue;
            }
            f.add(t.implies(t.and(t.eq(b, t.index(x)), t.eq(j, t.index(y))),
                t.eq(perm(c, b, j), t.index(impl.permutation(x, y)))));
          }
        }
      }
    }
    return t.and(f);
  }
}
