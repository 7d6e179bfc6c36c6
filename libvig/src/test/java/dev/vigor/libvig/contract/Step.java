package dev.vigor.libvig.contract;

import com.microsoft.z3.Expr;
import java.util.List;

/** One random call a driver makes: the C operation, its argument terms, and how to run it. */
record Step(String operation, List<Expr<?>> args, Invocation invocation) {
  /** Runs the call on the implementation and returns the result terms. */
  @FunctionalInterface
  interface Invocation {
    List<Expr<?>> run();
  }
}
