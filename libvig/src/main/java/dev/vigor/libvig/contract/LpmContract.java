package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract of an lpm object: a lookup returns the value of the longest stored prefix matching
 * the address; an update adds a prefix or replaces an equal prefix's value.
 */
public final class LpmContract implements StructureContract<ConcreteLpm> {
  private final LpmVocabulary v;
  private final Terms t;
  private final List<Operation> operations;

  public LpmContract(LpmVocabulary vocabulary) {
    this.v = vocabulary;
    this.t = vocabulary.terms();
    this.operations = List.of(update(), lookup());
  }

  /** The contract of lpm object name. */
  public static LpmContract create(Context ctx, String name, int capacity) {
    return new LpmContract(LpmVocabulary.create(ctx, name, capacity));
  }

  public LpmVocabulary vocabulary() {
    return v;
  }

  @Override
  public String kind() {
    return "lpm";
  }

  @Override
  public Expr<?> freshState(String name) {
    return t.ctx().mkConst(name, v.stateSort());
  }

  @Override
  public List<Operation> operations() {
    return operations;
  }

  private BitVecExpr lenBits(int n) {
    return t.num(n, LpmVocabulary.LENGTH_BITS);
  }

  /** The network mask of a length term: its top len bits set (0 for len 0). */
  public BitVecExpr mask(Expr<?> len) {
    Context ctx = t.ctx();
    BitVecExpr wide = ctx.mkZeroExt(LpmVocabulary.ADDRESS_BITS - LpmVocabulary.LENGTH_BITS,
        Terms.bv(len));
    return ctx.mkBVNot(ctx.mkBVLSHR(ctx.mkBV(-1, LpmVocabulary.ADDRESS_BITS), wide));
  }

  /** The prefix with its host bits cleared. */
  public BitVecExpr masked(Expr<?> prefix, Expr<?> len) {
    return t.ctx().mkBVAND(Terms.bv(prefix), mask(len));
  }

  /** Whether addr falls in prefix/len. */
  public BoolExpr matches(Expr<?> prefix, Expr<?> len, Expr<?> addr) {
    return t.eq(masked(addr, len), masked(prefix, len));
  }

  public BoolExpr found(Expr<?> l, Expr<?> a) {
    return t.holds(v.found(), l, a);
  }

  public Expr<BitVecSort> value(Expr<?> l, Expr<?> a) {
    return t.apply(v.value(), l, a);
  }

  public Expr<BitVecSort> matchLen(Expr<?> l, Expr<?> a) {
    return t.apply(v.matchLen(), l, a);
  }

  /** Whether prefix/len (host bits ignored) is stored. */
  public BoolExpr hasPrefix(Expr<?> l, Expr<?> prefix, Expr<?> len) {
    return t.holds(v.hasPrefix(), l, masked(prefix, len), len);
  }

  public Expr<BitVecSort> prefixValue(Expr<?> l, Expr<?> prefix, Expr<?> len) {
    return t.apply(v.prefixValue(), l, masked(prefix, len), len);
  }

  public Expr<BitVecSort> size(Expr<?> l) {
    return t.apply(v.size(), l);
  }

  public BoolExpr full(Expr<?> l) {
    return t.holds(v.full(), l);
  }

  private Operation update() {
    Context ctx = t.ctx();
    return new Operation("lpm_update",
        List.of(ctx.mkBitVecSort(LpmVocabulary.ADDRESS_BITS),
            ctx.mkBitVecSort(LpmVocabulary.LENGTH_BITS),
            ctx.mkBitVecSort(LpmVocabulary.VALUE_BITS)),
        List.of(ctx.mkBoolSort()),
        (l, a, p) -> t.ule(a.get(1), lenBits(32)),
        (l, a, r) -> t.ite(r.get(0),
            t.apply(v.update(), l, masked(a.get(0), a.get(1)), a.get(1), a.get(2)), l),
        (l, l1, a, r, p) -> {
          Expr<?> pre = a.get(0);
          Expr<?> len = a.get(1);
          Expr<?> val = a.get(2);
          BoolExpr had = hasPrefix(l, pre, len);
          List<BoolExpr> done = new ArrayList<>(List.of(hasPrefix(l1, pre, len),
              t.eq(prefixValue(l1, pre, len), val),
              t.eq(size(l1), t.ite(had, size(l), t.plus(size(l), 1)))));
          for (PrefixPoint q : p.prefixes()) {
            BoolExpr same = t.and(t.eq(q.length(), len),
                t.eq(masked(q.prefix(), q.length()), masked(pre, len)));
            done.add(t.implies(t.not(same), t.and(
                t.iff(hasPrefix(l1, q.prefix(), q.length()), hasPrefix(l, q.prefix(), q.length())),
                t.implies(hasPrefix(l, q.prefix(), q.length()),
                    t.eq(prefixValue(l1, q.prefix(), q.length()),
                        prefixValue(l, q.prefix(), q.length()))))));
          }
          for (Expr<?> addr : p.keys()) {
            // The new prefix wins where it matches and no longer one did.
            BoolExpr wins = t.and(matches(pre, len, addr),
                t.or(t.not(found(l, addr)), t.ule(matchLen(l, addr), len)));
            done.add(t.implies(wins, t.and(found(l1, addr), t.eq(value(l1, addr), val),
                t.eq(matchLen(l1, addr), len))));
            done.add(t.implies(t.not(wins), t.and(t.iff(found(l1, addr), found(l, addr)),
                t.implies(found(l, addr), t.and(t.eq(value(l1, addr), value(l, addr)),
                    t.eq(matchLen(l1, addr), matchLen(l, addr)))))));
          }
          return t.and(t.iff(r.get(0), t.or(had, t.not(full(l)))),
              t.implies(r.get(0), t.and(done)), wellFormed(l1));
        });
  }

