package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Function;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The function being lowered: its block scopes, its locals with unique names, and loop nesting. */
final class FunctionContext {
  /** A visible local: its IR local and whether it was declared const. */
  record LocalSym(Function.Local local, boolean constQualified) {}

  final String name;
  final CType returnType;
  final List<Function.Local> locals = new ArrayList<>();
  private final Deque<Map<String, LocalSym>> scopes = new ArrayDeque<>();
  private final Set<String> used = new HashSet<>();
  private int temps;
  int loopDepth;

  FunctionContext(String name, CType returnType) {
    this.name = name;
    this.returnType = returnType;
    scopes.push(new HashMap<>());
  }

  void push() {
    scopes.push(new HashMap<>());
  }

  void pop() {
    scopes.pop();
  }

  /** Declares a source-level local (or parameter) in the innermost scope. */
  Function.Local declare(String sourceName, CType type, boolean constQualified, SourceLocation at) {
    if (scopes.peek().containsKey(sourceName)) {
      throw new CompileError(at, "'" + sourceName + "' is already declared in this block (at "
          + scopes.peek().get(sourceName).local().loc() + "); rename one of them");
    }
    String unique = sourceName;
    for (int n = 2; used.contains(unique); n++) {
      unique = sourceName + "." + n;
    }
    used.add(unique);
    Function.Local l = new Function.Local(unique, sourceName, type, false, at);
    locals.add(l);
    scopes.peek().put(sourceName, new LocalSym(l, constQualified));
    return l;
  }

  /** A fresh compiler temporary. */
  Function.Local temp(CType type, SourceLocation at) {
    String n = "$t" + (++temps);
    used.add(n);
    Function.Local l = new Function.Local(n, n, type, true, at);
    locals.add(l);
    return l;
  }

  LocalSym lookup(String sourceName) {
    for (Map<String, LocalSym> s : scopes) {
      LocalSym l = s.get(sourceName);
      if (l != null) {
        return l;
      }
    }
    return null;
  }
}
