package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import com.microsoft.z3.UninterpretedSort;

/**
 * The symbols of one emap object: its state sort, the constructors every emap operation (from C or
 * from the spec) builds states with, and the uninterpreted observers. Names are prefixed with the
 * object's name, so two objects never share a symbol.
 *
 * <p>Constructors: {@code add(S,k,i,t)}, {@code refresh(S,i,t)}, {@code expire(S,t)},
 * {@code erase(S,k)}. Observers: {@code has(S,k)}, {@code idx(S,k)}, {@code hasIdx(S,i)},
 * {@code key(S,i)}, {@code time(S,i)}, {@code size(S)}, {@code full(S)}.
 */
public record EmapVocabulary(
    Terms terms,
    String name,
    int capacity,
    UninterpretedSort stateSort,
    BitVecSort keySort,
    FuncDecl<UninterpretedSort> add,
    FuncDecl<UninterpretedSort> refresh,
    FuncDecl<UninterpretedSort> expire,
    FuncDecl<UninterpretedSort> erase,
    FuncDecl<BoolSort> has,
    FuncDecl<BitVecSort> idx,
    FuncDecl<BoolSort> hasIdx,
    FuncDecl<BitVecSort> key,
    FuncDecl<BitVecSort> time,
    FuncDecl<BitVecSort> size,
    FuncDecl<BoolSort> full) {

  /** The symbols of emap object name with this capacity and key sort. */
  public static EmapVocabulary create(Context ctx, String name, int capacity, BitVecSort keySort) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    Terms t = new Terms(ctx);
    UninterpretedSort s = ctx.mkUninterpretedSort(name + ".emap");
    BitVecSort i = t.indexSort();
    BitVecSort time = t.timeSort();
    BoolSort b = ctx.mkBoolSort();
    return new EmapVocabulary(t, name, capacity, s, keySort,
        t.fun(name + ".add", s, s, keySort, i, time),
        t.fun(name + ".refresh", s, s, i, time),
        t.fun(name + ".expire", s, s, time),
        t.fun(name + ".erase", s, s, keySort),
        t.fun(name + ".has", b, s, keySort),
        t.fun(name + ".idx", i, s, keySort),
        t.fun(name + ".hasIdx", b, s, i),
        t.fun(name + ".key", keySort, s, i),
        t.fun(name + ".time", time, s, i),
        t.fun(name + ".size", i, (Sort) s),
        t.fun(name + ".full", b, (Sort) s));
  }
}
