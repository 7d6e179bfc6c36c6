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
  /**
   * A visible local: its IR local, whether it was declared const, and for a const integer with a
   * constant initializer its value (reads fold to it, so e.g. loop bounds stay visible).
   */
  record LocalSym(Function.Local local, boolean constQualified, java.math.BigInteger constant) {}

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
    scopes.peek().put(sourceName, new LocalSym(l, constQualified, null));
    return l;
  }

  /** Records the value of a const integer local declared in the innermost scope. */
  void setConstant(String sourceName, java.math.BigInteger value) {
    LocalSym l = scopes.peek().get(sourceName);
    scopes.peek().put(sourceName, new LocalSym(l.local(), true, value));
  }

  /** A fresh compiler temporary. */
  Function.Local temp(CType type, SourceLocation at) {
    String n = "$t" + (++temps);
    used.add(n);
    Function.Local l = new Function.Local(n, n, type, true, at);
    locals.add(l);
    return l;
  }

  /** How many locals exist now; with {@link #forgetTemporariesSince} a scratch lowering leaves no trace. */
  int mark() {
    return locals.size();
  }

  /** Drops the temporaries a scratch lowering (sizeof operand, loop-bound analysis) created after mark. */
  void forgetTemporariesSince(int mark) {
    locals.subList(mark, locals.size()).removeIf(Function.Local::temporary);
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
