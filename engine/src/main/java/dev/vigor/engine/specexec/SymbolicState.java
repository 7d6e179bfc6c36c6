package dev.vigor.engine.specexec;

import com.microsoft.z3.Expr;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.LpmContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.VectorContract;

/**
 * One imported state object for the symbolic interpreter: its pre-state term and its libVig
 * contract, whose operations build the spec's next states (the same terms the NF's calls build).
 */
public sealed interface SymbolicState {
  /** The object's state before the packet. */
  Expr<?> pre();

  /** An emap. */
  record Emap(EmapContract contract, Expr<?> pre) implements SymbolicState {}

  /** A vector. */
  record Vector(VectorContract contract, Expr<?> pre) implements SymbolicState {}

  /** A map. */
  record Map(MapContract contract, Expr<?> pre) implements SymbolicState {}

  /** A longest-prefix-match table (specs only read it). */
  record Lpm(LpmContract contract, Expr<?> pre) implements SymbolicState {}

  /** A cht (read over its backends emap; it never changes). */
  record Cht(dev.vigor.libvig.contract.ChtContract contract, Expr<?> pre) implements SymbolicState {}
}
