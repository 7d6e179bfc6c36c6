package dev.vigor.editor;

import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The words of the spec dialect, drawn from the engine's IR enums where the engine has them. */
public final class SpecVocabulary {
  private SpecVocabulary() {}

  /** Python keywords (including those the dialect rejects, so they still read as keywords). */
  public static final Set<String> KEYWORDS =
      Set.of("from", "import", "if", "elif", "else", "return", "pass", "assert", "and", "or", "not",
          "in", "is", "True", "False", "None", "def", "class", "lambda", "for", "while", "try",
          "except", "finally", "with", "as", "global", "yield", "del", "break", "continue", "raise");

  /** Functions and names with a fixed meaning in the dialect that are not inputs. */
  public static final List<String> BUILTINS =
      List.of("pop_header", "on_mismatch", "has_header", "mem", "vector_get", "vector_set", "DROP",
          "BROADCAST");

  /** TCP flag constants usable with {@code flags}. */
  public static final List<String> TCP_FLAGS = List.of("SYN", "ACK", "FIN", "RST");

  /** Whether {@code word} is an input such as {@code received_on_port}. */
  public static boolean isInput(String word) {
    return Input.bySpecName(word).isPresent();
  }

  /** Whether {@code word} names a header type such as {@code ipv4}. */
  public static boolean isHeaderType(String word) {
    return HeaderType.bySpecName(word).isPresent();
  }

  /** Whether {@code word} is a field spelling (canonical or alias) of some header type. */
  public static boolean isHeaderField(String word) {
    for (HeaderType t : HeaderType.values()) {
      if (t.canonicalField(word).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is a state-object method name. */
  public static boolean isStateMethod(String word) {
    return StateMethod.bySpecName(word).isPresent();
  }

  /** UPPERCASE names (at least one letter, no lowercase) are constants, as in the checker. */
  public static boolean isConstant(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  /** Input names in declaration order. */
  public static List<String> inputs() {
    List<String> out = new ArrayList<>();
    for (Input i : Input.values()) {
      out.add(i.specName());
    }
    return out;
  }

  /** Header type names in declaration order. */
  public static List<String> headerTypes() {
    List<String> out = new ArrayList<>();
    for (HeaderType t : HeaderType.values()) {
      out.add(t.specName());
    }
    return out;
  }

  /** Every field spelling of every header type, without repeats. */
  public static List<String> allHeaderFields() {
    Set<String> out = new LinkedHashSet<>();
    for (HeaderType t : HeaderType.values()) {
      out.addAll(t.spellings());
    }
    return List.copyOf(out);
  }

  /** The methods an object of {@code kind} has ({@link StateKind#UNKNOWN}: all of them). */
  public static List<String> methodsOf(StateKind kind) {
    List<String> out = new ArrayList<>();
    for (StateMethod m : StateMethod.values()) {
      if (m.appliesTo(kind)) {
        out.add(m.specName());
      }
    }
    return out;
  }
}
