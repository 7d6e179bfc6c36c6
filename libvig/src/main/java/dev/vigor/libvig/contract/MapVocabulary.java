package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import com.microsoft.z3.UninterpretedSort;
import java.util.function.Function;

/**
 * The symbols of one map object. Constructors: {@code put(M,k,v)}, {@code erase(M,k)}. Observers:
 * {@code has(M,k)}, {@code get(M,k)}, {@code size(M)}, {@code full(M)}. The bound is the
 * instantiation's C bound over a value term.
 */
public record MapVocabulary(
    Terms terms,
    String name,
    int capacity,
    UninterpretedSort stateSort,
    BitVecSort keySort,
    BitVecSort valueSort,
    Function<Expr<?>, BoolExpr> bound,
    FuncDecl<UninterpretedSort> put,
    FuncDecl<UninterpretedSort> erase,
    FuncDecl<BoolSort> has,
    FuncDecl<BitVecSort> get,
    FuncDecl<BitVecSort> size,
    FuncDecl<BoolSort> full) {

  /** The symbols of map object name. */
  public static MapVocabulary create(Context ctx, String name, int capacity, BitVecSort keySort,
      BitVecSort valueSort, Function<Expr<?>, BoolExpr> bound) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    Terms t = new Terms(ctx);
    UninterpretedSort s = ctx.mkUninterpretedSort(name + ".map");
    return new MapVocabulary(t, name, capacity, s, keySort, valueSort, bound,
        t.fun(name + ".put", s, s, keySort, valueSort),
        t.fun(name + ".erase", s, s, keySort),
        t.fun(name + ".has", ctx.mkBoolSort(), s, keySort),
        t.fun(name + ".get", valueSort, s, keySort),
        t.fun(name + ".size", t.indexSort(), (Sort) s),
        t.fun(name + ".full", ctx.mkBoolSort(), (Sort) s));
  }
}
