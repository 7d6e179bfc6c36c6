package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;
import java.util.function.BooleanSupplier;

/**
 * Hands low-level checks to the machine, except while a libVig object's declared bound is being
 * evaluated (the bound is an assumption about state, not code the NF runs). Shared by the
 * interpreter's arithmetic and memory parts.
 */
final class GuardedChecks<V> {
  private final Machine<V> machine;
  /** While true (evaluating a declared bound), checks are skipped. */
  private final BooleanSupplier pure;

  GuardedChecks(Machine<V> machine, BooleanSupplier pure) {
    this.machine = machine;
    this.pure = pure;
  }

  void check(V safe, LowLevelCheck check, SourceLocation loc, String message) {
    if (!pure.getAsBoolean()) {
      machine.check(safe, check, loc, message);
    }
  }

  /** The domain value of an interpreter value: an integer's bits, anything else as it is. */
  @SuppressWarnings("unchecked")
  static <V> V bits(Object o) {
    return o instanceof Val.Int i ? (V) i.bits() : (V) o;
  }
}
