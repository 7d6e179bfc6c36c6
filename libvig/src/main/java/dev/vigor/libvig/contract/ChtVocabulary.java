package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.UninterpretedSort;

/**
 * The symbols of one cht object, read together with the emap of its backends. The table never
 * changes after nf_init, so there are no constructors. Observers: {@code pref(C,slot,rank)} (the
 * rank-th preferred backend of a slot), {@code perm(C,backend,j)} (the j-th slot of a backend's
 * Maglev permutation), {@code rank(C,slot,backend)} (the inverse of pref: the rank of a backend in
 * the slot's row), and over the backends emap state E and a hash h, {@code exists(C,E,h)} and
 * {@code choose(C,E,h)} — the terms specs' {@code exists_with_cht}/{@code choose_with_cht} build.
 */
public record ChtVocabulary(
    Terms terms,
    String name,
    int backendCapacity,
    int height,
    UninterpretedSort stateSort,
    EmapVocabulary backends,
    FuncDecl<BitVecSort> pref,
    FuncDecl<BitVecSort> perm,
    FuncDecl<BitVecSort> rank,
    FuncDecl<BoolSort> exists,
    FuncDecl<BitVecSort> choose) {

  /** The symbols of cht object name over the given backends emap. */
  public static ChtVocabulary create(Context ctx, String name, int backendCapacity, int height,
      EmapVocabulary backends) {
    if (backendCapacity <= 0 || height < 2) {
      throw new IllegalArgumentException("need backend_capacity >= 1 and height >= 2");
    }
    Terms t = new Terms(ctx);
    UninterpretedSort s = ctx.mkUninterpretedSort(name + ".cht");
    BitVecSort i = t.indexSort();
    BitVecSort hash = ctx.mkBitVecSort(32);
    String over = name + "." + backends.name();
    return new ChtVocabulary(t, name, backendCapacity, height, s, backends,
        t.fun(name + ".pref", i, s, i, i),
        t.fun(name + ".perm", i, s, i, i),
        t.fun(name + ".rank", i, s, i, i),
        t.fun(over + ".exists", ctx.mkBoolSort(), s, backends.stateSort(), hash),
        t.fun(over + ".choose", i, s, backends.stateSort(), hash));
  }
}
