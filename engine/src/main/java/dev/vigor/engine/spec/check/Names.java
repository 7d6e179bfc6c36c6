package dev.vigor.engine.spec.check;

import java.util.Set;

/** Facts about names in specs: which are constants, record spellings, Python builtins. */
final class Names {
  private Names() {}

  /** Names with a fixed meaning that a spec may not assign. */
  static final Set<String> RESERVED =
      Set.of("True", "False", "None", "DROP", "BROADCAST", "pop_header", "has_header", "mem", "vector_get",
          "vector_set", "on_mismatch", "state");

  /** TCP flag constants and their bit values. */
  static final java.util.Map<String, Integer> TCP_FLAGS =
      java.util.Map.of("FIN", 0x01, "SYN", 0x02, "RST", 0x04, "ACK", 0x10);

  /** Python builtins a spec author might reach for; none is part of the language. */
  static final Set<String> PYTHON_BUILTINS =
      Set.of("len", "int", "abs", "min", "max", "print", "range", "xrange", "str", "list", "dict",
          "set", "tuple", "sum", "any", "all", "sorted", "open", "hash", "isinstance", "type",
          "float", "bool", "zip", "map", "filter", "enumerate", "input", "eval", "exec", "getattr",
          "setattr", "id", "ord", "chr", "hex", "iter", "next", "reversed", "round", "pow", "divmod",
          "__import__", "compile", "globals", "locals", "vars", "dir", "repr", "format", "object");

  /** UPPERCASE names (at least one letter, no lowercase) are constants. */
  static boolean isConstant(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  /** Whether a called name looks like a record type: CamelCase, or Vigor's {@code ...c} spelling. */
  static boolean looksLikeRecord(String name) {
    if (name.isEmpty()) {
      return false;
    }
    boolean camel = Character.isUpperCase(name.charAt(0)) && !isConstant(name);
    return camel || (name.length() > 1 && name.endsWith("c") && !name.startsWith("_"));
  }

  /** {@code _T_hash} → {@code T}, else null. */
  static String hashedRecord(String name) {
    if (name.length() > "__hash".length() && name.startsWith("_") && name.endsWith("_hash")) {
      return name.substring(1, name.length() - "_hash".length());
    }
    return null;
  }

  /** {@code "; did you mean X?"} when a candidate is close to {@code name}, else empty. */
  static String didYouMean(String name, Iterable<String> candidates) {
    String s = suggest(name, candidates);
    return s == null ? "" : "; did you mean " + s + "?";
  }

  /** The closest of {@code candidates} to {@code name} if it is a plausible typo, else null. */
  static String suggest(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(name, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best != null && bestDistance <= Math.max(1, name.length() / 3)) {
      return best;
    }
    // A name cut short (refresh for refresh_idx) is far in edits but plainly the same word.
    for (String c : candidates) {
      if (name.length() >= 3 && c.startsWith(name)) {
        return c;
      }
    }
    return null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
