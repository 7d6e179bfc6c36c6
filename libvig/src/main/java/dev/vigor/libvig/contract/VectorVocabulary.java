package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.UninterpretedSort;
import java.util.function.Function;

/**
 * The symbols of one vector object. Constructors: {@code set(V,i,x)}, {@code borrow(V,i)},
 * {@code giveBack(V,i,x)} (vector_return). Observers: {@code get(V,i)}, {@code lent(V,i)}. The bound
 * is the instantiation's C bound as a predicate over an element term (the engine builds it from the
 * bound expression; {@code x -> true} for VIG_VECTOR).
 */
public record VectorVocabulary(
    Terms terms,
    String name,
    int capacity,
    UninterpretedSort stateSort,
    BitVecSort elemSort,
    Function<Expr<?>, BoolExpr> bound,
    FuncDecl<UninterpretedSort> set,
    FuncDecl<UninterpretedSort> borrow,
    FuncDecl<UninterpretedSort> giveBack,
    FuncDecl<BitVecSort> get,
    FuncDecl<BoolSort> lent) {

  /** The symbols of vector object name. */
  public static VectorVocabulary create(Context ctx, String name, int capacity,
      BitVecSort elemSort, Function<Expr<?>, BoolExpr> bound) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    Terms t = new Terms(ctx);
    UninterpretedSort s = ctx.mkUninterpretedSort(name + ".vector");
    BitVecSort i = t.indexSort();
    return new VectorVocabulary(t, name, capacity, s, elemSort, bound,
        t.fun(name + ".set", s, s, i, elemSort),
        t.fun(name + ".borrow", s, s, i),
        t.fun(name + ".giveBack", s, s, i, elemSort),
        t.fun(name + ".get", elemSort, s, i),
        t.fun(name + ".lent", ctx.mkBoolSort(), s, i));
  }
}
