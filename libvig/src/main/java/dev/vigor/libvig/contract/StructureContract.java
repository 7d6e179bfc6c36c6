package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import java.util.Optional;

/**
 * The contract of one libVig object (one instantiation): its operations by C function name, the
 * invariant assumed of an arbitrary state, and the abstraction of a concrete implementation state.
 *
 * @param <I> the concrete implementation type
 */
public interface StructureContract<I> {
  /** The structure kind, e.g. {@code emap}. */
  String kind();

  /** A fresh constant of this object's state sort, e.g. the havoced pre-state {@code S0}. */
  Expr<?> freshState(String name);

  /** Every operation, in header order. */
  List<Operation> operations();

  /** The operation with this C function name, e.g. {@code emap_add}. */
  default Optional<Operation> operation(String cFunction) {
    return operations().stream().filter(o -> o.name().equals(cFunction)).findFirst();
  }

  /**
   * What holds of every state between packets, at the points: sizes within capacity, indices in
   * range, timestamps at most now, key/index coherence, value bounds.
   */
  BoolExpr invariant(Expr<?> state, Points points, Expr<?> now);

  /**
   * The invariant as the executor and the validator assume it, never negated: the invariant
   * itself unless a contract has a formula Z3 reads faster that implies it and, over symbols of
   * its own, can be made true of every state the invariant holds of (so a query assuming it is
   * satisfiable exactly when one assuming the invariant is).
   */
  default BoolExpr assumedInvariant(Expr<?> state, Points points, Expr<?> now) {
    return invariant(state, points, now);
  }

  /**
   * Observational equality of two states at the points (every observer agrees; partial observers
   * only where defined): how the validator compares the NF's final state with the spec's when the
   * two terms differ.
   */
  BoolExpr agree(Expr<?> a, Expr<?> b, Points points);

  /**
   * Constraints saying state looks exactly like impl at the points: every observer applied to
   * state and a point equals what impl holds there. Numeral points are evaluated directly; other
   * points get a case split over impl's contents.
   */
  BoolExpr abstraction(Expr<?> state, I impl, Points points);
}
