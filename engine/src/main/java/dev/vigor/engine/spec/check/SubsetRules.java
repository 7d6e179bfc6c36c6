package dev.vigor.engine.spec.check;

import org.python.antlr.PythonTree;
import org.python.antlr.ast.ClassDef;
import org.python.antlr.ast.Continue;
import org.python.antlr.ast.Delete;
import org.python.antlr.ast.Dict;
import org.python.antlr.ast.DictComp;
import org.python.antlr.ast.Exec;
import org.python.antlr.ast.For;
import org.python.antlr.ast.FunctionDef;
import org.python.antlr.ast.GeneratorExp;
import org.python.antlr.ast.Global;
import org.python.antlr.ast.IfExp;
import org.python.antlr.ast.Lambda;
import org.python.antlr.ast.ListComp;
import org.python.antlr.ast.Print;
import org.python.antlr.ast.Raise;
import org.python.antlr.ast.Repr;
import org.python.antlr.ast.Set;
import org.python.antlr.ast.SetComp;
import org.python.antlr.ast.Str;
import org.python.antlr.ast.TryExcept;
import org.python.antlr.ast.TryFinally;
import org.python.antlr.ast.While;
import org.python.antlr.ast.With;
import org.python.antlr.ast.Yield;

/** The Python constructs outside the spec language, each with what to write instead. */
final class SubsetRules {
  private SubsetRules() {}

  /** The message for a statement outside the subset, or null when it is in the subset. */
  static String forbiddenStatement(PythonTree node) {
    if (node instanceof For || node instanceof While) {
      return "loops are not part of the spec language: a spec describes what happens to one packet;"
          + " describe the cases with if/elif/else";
    }
    if (node instanceof FunctionDef) {
      return "def is not part of the spec language; write the logic inline, or put it in a property file"
          + " and include it with 'import NAME'";
    }
    if (node instanceof ClassDef) {
      return "class is not part of the spec language; record types come from the NF (T(...) or Tc(...))";
    }
    if (node instanceof TryExcept || node instanceof TryFinally) {
      return "try is not part of the spec language; a header that may be absent is handled by"
          + " pop_header(T, on_mismatch=...)";
    }
    if (node instanceof With) {
      return "with is not part of the spec language; write the statements directly";
    }
    if (node instanceof Global) {
      return "global is not part of the spec language; every name of a spec is already visible everywhere in it";
    }
    if (node instanceof Print) {
      return "print is not part of the spec language (a spec is never run by Python); use a # comment";
    }
    if (node instanceof Exec) {
      return "exec is not part of the spec language; write the statements directly";
    }
    if (node instanceof Raise) {
      return "raise is not part of the spec language; to require a condition write 'assert cond'";
    }
    if (node instanceof Delete) {
      return "del is not part of the spec language; to remove a state entry call m.erase(k)";
    }
    if (node instanceof Continue) {
      return "continue is not part of the spec language (there are no loops)";
    }
    return null;
  }

  /** Whether a statement has a block; Jython places some of them (with) after the keyword. */
  static boolean isCompound(PythonTree node) {
    return node instanceof For || node instanceof While || node instanceof FunctionDef || node instanceof ClassDef
        || node instanceof TryExcept || node instanceof TryFinally || node instanceof With;
  }

  /** The message for an expression outside the subset, or null. */
  static String forbiddenExpression(PythonTree node) {
    if (node instanceof Str) {
      return "strings are not part of the spec language; write text in a # comment, and an address as a"
          + " number (MAC ff:ff:ff:ff:ff:ff is 0xFFFFFFFFFFFF, IPv4 10.0.0.1 is 0x0A000001)";
    }
    if (node instanceof Lambda) {
      return "lambda is not part of the spec language; write the expression inline";
    }
    if (node instanceof ListComp || node instanceof SetComp || node instanceof DictComp
        || node instanceof GeneratorExp) {
      return "comprehensions are not part of the spec language; write the list out, or use mem(x, list)";
    }
    if (node instanceof Yield) {
      return "yield is not part of the spec language; a spec has no functions to yield from";
    }
    if (node instanceof IfExp) {
      return "conditional expressions (a if c else b) are not part of the spec language; use an if statement"
          + " and assign a variable in each branch";
    }
    if (node instanceof Dict || node instanceof Set) {
      return "dicts and sets are not part of the spec language; keep state in the NF's state objects"
          + " (from state import ...) and use lists for values";
    }
    if (node instanceof Repr) {
      return "backquotes are not part of the spec language; write the value itself";
    }
    return null;
  }
}
