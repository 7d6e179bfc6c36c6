package dev.vigor.engine.spec.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A spec statement. A block is a {@code List<Stmt>} run in order; a path ends at a
 * {@link Return} (outcome fixed, final state still compared), at a {@link Pass} (path released:
 * nothing is required), or at the end of the top-level block (outcome unconstrained).
 */
public sealed interface Stmt {
  /** Where the statement was written (its own file when it came from an imported property). */
  SourceLocation at();

  /** {@code name = value}; {@code constant} for UPPERCASE names, which are assigned once. */
  record Assign(SourceLocation at, String name, Expr value, boolean constant) implements Stmt {}

  /**
   * {@code var = pop_header(T, on_mismatch=R)}: binds the packet's header of type {@code header};
   * when the packet has none, the path's outcome is {@code onMismatch} and the rest is skipped.
   * {@code var} is empty for a bare {@code pop_header(...)} statement.
   */
  record PopHeader(SourceLocation at, Optional<String> var, HeaderType header, Outcome onMismatch)
      implements Stmt {}

  /** A state-changing method call ({@code add, set, put, erase, expire_all, refresh_idx}). */
  record StateUpdate(SourceLocation at, String object, StateKind kind, StateMethod method, List<Expr> args)
      implements Stmt {
    public StateUpdate {
      args = List.copyOf(args);
    }
  }

  /**
   * {@code if cond: then else: otherwise}. {@code elseFrom} tells where the else branch came from:
   * written, none, or Vigor's rule (the statements after an if whose body always returns).
   */
  record If(SourceLocation at, Expr cond, List<Stmt> then, List<Stmt> otherwise, ElseFrom elseFrom)
      implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** The outcome of this path. */
  record Return(SourceLocation at, Outcome outcome) implements Stmt {}

  /** Open world: nothing is required on this path, neither outcome nor state. */
  record Pass(SourceLocation at) implements Stmt {}

  /** {@code assert cond}: must hold on this path. */
  record Assert(SourceLocation at, Expr cond) implements Stmt {}

  /** Where an {@link If}'s else branch came from. */
  enum ElseFrom {
    /** There is none: the else path continues after the if. */
    NONE,
    /** {@code else:} or {@code elif} was written. */
    WRITTEN,
    /** Vigor's rule: the body always returns, so the statements after the if are its else. */
    FOLLOWING_STATEMENTS
  }
}