  private Operation lookup() {
    Context ctx = t.ctx();
    return new Operation("lpm_lookup", List.of(ctx.mkBitVecSort(LpmVocabulary.ADDRESS_BITS)),
        List.of(ctx.mkBoolSort(), ctx.mkBitVecSort(LpmVocabulary.VALUE_BITS)),
        (l, a, p) -> t.truth(true),
        (l, a, r) -> l,
        (l, l1, a, r, p) -> t.and(t.iff(r.get(0), found(l, a.get(0))),
            t.implies(r.get(0), t.eq(r.get(1), value(l, a.get(0))))));
  }

  /** 0 &lt;= size &lt;= capacity and full iff size = capacity. */
  public BoolExpr wellFormed(Expr<?> l) {
    return t.and(t.sle(t.index(0), size(l)), t.sle(size(l), t.index(v.capacity())),
        t.iff(full(l), t.eq(size(l), t.index(v.capacity()))));
  }

  /**
   * At the points: an address's match is a stored prefix with that prefix's value, and no stored
   * prefix point matching the address is longer than its match.
   */
  @Override
  public BoolExpr invariant(Expr<?> l, Points p, Expr<?> now) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(wellFormed(l));
    for (Expr<?> addr : p.keys()) {
      Expr<?> ml = matchLen(l, addr);
      f.add(t.implies(found(l, addr), t.and(t.ule(ml, lenBits(32)), hasPrefix(l, addr, ml),
          t.eq(value(l, addr), prefixValue(l, addr, ml)))));
    }
    for (PrefixPoint q : p.prefixes()) {
      BoolExpr stored = t.and(t.ule(q.length(), lenBits(32)),
          hasPrefix(l, q.prefix(), q.length()));
      f.add(t.implies(stored, t.slt(t.index(0), size(l))));
      for (Expr<?> addr : p.keys()) {
        f.add(t.implies(t.and(stored, matches(q.prefix(), q.length(), addr)),
            t.and(found(l, addr), t.ule(q.length(), matchLen(l, addr)))));
      }
    }
    return t.and(f);
  }

  @Override
  public BoolExpr abstraction(Expr<?> l, ConcreteLpm impl, Points p) {
    List<BoolExpr> f = new ArrayList<>();
    f.add(t.eq(size(l), t.index(impl.size())));
    f.add(t.iff(full(l), t.truth(impl.size() == impl.capacity())));
    List<Route> routes = impl.routes();
    for (Expr<?> addr : p.keys()) {
      Integer n = Bytes.intIfNumeral(addr);
      if (n != null) {
        Optional<Route> m = impl.match(n);
        f.add(t.iff(found(l, addr), t.truth(m.isPresent())));
        m.ifPresent(r -> f.add(t.and(t.eq(value(l, addr), valueNum(r)),
            t.eq(matchLen(l, addr), lenBits(r.length())))));
        continue;
      }
      // routes() lists longest prefixes first, so the first match is the longest.
      List<BoolExpr> any = new ArrayList<>();
      BoolExpr earlier = t.truth(false);
      for (Route r : routes) {
        BoolExpr hit = matches(t.num(Integer.toUnsignedLong(r.prefix()), 32), lenBits(r.length()), addr);
        f.add(t.implies(t.and(hit, t.not(earlier)), t.and(t.eq(value(l, addr), valueNum(r)),
            t.eq(matchLen(l, addr), lenBits(r.length())))));
        any.add(hit);
        earlier = t.or(earlier, hit);
      }
      f.add(t.iff(found(l, addr), t.or(any)));
    }
    for (PrefixPoint q : p.prefixes()) {
      Integer pre = Bytes.intIfNumeral(q.prefix());
      Integer len = Bytes.intIfNumeral(q.length());
      if (pre != null && len != null) {
        Optional<Route> r = len >= 0 && len <= 32 ? impl.route(pre, len) : Optional.empty();
        f.add(t.iff(hasPrefix(l, q.prefix(), q.length()), t.truth(r.isPresent())));
        r.ifPresent(x -> f.add(t.eq(prefixValue(l, q.prefix(), q.length()), valueNum(x))));
        continue;
      }
      List<BoolExpr> any = new ArrayList<>();
      for (Route r : routes) {
        BoolExpr same = t.and(t.eq(q.length(), lenBits(r.length())),
            t.eq(masked(q.prefix(), q.length()), t.num(Integer.toUnsignedLong(r.prefix()), 32)));
        any.add(same);
        f.add(t.implies(same, t.eq(prefixValue(l, q.prefix(), q.length()), valueNum(r))));
      }
      f.add(t.iff(hasPrefix(l, q.prefix(), q.length()), t.or(any)));
    }
    return t.and(f);
  }

  private BitVecExpr valueNum(Route r) {
    return t.num(r.value(), LpmVocabulary.VALUE_BITS);
  }
}
