package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.SpecType;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Recognises a header field whose two bytes a spec swaps, {@code ((h.len & 0xFF) << 8) |
 * ((h.len & 0xFF00) >> 8)}: original Vigor specs read raw network-order memory and swap it by
 * hand, while our header fields are already the numbers the standard writes. A spec carried over
 * verbatim would then compare the wrong number; the checker says so where the swap is. The same
 * habit wrote IPv4's EtherType as 8.
 */
final class ByteSwapIdiom {
  /** IPv4, ARP, 802.1Q, IPv6, MPLS, 802.1ad (IEEE's EtherType registry). */
  private static final java.util.Set<Integer> KNOWN_ETHERTYPES =
      java.util.Set.of(0x0800, 0x0806, 0x8100, 0x86DD, 0x8847, 0x88A8);

  private ByteSwapIdiom() {}

  /** The field read whose bytes {@code e} swaps ("h2.len"), if e is that idiom. */
  static Optional<String> swappedField(Expr e) {
    if (!(e instanceof Expr.Binary or) || or.op() != Expr.BinaryOp.BIT_OR) {
      return Optional.empty();
    }
    Optional<String> up = shifted(or.left(), Expr.BinaryOp.SHL);
    Optional<String> down = shifted(or.right(), Expr.BinaryOp.SHR);
    if (up.isEmpty() || down.isEmpty()) {
      up = shifted(or.right(), Expr.BinaryOp.SHL);
      down = shifted(or.left(), Expr.BinaryOp.SHR);
    }
    return up.isPresent() && up.equals(down) ? up : Optional.empty();
  }

  /**
   * What to say when c compares an ether header's type with a number below 0x0600 (a length in
   * IEEE 802.3, never an EtherType) whose swapped bytes are a common EtherType: Vigor's
   * {@code h1.type == 8} for IPv4, which is 0x0800 here.
   */
  static Optional<String> swappedEthertype(Expr.Compare c) {
    if (c.operands().size() != 2) {
      return Optional.empty();
    }
    for (int side = 0; side < 2; side++) {
      if (c.operands().get(side) instanceof Expr.FieldRead f && f.field().equals("type")
          && f.target().type() instanceof SpecType.Header h
          && h.header() == dev.vigor.engine.spec.ir.HeaderType.ETHER
          && c.operands().get(1 - side) instanceof Expr.IntLit n
          && n.value().signum() >= 0 && n.value().intValue() < 0x0600
          && n.value().bitLength() <= 16) {
        int v = n.value().intValue();
        int swapped = ((v & 0xFF) << 8) | (v >> 8);
        if (KNOWN_ETHERTYPES.contains(swapped)) {
          return Optional.of(String.format("ether type %d is 0x%04X with its bytes swapped, as"
              + " original Vigor specs wrote raw network-order memory; here the type is the"
              + " number the standard writes: 0x%04X", v, swapped, swapped));
        }
      }
    }
    return Optional.empty();
  }

  /** "v.f" when e is a header field, masked or not, shifted by 8 with op. */
  private static Optional<String> shifted(Expr e, Expr.BinaryOp op) {
    if (!(e instanceof Expr.Binary b) || b.op() != op || !isEight(b.right())) {
      return Optional.empty();
    }
    Expr operand = b.left();
    if (operand instanceof Expr.Binary mask && mask.op() == Expr.BinaryOp.BIT_AND
        && mask.right() instanceof Expr.IntLit) {
      operand = mask.left();
    }
    if (operand instanceof Expr.FieldRead f && f.target() instanceof Expr.VarRef v
        && v.type() instanceof SpecType.Header) {
      return Optional.of(v.name() + "." + f.field());
    }
    return Optional.empty();
  }

  private static boolean isEight(Expr e) {
    return e instanceof Expr.IntLit n && n.value().equals(BigInteger.valueOf(8));
  }
}
