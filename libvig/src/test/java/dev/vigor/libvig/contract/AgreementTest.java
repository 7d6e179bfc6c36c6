package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Different operation sequences with the same effect give states that agree, and only those. */
class AgreementTest extends ContractTestSupport {
  @Test
  void borrowAndReturnAgreesWithSet() {
    VectorContract v = VectorContract.create(ctx, "va", 4, ctx.mkBitVecSort(8),
        x -> ctx.mkBVULT(Terms.bv(x), ctx.mkBV(9, 8)));
    Terms t = v.vocabulary().terms();
    Operation borrow = v.operation("vector_borrow").orElseThrow();
    Operation ret = v.operation("vector_return").orElseThrow();
    Operation set = v.operation("vector_set").orElseThrow();
    Expr<?> s0 = v.freshState("V");
    Expr<?> i = t.index(2);
    Expr<?> x = t.num(5, 8);
    Expr<?> e = ctx.mkConst("e", v.vocabulary().elemSort());
    Points p = Points.of(List.of(), List.of(i, ctx.mkConst("jw", t.indexSort())));
    // NF: borrow, then return x. Spec: set x.
    Expr<?> s1 = borrow.nextState(s0, List.of(i), List.of(e));
    Expr<?> s2 = ret.nextState(s1, List.of(i, x), List.of());
    Expr<?> spec = set.nextState(s0, List.of(i, x), List.of());
    assertNotEquals(s2, spec);
    BoolExpr facts = t.and(v.invariant(s0, p, t.time(0)),
        borrow.postcondition(s0, s1, List.of(i), List.of(e), p),
        ret.postcondition(s1, s2, List.of(i, x), List.of(), p),
        set.postcondition(s0, spec, List.of(i, x), List.of(), p));
    assertTrue(checker.satisfiable(facts));
    assertFalse(checker.satisfiable(facts, ctx.mkNot(v.agree(s2, spec, p))),
        "borrow+return and set did not agree");
    // Returning a different value must not agree.
    Expr<?> s2b = ret.nextState(s1, List.of(i, t.num(6, 8)), List.of());
    BoolExpr other = t.and(facts, ret.postcondition(s1, s2b, List.of(i, t.num(6, 8)), List.of(), p));
    assertFalse(checker.satisfiable(other, v.agree(s2b, spec, p)), "different values agreed");
  }

  @Test
  void addingThenErasingAKeyAgreesWithDoingNothing() {
    EmapContract m = EmapContract.create(ctx, "ea", 4, ctx.mkBitVecSort(16));
    Terms t = m.vocabulary().terms();
    Operation add = m.operation("emap_add").orElseThrow();
    Operation erase = m.operation("emap_erase").orElseThrow();
    Expr<?> s0 = m.freshState("S");
    Expr<?> k = ctx.mkConst("k", m.vocabulary().keySort());
    Expr<?> i = ctx.mkConst("i", t.indexSort());
    Expr<?> now = t.time(10);
    Points p = Points.of(List.of(k, ctx.mkConst("kw", m.vocabulary().keySort())),
        List.of(i, ctx.mkConst("iw", t.indexSort())));
    List<Expr<?>> ok = List.of(t.truth(true), i);
    Expr<?> s1 = add.nextState(s0, List.of(k, now), ok);
    Expr<?> s2 = erase.nextState(s1, List.of(k), List.of());
    BoolExpr facts = t.and(m.invariant(s0, p, now), add.precondition(s0, List.of(k, now), p),
        add.postcondition(s0, s1, List.of(k, now), ok, p),
        erase.postcondition(s1, s2, List.of(k), List.of(), p));
    assertTrue(checker.satisfiable(facts));
    assertFalse(checker.satisfiable(facts, ctx.mkNot(m.agree(s2, s0, p))),
        "add then erase changed the emap");
    assertFalse(checker.satisfiable(facts, m.agree(s1, s0, p)), "adding changed nothing");
  }
}
