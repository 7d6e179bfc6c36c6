package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contract's read over an update is what the update's own postcondition says is there (so the
 * validator may compare states with it in place), and reads at another point are left alone.
 */
class ReadOverWriteTest extends ContractTestSupport {
  /** Asserts that the postcondition implies e == rewritten and that the rewrite did something. */
  private void backedBy(BoolExpr post, Expr<?> e, Expr<?> rewritten) {
    assertNotEquals(e, rewritten, "not rewritten: " + e);
    assertFalse(checker.satisfiable(post, ctx.mkNot(ctx.mkEq(e, rewritten))),
        "the postcondition does not imply " + e + " == " + rewritten);
  }

  @Test
  void anEmapReadsTheTimeAndKeyARefreshWrote() {
    EmapContract m = EmapContract.create(ctx, "rm", 8, ctx.mkBitVecSort(16));
    Terms t = m.vocabulary().terms();
    Operation refresh = m.operation("emap_refresh").orElseThrow();
    Expr<?> s = m.freshState("S");
    Expr<?> i = ctx.mkConst("i", t.indexSort());
    Expr<?> now = ctx.mkConst("now", t.timeSort());
    Expr<?> s1 = refresh.nextState(s, List.of(i, now), List.of());
    BoolExpr post = refresh.postcondition(s, s1, List.of(i, now), List.of(), Points.none());

    backedBy(post, m.time(s1, i), m.readOverWrite(m.time(s1, i)));
    backedBy(post, m.key(s1, i), m.readOverWrite(m.key(s1, i)));
    // another index, or an observer the refresh does not settle: unchanged
    Expr<?> j = ctx.mkConst("j", t.indexSort());
    Expr<?> elsewhere = m.time(s1, j);
    assertSame(elsewhere, unchanged(m, elsewhere));
    Expr<?> before = m.time(s, i);
    assertSame(before, unchanged(m, before));
  }

  @Test
  void aVectorReadsWhatASetOrAReturnWrote() {
    VectorContract v = VectorContract.create(ctx, "rv", 4, ctx.mkBitVecSort(8), x -> ctx.mkTrue());
    Terms t = v.vocabulary().terms();
    Expr<?> s = v.freshState("V");
    Expr<?> i = ctx.mkConst("vi", t.indexSort());
    Expr<?> x = ctx.mkConst("x", v.vocabulary().elemSort());
    for (String name : List.of("vector_set", "vector_return")) {
      Operation op = v.operation(name).orElseThrow();
      Expr<?> s1 = op.nextState(s, List.of(i, x), List.of());
      BoolExpr post = op.postcondition(s, s1, List.of(i, x), List.of(), Points.none());
      Expr<?> read = t.apply(v.vocabulary().get(), s1, i);
      backedBy(post, read, v.readOverWrite(read));
      Expr<?> elsewhere = t.apply(v.vocabulary().get(), s1, ctx.mkConst("vj", t.indexSort()));
      assertSame(elsewhere, unchanged(v, elsewhere));
    }
  }

  /** What the contract gives for e: e itself (the same object) when no rewrite applies. */
  private static Expr<?> unchanged(StructureContract<?> c, Expr<?> e) {
    return c.readOverWrite(e);
  }
}
