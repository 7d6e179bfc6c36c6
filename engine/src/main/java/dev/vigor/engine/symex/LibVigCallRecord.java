package dev.vigor.engine.symex;

import com.microsoft.z3.Expr;
import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/**
 * One libVig call on a path: the C function, the object, the contract's arguments and results
 * (keys and values: byte 0 most significant) and the object's state terms before and after
 * ({@code vig_hash}: no object, no states; its one argument is the record, its result the hash).
 */
public record LibVigCallRecord(
    String function,
    String object,
    List<Expr<?>> args,
    List<Expr<?>> results,
    Expr<?> before,
    Expr<?> after,
    SourceLocation loc) {
  public LibVigCallRecord {
    args = List.copyOf(args);
    results = List.copyOf(results);
  }
}
