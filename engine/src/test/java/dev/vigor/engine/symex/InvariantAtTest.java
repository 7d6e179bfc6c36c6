package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.VectorContract;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The executor's invariant of a state object, as the validator asks for it when a model's
 * pre-state cannot be loaded: the policer's buckets carry their C bound (0 <= size <= BURST,
 * 0 <= time <= now), so an element with every bit set (size -1) is excluded at the points, and
 * allowed elsewhere and for an object the executor does not know.
 */
class InvariantAtTest {
  @Test
  void theVectorBoundHoldsAtThePointsOnly() throws Exception {
    Path dir = Nfs.catalog("policer");
    Program program = Nfs.compile(dir);
    try (SymexResult r = SymbolicExecutor.run(program, Nfs.config(dir), ProgressListener.NONE,
        CancelToken.none())) {
      Context ctx = r.context();
      Expr<?> s0 = r.inputs().preStates().get("buckets");
      // the same symbols as the executor's contract: vocabularies are interned by name
      VectorContract v = VectorContract.create(ctx, "buckets", 65536, ctx.mkBitVecSort(128),
          x -> ctx.mkTrue());
      BitVecExpr seven = ctx.mkBV(7, 32);
      Expr<?> allOnes = ctx.mkBV(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)
          .toString(), 128);
      Points atSeven = Points.of(List.of(), List.of(seven));

      Solver bounded = ctx.mkSolver();
      bounded.add(r.invariantAt("buckets", s0, atSeven));
      bounded.add(ctx.mkEq(v.get(s0, seven), allOnes));
      assertEquals(Status.UNSATISFIABLE, bounded.check(), "size -1 breaks 0 <= size");

      Solver elsewhere = ctx.mkSolver();
      elsewhere.add(r.invariantAt("buckets", s0, atSeven));
      elsewhere.add(ctx.mkEq(v.get(s0, ctx.mkBV(8, 32)), allOnes));
      assertEquals(Status.SATISFIABLE, elsewhere.check(), "index 8 is not a point");

      assertEquals(ctx.mkTrue(), r.invariantAt("no_such_object", s0, atSeven));
    }
  }
}
