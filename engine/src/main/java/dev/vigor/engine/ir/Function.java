package dev.vigor.engine.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/**
 * One C function: parameters (each also a local region, holding the argument on entry), every
 * local with a unique name (shadowed names and compiler temporaries get suffixes), and the body.
 */
public record Function(
    String name,
    CType returnType,
    List<Local> params,
    List<Local> locals,
    List<Stmt> body,
    SourceLocation loc) {
  public Function {
    params = List.copyOf(params);
    locals = List.copyOf(locals);
    body = List.copyOf(body);
  }

  /** A parameter, local variable or temporary: a region of type.size() bytes, uninitialised on entry unless a parameter. */
  public record Local(String name, String sourceName, CType type, boolean temporary, SourceLocation loc) {}
}
