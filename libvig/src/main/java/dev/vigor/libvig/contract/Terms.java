package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import java.math.BigInteger;
import java.util.Collection;

/** Small term builders over one Z3 context, so contracts read like their plain-words statement. */
public final class Terms {
  /** Bits of a C {@code int} (indices, sizes, counts). */
  public static final int INDEX_BITS = 32;
  /** Bits of {@code vigor_time_t}. */
  public static final int TIME_BITS = 64;

  private final Context ctx;

  public Terms(Context ctx) {
    this.ctx = ctx;
  }

  public Context ctx() {
    return ctx;
  }

  public BitVecSort indexSort() {
    return ctx.mkBitVecSort(INDEX_BITS);
  }

  public BitVecSort timeSort() {
    return ctx.mkBitVecSort(TIME_BITS);
  }

  /** The sort of a C value of byteWidth bytes. */
  public BitVecSort bytesSort(int byteWidth) {
    return ctx.mkBitVecSort(8 * byteWidth);
  }

  @SuppressWarnings("unchecked")
  public static Expr<BitVecSort> bv(Expr<?> e) {
    return (Expr<BitVecSort>) e;
  }

  @SuppressWarnings("unchecked")
  public static Expr<BoolSort> bool(Expr<?> e) {
    return (Expr<BoolSort>) e;
  }

  public BitVecNum num(long value, int bits) {
    return ctx.mkBV(value, bits);
  }

  public BitVecNum num(BigInteger value, int bits) {
    return ctx.mkBV(value.toString(), bits);
  }

  public BitVecNum index(long value) {
    return num(value, INDEX_BITS);
  }

  public BitVecNum time(long value) {
    return num(value, TIME_BITS);
  }

  public BoolExpr truth(boolean b) {
    return ctx.mkBool(b);
  }

  public BoolExpr eq(Expr<?> a, Expr<?> b) {
    return ctx.mkEq(a, b);
  }

  public BoolExpr iff(Expr<?> a, Expr<?> b) {
    return ctx.mkEq(bool(a), bool(b));
  }

  public BoolExpr not(Expr<?> a) {
    return ctx.mkNot(bool(a));
  }

  public BoolExpr implies(Expr<?> a, Expr<?> b) {
    return ctx.mkImplies(bool(a), bool(b));
  }

  public BoolExpr and(Collection<BoolExpr> parts) {
    return parts.isEmpty() ? ctx.mkTrue() : ctx.mkAnd(parts.toArray(new BoolExpr[0]));
  }

  public BoolExpr and(BoolExpr... parts) {
    return parts.length == 0 ? ctx.mkTrue() : ctx.mkAnd(parts);
  }

  public BoolExpr or(Collection<BoolExpr> parts) {
    return parts.isEmpty() ? ctx.mkFalse() : ctx.mkOr(parts.toArray(new BoolExpr[0]));
  }

  public BoolExpr or(BoolExpr... parts) {
    return parts.length == 0 ? ctx.mkFalse() : ctx.mkOr(parts);
  }

  /** Signed a &lt; b (C int, int64_t). */
  public BoolExpr slt(Expr<?> a, Expr<?> b) {
    return ctx.mkBVSLT(bv(a), bv(b));
  }

  /** Signed a &lt;= b. */
  public BoolExpr sle(Expr<?> a, Expr<?> b) {
    return ctx.mkBVSLE(bv(a), bv(b));
  }

  /** Unsigned a &lt; b. */
  public BoolExpr ult(Expr<?> a, Expr<?> b) {
    return ctx.mkBVULT(bv(a), bv(b));
  }

  /** Unsigned a &lt;= b. */
  public BoolExpr ule(Expr<?> a, Expr<?> b) {
    return ctx.mkBVULE(bv(a), bv(b));
  }

  public BitVecExpr plus(Expr<?> a, long k) {
    BitVecExpr x = (BitVecExpr) a;
    return ctx.mkBVAdd(x, ctx.mkBV(k, x.getSortSize()));
  }

  public BitVecExpr minus(Expr<?> a, Expr<?> b) {
    return ctx.mkBVSub(bv(a), bv(b));
  }

  /** 0 &lt;= i &lt; capacity, signed as a C int. */
  public BoolExpr inRange(Expr<?> i, int capacity) {
    return and(sle(index(0), i), slt(i, index(capacity)));
  }

  /** ite over any sort; a literal condition picks its branch without building an ite. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Expr<?> ite(Expr<?> cond, Expr<?> then, Expr<?> otherwise) {
    if (cond.isTrue()) {
      return then;
    }
    if (cond.isFalse()) {
      return otherwise;
    }
    return ctx.mkITE(bool(cond), (Expr) then, (Expr) otherwise);
  }

  /** Applies f and casts to a boolean term. */
  public BoolExpr holds(FuncDecl<BoolSort> f, Expr<?>... args) {
    return (BoolExpr) ctx.mkApp(f, args);
  }

  /** Applies f. */
  public <S extends Sort> Expr<S> apply(FuncDecl<S> f, Expr<?>... args) {
    return ctx.mkApp(f, args);
  }

  /** A function symbol. */
  public <S extends Sort> FuncDecl<S> fun(String name, S range, Sort... domain) {
    return ctx.mkFuncDecl(name, domain, range);
  }
}
