package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import java.util.List;

/** A function's declared type: result, parameters, and whether it is a libVig prototype. */
record FunctionSig(
    String name, CType returnType, List<Param> params, boolean libVig, SourceLocation loc) {

  /** A named parameter (arrays already adjusted to pointers). */
  record Param(String name, CType type, boolean constQualified, SourceLocation loc) {}

  /** Whether the two declare the same function type. */
  boolean sameTypeAs(FunctionSig o) {
    if (!returnType.equals(o.returnType) || params.size() != o.params.size()) {
      return false;
    }
    for (int i = 0; i < params.size(); i++) {
      if (!params.get(i).type().equals(o.params.get(i).type())) {
        return false;
      }
    }
    return true;
  }

  /** C spelling for messages. */
  String describe() {
    StringBuilder sb = new StringBuilder(returnType.cName()).append(' ').append(name).append('(');
    if (params.isEmpty()) {
      sb.append("void");
    }
    for (int i = 0; i < params.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(params.get(i).type().cName());
    }
    return sb.append(')').toString();
  }
}
