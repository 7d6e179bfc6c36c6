package dev.vigor.engine.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/** An IR statement: the only places state changes or control flow branches. */
public sealed interface Stmt {
  /** Where the user wrote it. */
  SourceLocation loc();

  /** Writes value (of type T) at address (a pointer to T); struct and array types copy bytes. */
  record Store(Expr address, Expr value, SourceLocation loc) implements Stmt {}

  /** Branches on cond (int 0/1). */
  record If(Expr cond, List<Stmt> then, List<Stmt> otherwise, SourceLocation loc) implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /**
   * A bounded loop. Each iteration: run {@code header}, evaluate {@code test} (int 0/1; exit when 0)
   * — before the body when {@code testFirst}, after it (do-while) otherwise — run {@code body},
   * then {@code step}. {@link Continue} jumps to step, {@link Break} leaves the loop. The body runs
   * at most {@code maxIterations} times; the front-end proved that bound from the loop's shape
   * ({@code bound} explains how), and an interpreter that reaches iteration maxIterations + 1 has
   * found a bug in that proof or a defect it must report.
   */
  record Loop(
      List<Stmt> header,
      Expr test,
      boolean testFirst,
      List<Stmt> body,
      List<Stmt> step,
      long maxIterations,
      String bound,
      SourceLocation loc)
      implements Stmt {
    public Loop {
      header = List.copyOf(header);
      body = List.copyOf(body);
      step = List.copyOf(step);
    }
  }

  /** Leaves the innermost loop. */
  record Break(SourceLocation loc) implements Stmt {}

  /** Jumps to the innermost loop's step. */
  record Continue(SourceLocation loc) implements Stmt {}

  /** Returns from the function; value is null for void, else already of the return type. */
  record Return(Expr value, SourceLocation loc) implements Stmt {}

  /**
   * Calls an NF function (defined in the program), arguments already converted to the parameter
   * types; the result, if wanted, is stored at resultAddress (null otherwise).
   */
  record Call(String function, List<Expr> args, Expr resultAddress, SourceLocation loc)
      implements Stmt {
    public Call {
      args = List.copyOf(args);
    }
  }

  /**
   * Calls a verification intrinsic of {@code <vigor/verify.h>} (only in a stack layer's code):
   * {@code vig_any_*} (an open value, stored at resultAddress), {@code vig_assume(c)} and
   * {@code vig_assert(c)}, args converted to the prototype's parameter types.
   */
  record Intrinsic(String function, List<Expr> args, Expr resultAddress, SourceLocation loc)
      implements Stmt {
    public Intrinsic {
      args = List.copyOf(args);
    }
  }

  /**
   * Calls a libVig function (a prototype in {@code <vigor/libvig.h>}, bound to its contract by
   * name). {@code object} is the name of the libVig object passed first (null for functions such
   * as {@code vig_hash} that take none); args are all arguments in order (the object as an
   * {@link Expr.ObjectRef}), converted to the prototype's parameter types; the result, if wanted,
   * is stored at resultAddress.
   */
  record LibVigCall(
      String function, String object, List<Expr> args, Expr resultAddress, SourceLocation loc)
      implements Stmt {
    public LibVigCall {
      args = List.copyOf(args);
    }
  }
}
