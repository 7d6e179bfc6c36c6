package dev.vigor.engine.ir;

/**
 * Where a libVig object's bound may read {@code now}: only where time passing cannot make it false.
 *
 * <p>A bound is checked when an element is stored, at that packet's time, and assumed of every
 * stored element when a later packet arrives, at the later (never smaller) time. That is sound only
 * if the bound stays true as {@code now} grows: so {@code now} may appear only as the larger side
 * of a comparison ({@code x <= now}, {@code x < now}, {@code now >= x}, {@code now > x}, with
 * {@code x} not reading {@code now}) and those comparisons only under {@code &&}, {@code ||} and
 * the arms of {@code ?:}, never negated or in arithmetic.
 */
public final class BoundNowRule {
  private BoundNowRule() {}

  /** Whether e reads {@code now} anywhere. */
  public static boolean mentionsNow(Expr e) {
    if (e instanceof Expr.BoundNow) {
      return true;
    } else if (e instanceof Expr.Load l) {
      return mentionsNow(l.address());
    } else if (e instanceof Expr.FieldAddress f) {
      return mentionsNow(f.base());
    } else if (e instanceof Expr.ElementAddress a) {
      return mentionsNow(a.base()) || mentionsNow(a.index());
    } else if (e instanceof Expr.Unary u) {
      return mentionsNow(u.operand());
    } else if (e instanceof Expr.Binary b) {
      return mentionsNow(b.left()) || mentionsNow(b.right());
    } else if (e instanceof Expr.Conditional c) {
      return mentionsNow(c.cond()) || mentionsNow(c.then()) || mentionsNow(c.otherwise());
    } else if (e instanceof Expr.Convert c) {
      return mentionsNow(c.operand());
    }
    return false;
  }

  /**
   * The first use of {@code now} in a bound that time passing could falsify, or null when there
   * is none (the bound is monotone in {@code now}).
   */
  public static Expr.BoundNow nonMonotoneUse(Expr bound) {
    if (!mentionsNow(bound)) {
      return null;
    }
    if (bound instanceof Expr.Binary b) {
      switch (b.op()) {
        case LOGICAL_AND, LOGICAL_OR -> {
          Expr.BoundNow l = nonMonotoneUse(b.left());
          return l != null ? l : nonMonotoneUse(b.right());
        }
        case LE, LT -> {
          if (isNow(b.right()) && !mentionsNow(b.left())) {
            return null;
          }
        }
        case GE, GT -> {
          if (isNow(b.left()) && !mentionsNow(b.right())) {
            return null;
          }
        }
        default -> { }
      }
    } else if (bound instanceof Expr.Conditional c && !mentionsNow(c.cond())) {
      Expr.BoundNow t = nonMonotoneUse(c.then());
      return t != null ? t : nonMonotoneUse(c.otherwise());
    }
    return firstNow(bound);
  }

  private static boolean isNow(Expr e) {
    Expr x = e;
    while (x instanceof Expr.Convert c) {
      x = c.operand();
    }
    return x instanceof Expr.BoundNow;
  }

  private static Expr.BoundNow firstNow(Expr e) {
    if (e instanceof Expr.BoundNow n) {
      return n;
    } else if (e instanceof Expr.Load l) {
      return firstNow(l.address());
    } else if (e instanceof Expr.FieldAddress f) {
      return firstNow(f.base());
    } else if (e instanceof Expr.ElementAddress a) {
      return mentionsNow(a.base()) ? firstNow(a.base()) : firstNow(a.index());
    } else if (e instanceof Expr.Unary u) {
      return firstNow(u.operand());
    } else if (e instanceof Expr.Binary b) {
      return mentionsNow(b.left()) ? firstNow(b.left()) : firstNow(b.right());
    } else if (e instanceof Expr.Conditional c) {
      return mentionsNow(c.cond()) ? firstNow(c.cond())
          : mentionsNow(c.then()) ? firstNow(c.then()) : firstNow(c.otherwise());
    } else if (e instanceof Expr.Convert c) {
      return firstNow(c.operand());
    }
    return null;
  }
}
