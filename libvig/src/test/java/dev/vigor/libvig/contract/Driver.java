package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.Random;

/** Generates random calls on one implementation and says how to abstract and judge its states. */
interface Driver {
  /** The contract the implementation is held to. */
  StructureContract<?> contract();

  /** The next random call. */
  Step next(Random rnd);

  /** The instantiation points for a step. */
  Points points(Step step);

  /** Abstraction of the implementation's current state (and any object it reads) as state. */
  BoolExpr abstraction(Expr<?> state, Points points);

  /** The invariant the state term must satisfy after a step. */
  BoolExpr invariant(Expr<?> state, Points points);
}
