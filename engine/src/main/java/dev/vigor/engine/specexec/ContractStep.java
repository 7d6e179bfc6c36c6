package dev.vigor.engine.specexec;

import com.microsoft.z3.Expr;
import dev.vigor.libvig.contract.Operation;
import java.util.List;

/**
 * One state update a spec path makes, as the libVig operation it stands for: the validator
 * instantiates the operation's postcondition with exactly these terms, as it does for the NF's
 * calls. {@code results} are the call's results the spec implies (a successful add at the index;
 * a fresh count for an expiry).
 */
public record ContractStep(String object, Operation operation, Expr<?> before, Expr<?> after,
    List<Expr<?>> args, List<Expr<?>> results) {
  public ContractStep {
    args = List.copyOf(args);
    results = List.copyOf(results);
  }
}
