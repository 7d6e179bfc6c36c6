package dev.vigor.engine.concrete;

import dev.vigor.engine.exec.Domain;
import java.math.BigInteger;

/** C values as concrete numbers ({@link Bits}), with C's wrap-around and signedness rules. */
public final class ConcreteDomain implements Domain<Bits> {
  private static Bits bits(BigInteger v, int w) {
    return new Bits(v, w);
  }

  private static Bits bool(boolean b) {
    return b ? Bits.TRUE : Bits.FALSE;
  }

  @Override
  public Bits num(BigInteger value, int width) {
    return bits(value, width);
  }

  @Override
  public BigInteger constant(Bits bv) {
    return bv.value();
  }

  @Override
  public Boolean truthOf(Bits b) {
    return b.isTrue();
  }

  @Override
  public int bits(Bits bv) {
    return bv.width();
  }

  @Override
  public Bits add(Bits a, Bits b) {
    return bits(a.value().add(b.value()), a.width());
  }

  @Override
  public Bits sub(Bits a, Bits b) {
    return bits(a.value().subtract(b.value()), a.width());
  }

  @Override
  public Bits mul(Bits a, Bits b) {
    return bits(a.value().multiply(b.value()), a.width());
  }

  // division by zero is checked before these run; give SMT-LIB's answers anyway so they are total
  @Override
  public Bits udiv(Bits a, Bits b) {
    return b.value().signum() == 0 ? bits(BigInteger.ONE.shiftLeft(a.width()).subtract(BigInteger.ONE), a.width())
        : bits(a.value().divide(b.value()), a.width());
  }

  @Override
  public Bits sdiv(Bits a, Bits b) {
    return b.value().signum() == 0 ? bits(a.signed().signum() < 0 ? BigInteger.ONE : BigInteger.ONE.negate(), a.width())
        : bits(a.signed().divide(b.signed()), a.width());
  }

  @Override
  public Bits urem(Bits a, Bits b) {
    return b.value().signum() == 0 ? a : bits(a.value().remainder(b.value()), a.width());
  }

  @Override
  public Bits srem(Bits a, Bits b) {
    return b.value().signum() == 0 ? a : bits(a.signed().remainder(b.signed()), a.width());
  }

  private static int amount(Bits a, Bits b) {
    return b.value().compareTo(BigInteger.valueOf(a.width())) >= 0 ? a.width() : b.value().intValue();
  }

  @Override
  public Bits shl(Bits a, Bits b) {
    return bits(a.value().shiftLeft(amount(a, b)), a.width());
  }

  @Override
  public Bits lshr(Bits a, Bits b) {
    return bits(a.value().shiftRight(amount(a, b)), a.width());
  }

  @Override
  public Bits ashr(Bits a, Bits b) {
    return bits(a.signed().shiftRight(amount(a, b)), a.width());
  }

  @Override
  public Bits and(Bits a, Bits b) {
    return bits(a.value().and(b.value()), a.width());
  }

  @Override
  public Bits or(Bits a, Bits b) {
    return bits(a.value().or(b.value()), a.width());
  }

  @Override
  public Bits xor(Bits a, Bits b) {
    return bits(a.value().xor(b.value()), a.width());
  }

  @Override
  public Bits not(Bits a) {
    return bits(a.value().not(), a.width());
  }

  @Override
  public Bits neg(Bits a) {
    return bits(a.value().negate(), a.width());
  }

  @Override
  public Bits zext(Bits a, int toBits) {
    return bits(a.value(), toBits);
  }

  @Override
  public Bits sext(Bits a, int toBits) {
    return bits(a.signed(), toBits);
  }

  @Override
  public Bits extract(Bits a, int hi, int lo) {
    return bits(a.value().shiftRight(lo), hi - lo + 1);
  }

  @Override
  public Bits concat(Bits hi, Bits lo) {
    return bits(hi.value().shiftLeft(lo.width()).or(lo.value()), hi.width() + lo.width());
  }

  @Override
  public Bits eq(Bits a, Bits b) {
    return bool(a.value().equals(b.value()));
  }

  @Override
  public Bits ult(Bits a, Bits b) {
    return bool(a.value().compareTo(b.value()) < 0);
  }

  @Override
  public Bits ule(Bits a, Bits b) {
    return bool(a.value().compareTo(b.value()) <= 0);
  }

  @Override
  public Bits slt(Bits a, Bits b) {
    return bool(a.signed().compareTo(b.signed()) < 0);
  }

  @Override
  public Bits sle(Bits a, Bits b) {
    return bool(a.signed().compareTo(b.signed()) <= 0);
  }

  @Override
  public Bits truth(boolean b) {
    return bool(b);
  }

  @Override
  public Bits bnot(Bits b) {
    return bool(!b.isTrue());
  }

  @Override
  public Bits band(Bits a, Bits b) {
    return bool(a.isTrue() && b.isTrue());
  }

  @Override
  public Bits bor(Bits a, Bits b) {
    return bool(a.isTrue() || b.isTrue());
  }

  @Override
  public Bits ite(Bits c, Bits a, Bits b) {
    return c.isTrue() ? a : b;
  }
}
