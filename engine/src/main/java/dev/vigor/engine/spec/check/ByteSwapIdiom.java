package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.SpecType;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Recognises a header field whose two bytes a spec swaps, {@code ((h.len & 0xFF) << 8) |
 * ((h.len & 0xFF00) >> 8)}: original Vigor specs read raw network-order memory and swap it by
 * hand, while our header fields are already the numbers the standard writes. A spec carried over
 * verbatim would then compare the wrong number; the checker says so where the swap is.
 */
final class ByteSwapIdiom {
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
