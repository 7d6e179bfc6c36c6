package dev.vigor.engine.symex;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import java.util.Map;

/**
 * The symbolic inputs of nf_process: device (16 bits), packet (array from 32-bit offsets to
 * bytes), length (16 bits), now (64 bits), each libVig object's pre-state S0, and the constraints
 * every path starts from (device and length ranges, now >= 0).
 */
public record SymbolicInputs(
    Expr<?> device,
    ArrayExpr<BitVecSort, BitVecSort> packet,
    Expr<?> length,
    Expr<?> now,
    Map<String, Expr<?>> preStates,
    List<BoolExpr> constraints) {
  public SymbolicInputs {
    preStates = Map.copyOf(preStates);
    constraints = List.copyOf(constraints);
  }
}
