package dev.vigor.engine.spec.parse;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import java.nio.file.Path;
import org.python.antlr.base.mod;
import org.python.antlr.ast.Module;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.ParserFacade;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyTuple;

/**
 * Parses spec text with Jython's Python 2.7 parser (never executing it). Jython's first use costs
 * about half a second to a few seconds (class loading, its parser's tables); later parses take
 * milliseconds, so one JVM should parse every spec it needs.
 */
public final class SpecParser {
  static {
    // The parser alone needs no site packages and no package cache in the user's home.
    System.setProperty("python.import.site", System.getProperty("python.import.site", "false"));
    System.setProperty("python.cachedir.skip", System.getProperty("python.cachedir.skip", "true"));
  }

  private SpecParser() {}

  /** Parses {@code text} of the file shown as {@code displayName}; a syntax error is a diagnostic. */
  public static SourceFile parse(String displayName, Path absolutePath, String text)
      throws DiagnosticException {
    // a byte order mark is not part of the text (editors on Windows write one)
    String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String normalized = unmarked.replace("\r\n", "\n").replace('\r', '\n');
    java.util.Optional<Diagnostic> quote = QuoteScan.scan(displayName, normalized);
    if (quote.isPresent()) {
      throw new DiagnosticException(quote.get());
    }
    if (!normalized.endsWith("\n")) {
      normalized = normalized + "\n"; // the grammar wants a final newline
    }
    EllipsisMasking.Masked masked = EllipsisMasking.mask(normalized);
    mod tree;
    try {
      tree = parseSynchronized(masked.text(), displayName);
    } catch (PyException e) {
      throw new DiagnosticException(toDiagnostic(displayName, e));
    } catch (StackOverflowError e) {
      throw new DiagnosticException(
          Diagnostic.error(
              dev.vigor.engine.diag.SourceLocation.of(displayName, 1, 1),
              "the file is nested too deeply to parse; split long expressions into several assignments"));
    } catch (RuntimeException e) {
      // Jython's ANTLR parser has been seen to throw unchecked exceptions on odd input.
      throw new DiagnosticException(
          Diagnostic.error(
              dev.vigor.engine.diag.SourceLocation.of(displayName, 1, 1),
              "syntax error: the parser could not read this file (" + e.getClass().getSimpleName()
                  + "); check the brackets and indentation"));
    }
    if (!(tree instanceof Module module)) {
      throw new DiagnosticException(
          Diagnostic.error(dev.vigor.engine.diag.SourceLocation.of(displayName, 1, 1),
              "syntax error: not a sequence of statements"));
    }
    return new SourceFile(displayName, absolutePath, normalized, module, masked);
  }

  // Jython's parser front door keeps shared state; one parse at a time is cheap enough.
  private static synchronized mod parseSynchronized(String text, String name) {
    return ParserFacade.parse(text, CompileMode.exec, name, new CompilerFlags());
  }

  /** Turns Jython's SyntaxError value {@code (msg, (file, line, col, text))} into a diagnostic. */
  static Diagnostic toDiagnostic(String file, PyException e) {
    String raw = "invalid syntax";
    int line = 1;
    int col0 = 0;
    PyObject value = e.value;
    if (value instanceof PyTuple t && t.size() >= 2) {
      raw = String.valueOf(t.__getitem__(0));
      if (t.__getitem__(1) instanceof PyTuple where && where.size() >= 3) {
        line = asInt(where.__getitem__(1), 1);
        col0 = asInt(where.__getitem__(2), 0);
      }
    } else if (value != null) {
      raw = String.valueOf(value);
    }
    return Diagnostic.error(
        new dev.vigor.engine.diag.SourceLocation(file, Math.max(1, line), Math.max(0, col0) + 1, 0),
        explain(raw));
  }

  private static int asInt(PyObject o, int fallback) {
    try {
      return o.asInt();
    } catch (RuntimeException notAnInt) {
      return fallback;
    }
  }

  /** Jython reports ANTLR's wording; say what it means for a spec author. */
  static String explain(String raw) {
    String m = raw.replace(EllipsisMasking.PLACEHOLDER, "...");
    // Jython turns its own internal failures into SyntaxErrors; say what provokes them.
    if (m.contains("recursion depth") || m.contains("StackOverflowError") || m.contains("ArrayIndexOutOfBounds")) {
      return "the file is nested too deeply for the parser (more than 100 indented blocks, or thousands of"
          + " brackets); flatten it, e.g. with elif or intermediate assignments";
    }
    if (m.contains("invalid mark")) {
      return "a statement is too long for the parser; split it into several assignments";
    }
    if (m.contains("java.")) {
      return "the parser failed on this statement (" + m + "); simplify it";
    }
    if (m.contains("expecting INDENT")) {
      return "indentation error: expected an indented block after the ':' of the line above; indent the block's statements";
    }
    if (m.contains("DEDENT") || m.contains("INDENT") || m.contains("unindent") || m.contains("indent")) {
      return "indentation error: this line's indentation does not match its block (" + m
          + "); indent every statement of a block by the same amount";
    }
    if (m.contains("EOF") || m.contains("<EOF>")) {
      return "syntax error: the file ends in the middle of a statement (" + m
          + "); close the open bracket or complete the statement";
    }
    return "syntax error: " + readable(m) + hint(m);
  }

  private static final java.util.Map<String, String> TOKENS = java.util.Map.ofEntries(
      java.util.Map.entry("COLON", "':'"), java.util.Map.entry("RPAREN", "')'"),
      java.util.Map.entry("RBRACK", "']'"), java.util.Map.entry("RCURLY", "'}'"),
      java.util.Map.entry("LPAREN", "'('"), java.util.Map.entry("COMMA", "','"),
      java.util.Map.entry("NAME", "a name"), java.util.Map.entry("NEWLINE", "the end of the line"),
      java.util.Map.entry("ASSIGN", "'='"));

  /** ANTLR's wording in plain words: "unexpected X, expected Y". */
  static String readable(String m) {
    String text = m.replace("'\\n'", "end of line").replace("'<EOF>'", "end of file");
    java.util.regex.Matcher mismatched =
        java.util.regex.Pattern.compile("^(?:mismatched|extraneous) input (.+?) expecting (\\w+)$").matcher(text);
    if (mismatched.matches()) {
      return "unexpected " + mismatched.group(1) + ", expected "
          + TOKENS.getOrDefault(mismatched.group(2), mismatched.group(2).toLowerCase(java.util.Locale.ROOT));
    }
    java.util.regex.Matcher viable = java.util.regex.Pattern.compile("^no viable alternative at input (.+)$").matcher(text);
    if (viable.matches()) {
      return "unexpected " + viable.group(1);
    }
    return text;
  }

  private static String hint(String m) {
    if (m.contains("expecting COLON")) {
      return "; end the line of an if, elif or else with ':'";
    }
    if (m.contains("'\\n'")) {
      return "; the line is incomplete: finish the expression or close its bracket";
    }
    return "; check the brackets, colons and operators here and on the line above (a bracket left open"
        + " there continues the statement)";
  }
}
