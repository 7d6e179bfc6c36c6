package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contracts say something: preconditions exclude misuse, posts force their effects. */
class ContractsNotVacuousTest extends ContractTestSupport {
  private static Expr<?> c(String name, BitVecSort sort) {
    return ctx.mkConst(name, sort);
  }

  @Test
  void emapAddRequiresAnAbsentKeyAndAddsIt() {
    EmapContract m = EmapContract.create(ctx, "e1", 4, ctx.mkBitVecSort(16));
    Terms t = m.vocabulary().terms();
    Operation add = m.operation("emap_add").orElseThrow();
    Expr<?> s = m.freshState("S");
    Expr<?> k = c("k", m.vocabulary().keySort());
    Expr<?> now = c("now", t.timeSort());
    Expr<?> i = c("i", t.indexSort());
    Points p = Points.of(List.of(k), List.of(i));
    BoolExpr pre = add.precondition(s, List.of(k, now), p);
    assertFalse(checker.satisfiable(pre, m.has(s, k)), "emap_add allowed on a present key");
    assertTrue(checker.satisfiable(pre), "emap_add never allowed");
    List<Expr<?>> ok = List.of(t.truth(true), i);
    Expr<?> s1 = add.nextState(s, List.of(k, now), ok);
    BoolExpr post = add.postcondition(s, s1, List.of(k, now), ok, p);
    assertTrue(checker.satisfiable(pre, post), "emap_add's success is impossible");
    assertFalse(checker.satisfiable(pre, post, ctx.mkNot(m.has(s1, k))), "added key absent");
    assertFalse(checker.satisfiable(pre, post, ctx.mkNot(t.eq(m.time(s1, i), now))), "no stamp");
    assertFalse(checker.satisfiable(pre, post, m.full(s)), "added to a full emap");
    // Failure happens exactly when full, and leaves the very same state term.
    List<Expr<?>> failed = List.of(t.truth(false), i);
    assertEquals(s, add.nextState(s, List.of(k, now), failed));
    assertFalse(checker.satisfiable(pre, add.postcondition(s, s, List.of(k, now), failed, p),
        ctx.mkNot(m.full(s))), "emap_add failed on a non-full emap");
  }

  @Test
  void identicalCallsBuildIdenticalStates() {
    EmapContract m = EmapContract.create(ctx, "e2", 4, ctx.mkBitVecSort(16));
    Terms t = m.vocabulary().terms();
    Operation expire = m.operation("emap_expire").orElseThrow();
    Expr<?> s = m.freshState("S");
    Expr<?> a = expire.nextState(s, List.of(t.time(7)), List.of(c("n1", t.indexSort())));
    Expr<?> b = expire.nextState(s, List.of(t.time(7)), List.of(c("n2", t.indexSort())));
    assertEquals(a, b, "two expiries at the same time built different terms");
  }

  @Test
  void anEntryStampedExactlyAtTheCutoffSurvivesExpiry() {
    EmapContract m = EmapContract.create(ctx, "e3", 4, ctx.mkBitVecSort(16));
    Terms t = m.vocabulary().terms();
    Operation expire = m.operation("emap_expire").orElseThrow();
    Expr<?> s = m.freshState("S");
    Expr<?> i = t.index(2);
    Expr<?> n = c("n", t.indexSort());
    Points p = Points.of(List.of(), List.of(i));
    Expr<?> s1 = expire.nextState(s, List.of(t.time(50)), List.of(n));
    BoolExpr post = expire.postcondition(s, s1, List.of(t.time(50)), List.of(n), p);
    BoolExpr stampedAt50 = t.and(m.hasIdx(s, i), t.eq(m.time(s, i), t.time(50)));
    assertFalse(checker.satisfiable(post, stampedAt50, ctx.mkNot(m.hasIdx(s1, i))));
    BoolExpr stampedAt49 = t.and(m.hasIdx(s, i), t.eq(m.time(s, i), t.time(49)));
    assertFalse(checker.satisfiable(post, stampedAt49, m.hasIdx(s1, i)));
    // Something expired, so the emap is no longer full.
    assertFalse(checker.satisfiable(post, m.invariant(s, p, t.time(60)), stampedAt49, m.full(s1)));
  }

  @Test
  void anExpiredKeyShrinksTheEmapEvenWhenItsIndexIsNoPoint() {
    EmapContract m = EmapContract.create(ctx, "e4", 4, ctx.mkBitVecSort(16));
    Terms t = m.vocabulary().terms();
    Operation expire = m.operation("emap_expire").orElseThrow();
    Expr<?> s = m.freshState("S");
    Expr<?> k = c("k", m.vocabulary().keySort());
    Expr<?> n = c("n", t.indexSort());
    // Only the key is a point: the spec looked it up, nobody named its index.
    Points p = Points.of(List.of(k), List.of());
    Expr<?> s1 = expire.nextState(s, List.of(t.time(50)), List.of(n));
    BoolExpr post = expire.postcondition(s, s1, List.of(t.time(50)), List.of(n), p);
    BoolExpr oldKey = t.and(m.has(s, k), t.slt(m.time(s, m.idx(s, k)), t.time(50)));
    assertTrue(checker.satisfiable(post, m.invariant(s, p, t.time(60)), oldKey, m.full(s)));
    assertFalse(checker.satisfiable(post, m.invariant(s, p, t.time(60)), oldKey, m.full(s1)),
        "a full emap stayed full although a key expired");
    assertFalse(checker.satisfiable(post, m.invariant(s, p, t.time(60)), oldKey,
        m.hasIdx(s1, m.idx(s, k))), "the expired key's index stayed allocated");
  }

