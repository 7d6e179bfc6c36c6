package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import com.microsoft.z3.UninterpretedSort;

/**
 * The symbols of one dchain object. Constructors: {@code allocate(C,i,t)}, {@code rejuvenate(C,i,t)},
 * {@code free(C,i)}, {@code expire(C,t)}. Observers: {@code isAllocated(C,i)}, {@code time(C,i)},
 * {@code size(C)}, {@code full(C)}.
 */
public record DchainVocabulary(
    Terms terms,
    String name,
    int capacity,
    UninterpretedSort stateSort,
    FuncDecl<UninterpretedSort> allocate,
    FuncDecl<UninterpretedSort> rejuvenate,
    FuncDecl<UninterpretedSort> free,
    FuncDecl<UninterpretedSort> expire,
    FuncDecl<BoolSort> isAllocated,
    FuncDecl<BitVecSort> time,
    FuncDecl<BitVecSort> size,
    FuncDecl<BoolSort> full) {

  /** The symbols of dchain object name with this capacity. */
  public static DchainVocabulary create(Context ctx, String name, int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    Terms t = new Terms(ctx);
    UninterpretedSort s = ctx.mkUninterpretedSort(name + ".dchain");
    BitVecSort i = t.indexSort();
    BitVecSort time = t.timeSort();
    BoolSort b = ctx.mkBoolSort();
    return new DchainVocabulary(t, name, capacity, s,
        t.fun(name + ".allocate", s, s, i, time),
        t.fun(name + ".rejuvenate", s, s, i, time),
        t.fun(name + ".free", s, s, i),
        t.fun(name + ".expire", s, s, time),
        t.fun(name + ".isAllocated", b, s, i),
        t.fun(name + ".time", time, s, i),
        t.fun(name + ".size", i, (Sort) s),
        t.fun(name + ".full", b, (Sort) s));
  }
}
