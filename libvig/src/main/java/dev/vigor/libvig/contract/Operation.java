package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Sort;
import java.util.List;

/**
 * One libVig operation's contract, as data: the C function name, the sorts of its arguments (the
 * object itself excluded) and of its results (return value first, then out-parameters), and three
 * term builders. {@code next} builds the after-state term with the structure's shared constructors,
 * so identical operation sequences give identical terms; {@code pre} and {@code post} are
 * quantifier-free, instantiated at the given points (plus the operation's own arguments).
 */
public record Operation(
    String name, List<Sort> argSorts, List<Sort> resultSorts, Pre pre, Next next, Post post) {

  /** Builds the precondition over the before-state. */
  @FunctionalInterface
  public interface Pre {
    BoolExpr apply(Expr<?> before, List<Expr<?>> args, Points points);
  }

  /** Builds the after-state term. */
  @FunctionalInterface
  public interface Next {
    Expr<?> apply(Expr<?> before, List<Expr<?>> args, List<Expr<?>> results);
  }

  /** Builds the postcondition relating before, after, arguments and results. */
  @FunctionalInterface
  public interface Post {
    BoolExpr apply(Expr<?> before, Expr<?> after, List<Expr<?>> args, List<Expr<?>> results,
        Points points);
  }

  public Operation {
    argSorts = List.copyOf(argSorts);
    resultSorts = List.copyOf(resultSorts);
  }

  /** What must hold before the call; a caller breaking it is a defect the engine reports. */
  public BoolExpr precondition(Expr<?> before, List<Expr<?>> args, Points points) {
    check("argument", argSorts, args);
    return pre.apply(before, args, points);
  }

  /** The after-state term (the before-state itself for observers and failed calls). */
  public Expr<?> nextState(Expr<?> before, List<Expr<?>> args, List<Expr<?>> results) {
    check("argument", argSorts, args);
    check("result", resultSorts, results);
    return next.apply(before, args, results);
  }

  /** What the call guarantees; after should be {@link #nextState}'s term. */
  public BoolExpr postcondition(Expr<?> before, Expr<?> after, List<Expr<?>> args,
      List<Expr<?>> results, Points points) {
    check("argument", argSorts, args);
    check("result", resultSorts, results);
    return post.apply(before, after, args, results, points);
  }

  private void check(String what, List<Sort> sorts, List<Expr<?>> terms) {
    if (terms.size() != sorts.size()) {
      throw new IllegalArgumentException(name + " takes " + sorts.size() + " " + what + "s, got "
          + terms.size());
    }
    for (int i = 0; i < sorts.size(); i++) {
      if (!terms.get(i).getSort().equals(sorts.get(i))) {
        throw new IllegalArgumentException(name + " " + what + " " + i + " must be of sort "
            + sorts.get(i) + ", got " + terms.get(i).getSort());
      }
    }
  }
}