  @Test
  void vectorReturnRequiresABorrow() {
    VectorContract v = VectorContract.create(ctx, "v1", 4, ctx.mkBitVecSort(8),
        x -> ctx.mkBVULT(Terms.bv(x), ctx.mkBV(3, 8)));
    Terms t = v.vocabulary().terms();
    Operation ret = v.operation("vector_return").orElseThrow();
    Expr<?> s = v.freshState("V");
    Points p = Points.of(List.of(), List.of(t.index(1)));
    BoolExpr pre = ret.precondition(s, List.of(t.index(1), t.num(2, 8)), p);
    assertTrue(checker.satisfiable(pre));
    assertFalse(checker.satisfiable(pre, v.invariant(s, p, t.time(0))),
        "returning an element nobody borrowed was allowed");
    assertFalse(checker.satisfiable(ret.precondition(s, List.of(t.index(1), t.num(3, 8)), p)),
        "an element breaking the bound was accepted");
  }

  @Test
  void mapPutOnAFullMapNeedsThePresentKey() {
    MapContract m = MapContract.create(ctx, "m1", 2, ctx.mkBitVecSort(8), ctx.mkBitVecSort(8),
        x -> ctx.mkTrue());
    Operation put = m.operation("map_put").orElseThrow();
    Expr<?> s = m.freshState("M");
    Expr<?> k = c("k", m.vocabulary().keySort());
    BoolExpr pre = put.precondition(s, List.of(k, ctx.mkBV(1, 8)), Points.none());
    assertFalse(checker.satisfiable(pre, m.full(s), ctx.mkNot(m.has(s, k))));
    assertTrue(checker.satisfiable(pre, m.full(s)));
  }

  @Test
  void dchainAllocationTakesAFreeIndex() {
    DchainContract d = DchainContract.create(ctx, "d1", 4);
    Terms t = d.vocabulary().terms();
    Operation alloc = d.operation("dchain_allocate").orElseThrow();
    Expr<?> s = d.freshState("C");
    Expr<?> i = c("i", t.indexSort());
    List<Expr<?>> r = List.of(t.truth(true), i);
    Expr<?> s1 = alloc.nextState(s, List.of(t.time(5)), r);
    BoolExpr post = alloc.postcondition(s, s1, List.of(t.time(5)), r,
        Points.of(List.of(), List.of(t.index(0))));
    assertFalse(checker.satisfiable(post, d.allocated(s, i)));
    // Lowest free: index 0 free means the allocation is index 0.
    assertFalse(checker.satisfiable(post, ctx.mkNot(d.allocated(s, t.index(0))),
        ctx.mkNot(t.eq(i, t.index(0)))));
  }

  @Test
  void lpmLongerPrefixWins() {
    LpmContract l = LpmContract.create(ctx, "l1", 4);
    Terms t = l.vocabulary().terms();
    Operation update = l.operation("lpm_update").orElseThrow();
    Expr<?> s = l.freshState("L");
    Expr<?> addr = t.num(0x0A010203L, 32);
    List<Expr<?>> args = List.of(t.num(0x0A010000L, 32), t.num(16, 8), t.num(7, 16));
    PrefixPoint slash8 = new PrefixPoint(t.num(0x0A000000L, 32), t.num(8, 8));
    Points p = Points.of(List.of(addr), List.of()).withPrefixes(slash8);
    List<Expr<?>> ok = List.of(t.truth(true));
    Expr<?> s1 = update.nextState(s, args, ok);
    BoolExpr post = update.postcondition(s, s1, args, ok, p);
    BoolExpr slash8Stored = l.hasPrefix(s, slash8.prefix(), slash8.length());
    // Before: the /8 is the address's longest match; after adding the /16, the /16 is.
    BoolExpr facts = t.and(post, l.invariant(s, p, t.time(0)), slash8Stored,
        t.eq(l.matchLen(s, addr), t.num(8, 8)), ctx.mkNot(l.hasPrefix(s, args.get(0), args.get(1))));
    assertTrue(checker.satisfiable(facts));
    assertFalse(checker.satisfiable(facts, ctx.mkNot(t.eq(l.value(s1, addr), t.num(7, 16)))));
    assertFalse(checker.satisfiable(update.precondition(s,
        List.of(args.get(0), t.num(33, 8), args.get(2)), p)), "prefix length 33 accepted");
  }

  @Test
  void chtFindsABackendWhenOneIsUp() {
    EmapContract backends = EmapContract.create(ctx, "b1", 3, ctx.mkBitVecSort(32));
    ChtContract cht = ChtContract.create(ctx, "c1", 3, 7, backends);
    Terms t = cht.vocabulary().terms();
    Operation find = cht.operation("cht_find_preferred").orElseThrow();
    Expr<?> c = cht.freshState("C");
    Expr<?> e = backends.freshState("E");
    Expr<?> h = c("h", ctx.mkBitVecSort(32));
    BoolExpr found = ctx.mkBoolConst("found");
    List<Expr<?>> args = List.of(h, e);
    List<Expr<?>> r = List.of(found, c("b", t.indexSort()));
    Points p = Points.of(List.of(cht.slotOf(h)), List.of());
    BoolExpr facts = t.and(find.definitionsAt(c, args, p).orElseThrow(),
        find.postcondition(c, c, args, r, p), cht.invariant(c, p, t.time(0)),
        backends.hasIdx(e, t.index(1)));
    assertTrue(checker.satisfiable(facts));
    assertFalse(checker.satisfiable(facts, ctx.mkNot(found)), "no backend found though one is up");
    assertFalse(checker.satisfiable(facts, ctx.mkNot(backends.hasIdx(e, r.get(1)))),
        "chose a backend that is down");
  }
}
