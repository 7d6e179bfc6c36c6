package dev.vigor.engine.validate;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Stmt;
import java.util.List;
import java.util.Optional;

/** Finds the {@code pop_header} statement at a spec location, for the header it pops. */
final class PoppedHeaders {
  private PoppedHeaders() {}

  /** The header type popped at {@code at} anywhere in {@code body}, if a pop_header is there. */
  static Optional<HeaderType> at(List<Stmt> body, SourceLocation at) {
    for (Stmt s : body) {
      if (s instanceof Stmt.PopHeader p && p.at().equals(at)) {
        return Optional.of(p.header());
      }
      if (s instanceof Stmt.If i) {
        Optional<HeaderType> found = at(i.then(), at).or(() -> at(i.otherwise(), at));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
