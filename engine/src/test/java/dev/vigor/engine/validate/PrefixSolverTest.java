package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The solver shared by traces validated one after another: the next trace keeps only the facts
 * it shares from the start, nothing a trace's validation asserted outlives it, and scopes an
 * interrupt left open are not trusted.
 */
class PrefixSolverTest {
  private Context ctx;
  private BitVecExpr x;
  private BoolExpr a;
  private BoolExpr b;
  private PrefixSolver prefixes;

  @BeforeEach
  void facts() {
    ctx = new Context();
    x = ctx.mkBVConst("x", 8);
    a = ctx.mkBVUGT(x, ctx.mkBV(1, 8));
    b = ctx.mkBVUGT(x, ctx.mkBV(2, 8));
    prefixes = new PrefixSolver(ctx::mkSolver);
  }

  @AfterEach
  void close() {
    prefixes.close();
    ctx.close();
  }

  private static Set<BoolExpr> asserted(TraceSolver t) {
    return Set.of(t.solver().getAssertions());
  }

  @Test
  void theNextTraceKeepsOnlyTheSharedBeginningAndNothingOfTheLastValidation() {
    BoolExpr c = ctx.mkBVULT(x, ctx.mkBV(9, 8));
    BoolExpr notC = ctx.mkNot(c);

    TraceSolver first = prefixes.enter(List.of(a, b, c));
    assertEquals(Set.of(a, b, c), asserted(first));
    BoolExpr learned = ctx.mkEq(x, ctx.mkBV(5, 8));
    first.addFact(learned);
    first.addFact(b); // held below: not asserted again
    assertEquals(4, first.solver().getAssertions().length);
    assertTrue(first.usable());
    prefixes.leave();

    TraceSolver second = prefixes.enter(List.of(a, b, notC));
    assertEquals(Set.of(a, b, notC), asserted(second), "c and the fact learned on it are gone");
    assertEquals(Status.SATISFIABLE, second.solver().check(), "x >= 9 is possible again");
    int depth = second.push();
    second.solver().add(ctx.mkBVULT(x, ctx.mkBV(3, 8)));
    assertEquals(Status.UNSATISFIABLE, second.solver().check());
    second.popTo(depth);
    assertTrue(second.usable());
    prefixes.leave();

    TraceSolver shorter = prefixes.enter(List.of(a));
    assertEquals(Set.of(a), asserted(shorter));
    prefixes.leave();
  }

  @Test
  void aTraceNotLeftOrAScopeLeftOpenStartsAfresh() {
    TraceSolver first = prefixes.enter(List.of(a, b));
    first.push(); // a question whose pop an interrupt broke
    first.solver().add(ctx.mkBVULT(x, ctx.mkBV(2, 8)));
    prefixes.leave();
    TraceSolver next = prefixes.enter(List.of(a, b));
    assertEquals(Set.of(a, b), asserted(next), "the question's goal did not survive");
    assertEquals(Status.SATISFIABLE, next.solver().check());

    // never left: the next trace does not build on its scope
    next.addFact(ctx.mkEq(x, ctx.mkBV(7, 8)));
    TraceSolver after = prefixes.enter(List.of(a));
    assertEquals(Set.of(a), asserted(after));

    // A cancel's interrupt landing between queries: Z3 refuses pushes until a query clears it.
    ctx.interrupt();
    prefixes.leave();
    TraceSolver again = prefixes.enter(List.of(a, b));
    assertEquals(Set.of(a, b), asserted(again));
    assertEquals(Status.SATISFIABLE, again.solver().check());
  }
}
