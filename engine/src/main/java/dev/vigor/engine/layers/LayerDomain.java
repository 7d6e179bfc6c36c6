package dev.vigor.engine.layers;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.symex.Z3Domain;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbolic domain for a layer's code, which mostly computes on constants (a driver writes
 * fixed values to fixed registers, a model counts): operations whose operands are numerals made
 * here are computed in Java, with the bit-vector semantics Z3 gives them, without a native call;
 * the rest are Z3's terms as for NFs.
 */
final class LayerDomain extends Z3Domain {
  private record Num(BigInteger value, int bits) {}

  private final Map<Expr<?>, Num> nums = new IdentityHashMap<>();
  private final Expr<?> yes;
  private final Expr<?> no;

  LayerDomain(Context ctx) {
    super(ctx);
    yes = ctx.mkTrue();
    no = ctx.mkFalse();
  }

  private Num n(Expr<?> e) {
    return nums.get(e);
  }

  private static BigInteger mask(int bits) {
    return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  private static BigInteger signed(Num a) {
    return a.value().testBit(a.bits() - 1) ? a.value().subtract(BigInteger.ONE.shiftLeft(a.bits())) : a.value();
  }

  /** Every numeral made, by value: re-execution makes the same few again and again. */
  private final Map<Num, Expr<?>> byValue = new java.util.HashMap<>();
  private static final BigInteger[] MASKS = new BigInteger[129];

  static {
    for (int i = 1; i < MASKS.length; i++) {
      MASKS[i] = mask(i);
    }
  }

  @Override
  public Expr<?> num(BigInteger value, int bits) {
    BigInteger v = value.signum() >= 0 && value.bitLength() <= bits ? value
        : value.and(bits < MASKS.length ? MASKS[bits] : mask(bits));
    Num key = new Num(v, bits);
    Expr<?> e = byValue.get(key);
    if (e == null) {
      e = super.num(v, bits);
      byValue.put(key, e);
      nums.putIfAbsent(e, key);
    }
    return e;
  }

  @Override
  public Expr<?> num(long value, int bits) {
    return num(BigInteger.valueOf(value), bits);
  }

  @Override
  public int bits(Expr<?> bv) {
    Num a = n(bv);
    return a != null ? a.bits() : super.bits(bv);
  }

  @Override
  public BigInteger constant(Expr<?> bv) {
    Num a = n(bv);
    return a != null ? a.value() : super.constant(bv);
  }

  @Override
  public Boolean truthOf(Expr<?> b) {
    return b == yes ? Boolean.TRUE : b == no ? Boolean.FALSE : super.truthOf(b);
  }

  @Override
  public Boolean settled(Expr<?> b) {
    return b == yes ? Boolean.TRUE : b == no ? Boolean.FALSE : super.settled(b);
  }

  @Override
  public Expr<?> simplified(Expr<?> e) {
    return e == yes || e == no || n(e) != null ? e : super.simplified(e);
  }

  @Override
  public Expr<?> truth(boolean v) {
    return v ? yes : no;
  }

  private Expr<?> known(Boolean b) {
    return b ? yes : no;
  }

  @Override
  public Expr<?> add(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? num(x.value().add(y.value()), x.bits()) : super.add(a, c);
  }

  @Override
  public Expr<?> sub(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? num(x.value().subtract(y.value()), x.bits()) : super.sub(a, c);
  }

  @Override
  public Expr<?> mul(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? num(x.value().multiply(y.value()), x.bits()) : super.mul(a, c);
  }

  @Override
  public Expr<?> udiv(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null && y.value().signum() != 0
        ? num(x.value().divide(y.value()), x.bits()) : super.udiv(a, c);
  }

  @Override
  public Expr<?> urem(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    // Z3's own remainder, not the reciprocal multiplication of NF code: a layer indexes arrays
    // by it (libVig's hash % capacity), and that the remainder is below the divisor is part of
    // bvurem's circuit but a theorem about the multiplication's
    return x != null && y != null && y.value().signum() != 0
        ? num(x.value().remainder(y.value()), x.bits())
        : ctx().mkBVURem((com.microsoft.z3.BitVecExpr) a, (com.microsoft.z3.BitVecExpr) c);
  }

  @Override
  public Expr<?> sdiv(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null && y.value().signum() != 0
        ? num(signed(x).divide(signed(y)), x.bits()) : super.sdiv(a, c);
  }

  @Override
  public Expr<?> srem(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null && y.value().signum() != 0
        ? num(signed(x).remainder(signed(y)), x.bits())
        : ctx().mkBVSRem((com.microsoft.z3.BitVecExpr) a, (com.microsoft.z3.BitVecExpr) c); // as urem
  }

  @Override
  public Expr<?> shl(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    if (x == null || y == null) {
      return super.shl(a, c);
    }
    return y.value().compareTo(BigInteger.valueOf(x.bits())) >= 0 ? num(0, x.bits())
        : num(x.value().shiftLeft(y.value().intValue()), x.bits());
  }

  @Override
  public Expr<?> lshr(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    if (x == null || y == null) {
      return super.lshr(a, c);
    }
    return y.value().compareTo(BigInteger.valueOf(x.bits())) >= 0 ? num(0, x.bits())
        : num(x.value().shiftRight(y.value().intValue()), x.bits());
  }

  @Override
  public Expr<?> ashr(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    if (x == null || y == null) {
      return super.ashr(a, c);
    }
    int s = y.value().min(BigInteger.valueOf(x.bits())).intValue();
    return num(signed(x).shiftRight(s), x.bits());
  }

  @Override
  public Expr<?> and(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? num(x.value().and(y.value()), x.bits()) : super.and(a, c);
  }

  @Override
  public Expr<?> or(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? num(x.value().or(y.value()), x.bits()) : super.or(a, c);
  }

  @Override
  public Expr<?> xor(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? num(x.value().xor(y.value()), x.bits()) : super.xor(a, c);
  }

  @Override
  public Expr<?> not(Expr<?> a) {
    Num x = n(a);
    return x != null ? num(x.value().not(), x.bits()) : super.not(a);
  }

  @Override
  public Expr<?> neg(Expr<?> a) {
    Num x = n(a);
    return x != null ? num(x.value().negate(), x.bits()) : super.neg(a);
  }

  @Override
  public Expr<?> zext(Expr<?> a, int toBits) {
    Num x = n(a);
    return x != null ? num(x.value(), toBits) : super.zext(a, toBits);
  }

  @Override
  public Expr<?> sext(Expr<?> a, int toBits) {
    Num x = n(a);
    return x != null ? num(signed(x), toBits) : super.sext(a, toBits);
  }

  @Override
  public Expr<?> extract(Expr<?> a, int hi, int lo) {
    Num x = n(a);
    return x != null ? num(x.value().shiftRight(lo), hi - lo + 1) : super.extract(a, hi, lo);
  }

  @Override
  public Expr<?> concat(Expr<?> hi, Expr<?> lo) {
    Num x = n(hi);
    Num y = n(lo);
    return x != null && y != null ? num(x.value().shiftLeft(y.bits()).or(y.value()), x.bits() + y.bits())
        : super.concat(hi, lo);
  }

  @Override
  public Expr<?> eq(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    if (x != null && y != null) {
      return known(x.value().equals(y.value()));
    }
    if ((a == yes || a == no) && (c == yes || c == no)) {
      return known(a == c);
    }
    return super.eq(a, c);
  }

  @Override
  public Expr<?> ult(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? known(x.value().compareTo(y.value()) < 0) : super.ult(a, c);
  }

  @Override
  public Expr<?> ule(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? known(x.value().compareTo(y.value()) <= 0) : super.ule(a, c);
  }

  @Override
  public Expr<?> slt(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? known(signed(x).compareTo(signed(y)) < 0) : super.slt(a, c);
  }

  @Override
  public Expr<?> sle(Expr<?> a, Expr<?> c) {
    Num x = n(a);
    Num y = n(c);
    return x != null && y != null ? known(signed(x).compareTo(signed(y)) <= 0) : super.sle(a, c);
  }

  @Override
  public Expr<?> bnot(Expr<?> a) {
    return a == yes ? no : a == no ? yes : super.bnot(a);
  }

  @Override
  public Expr<?> band(Expr<?> a, Expr<?> c) {
    if (a == no || c == no) {
      return no;
    }
    if (a == yes) {
      return c;
    }
    if (c == yes) {
      return a;
    }
    return super.band(a, c);
  }

  @Override
  public Expr<?> bor(Expr<?> a, Expr<?> c) {
    if (a == yes || c == yes) {
      return yes;
    }
    if (a == no) {
      return c;
    }
    if (c == no) {
      return a;
    }
    return super.bor(a, c);
  }

  @Override
  public Expr<?> ite(Expr<?> c, Expr<?> a, Expr<?> e) {
    if (c == yes) {
      return a;
    }
    if (c == no) {
      return e;
    }
    return super.ite(c, a, e);
  }
}
