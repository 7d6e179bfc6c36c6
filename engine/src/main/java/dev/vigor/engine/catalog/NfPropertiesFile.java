package dev.vigor.engine.catalog;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.diag.TextFile;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An NF's nf.properties read with every entry's line and column, so each bad value is reported
 * where it is written: the {@code java.util.Properties} syntax (comments with # or !, key = value,
 * key: value, lines continued with a backslash), in UTF-8. Values are checked for their meaning
 * (devices 1..65535, packet lengths 0..65535 with min at most max, capacities 1..INT_MAX, integer
 * constants and configuration values); what needs the C code is {@code nf.NfPropertiesCheck}'s.
 */
public final class NfPropertiesFile {
  /** Larger than any settings file: a bigger one is the wrong file, not read into memory. */
  static final long MAX_BYTES = 1 << 20;

  /** One {@code key = value} with where the key and the value begin. */
  public record Entry(String key, String value, SourceLocation keyAt, SourceLocation valueAt) {}

  private final Path file;
  private final Map<String, Entry> entries;
  private final List<Diagnostic> diagnostics;

  private NfPropertiesFile(Path file, Map<String, Entry> entries, List<Diagnostic> diagnostics) {
    this.file = file;
    this.entries = entries;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Reads and checks file; the errors and warnings are in {@link #diagnostics()}, and the
   * entries that could be read are kept (for an editor, say). Never throws for bad content.
   */
  public static NfPropertiesFile read(Path file) {
    String name = file.toString();
    List<Diagnostic> problems = new ArrayList<>();
    String text = text(file, name, problems);
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (text != null) {
      parse(name, text, entries, problems);
      checkValues(entries, problems);
    }
    return new NfPropertiesFile(file, entries, problems);
  }

  /** Reads file and throws its errors as an {@link NfPropertiesException}. */
  public static NfPropertiesFile readValid(Path file) throws NfPropertiesException {
    NfPropertiesFile f = read(file);
    if (f.diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new NfPropertiesException(f.diagnostics);
    }
    return f;
  }

  public Path file() {
    return file;
  }

  /** Every entry by key, in file order (a key given twice: its last value, as Properties does). */
  public Map<String, Entry> entries() {
    return java.util.Collections.unmodifiableMap(entries);
  }

  public Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The problems found, errors and warnings, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Every key's value, trimmed, by key. */
  public Map<String, String> settings() {
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach((k, e) -> out.put(k, e.value().trim()));
    return out;
  }

  /** The entries whose keys start with prefix, by the rest of the key. */
  public Map<String, Entry> withPrefix(String prefix) {
    Map<String, Entry> out = new LinkedHashMap<>();
    entries.forEach((k, e) -> {
      if (k.startsWith(prefix) && k.length() > prefix.length()) {
        out.put(k.substring(prefix.length()), e);
      }
    });
    return out;
  }

  /** Whether e leaves its configuration value open ({@code config.NAME = any}). */
  public static boolean isAny(Entry e) {
    return e.value().strip().equals("any");
  }

  /** A whole number written in decimal or hexadecimal (0x...), optionally signed; else empty. */
  public static Optional<BigInteger> integer(String text) {
    String t = text.trim().replace("_", "");
    try {
      boolean negative = t.startsWith("-");
      String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
      BigInteger v = digits.startsWith("0x") || digits.startsWith("0X")
          ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits, 10);
      if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) {
        return Optional.empty();
      }
      return Optional.of(negative ? v.negate() : v);
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  private static String text(Path file, String name, List<Diagnostic> problems) {
    TextFile.Read r = TextFile.read(file, name, "nf.properties' key = value text", MAX_BYTES);
    if (!r.ok()) {
      problems.add(r.problem());
    }
    return r.text();
  }

  // ---- parsing ------------------------------------------------------------------------------

  private static void parse(String name, String text, Map<String, Entry> entries,
      List<Diagnostic> problems) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      int k = skipSpace(line, 0);
      if (k == line.length() || line.charAt(k) == '#' || line.charAt(k) == '!') {
        continue;
      }
      // the logical line: backslash-continued physical lines, leading space of each dropped
      StringBuilder logical = new StringBuilder(line.substring(k));
      int startCol = k + 1;
      while (endsWithContinuation(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        i++;
        logical.append(lines[i].substring(skipSpace(lines[i], 0)));
      }
      if (endsWithContinuation(logical)) {
        logical.setLength(logical.length() - 1);
      }
      String l = logical.toString();
      int keyEnd = 0;
      StringBuilder key = new StringBuilder();
      while (keyEnd < l.length()) {
        char c = l.charAt(keyEnd);
        if (c == '\\' && keyEnd + 1 < l.length()) {
          key.append(unescape(l.charAt(keyEnd + 1)));
          keyEnd += 2;
          continue;
        }
        if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
          break;
        }
        key.append(c);
        keyEnd++;
      }
      int v = skipSpace(l, keyEnd);
      if (v < l.length() && (l.charAt(v) == '=' || l.charAt(v) == ':')) {
        v = skipSpace(l, v + 1);
      }
      String value = unescapeAll(l.substring(v));
      String k0 = key.toString();
      SourceLocation keyAt = SourceLocation.of(name, lineNo, startCol);
      SourceLocation valueAt = v <= line.length() - k
          ? SourceLocation.of(name, keyAt.line(), startCol + v) : keyAt;
      Integer before = firstLine.put(k0, keyAt.line());
      if (before != null) {
        problems.add(Diagnostic.warning(keyAt, k0 + " is also set at line " + before
            + "; this later value wins"));
      }
      entries.remove(k0);
      entries.put(k0, new Entry(k0, value, keyAt, valueAt));
    }
  }

  private static boolean endsWithContinuation(CharSequence s) {
    int n = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
      i++;
    }
    return i;
  }

  private static char unescape(char c) {
    return switch (c) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      default -> c;
    };
  }

  private static String unescapeAll(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        if (e == 'u' && i + 4 < s.length()) {
          try {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
            continue;
          } catch (NumberFormatException notHex) {
            // keep it as written
          }
        }
        b.append(unescape(e));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---- meaning ------------------------------------------------------------------------------

  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger I64_MIN = BigInteger.ONE.shiftLeft(63).negate();

  private static void checkValues(Map<String, Entry> entries, List<Diagnostic> problems) {
    for (Entry e : entries.values()) {
      String k = e.key();
      if (k.equals("devices")) {
        range(e, BigInteger.ONE, BigInteger.valueOf(65535), "the number of devices the NF drives",
            problems);
      } else if (k.equals("packet.min_length") || k.equals("packet.max_length")) {
        range(e, BigInteger.ZERO, BigInteger.valueOf(65535), "a packet length in bytes", problems);
      } else if (k.startsWith("capacity.")) {
        range(e, BigInteger.ONE, INT_MAX, "a capacity (libVig counts entries in a C int)",
            problems);
      } else if (k.startsWith("config.") && isAny(e)) {
        // left open: verified for every value of the C type
      } else if (k.startsWith("config.") && integer(e.value()).isEmpty()) {
        problems.add(Diagnostic.error(e.valueAt(), k + " = " + e.value().strip() + " is not a"
            + " whole number; write a 64-bit integer in decimal or 0x hexadecimal, or any to verify"
            + " every value of its C type"));
      } else if (k.startsWith("constant.") || k.startsWith("config.")) {
        range(e, I64_MIN, U64_MAX, "a 64-bit integer", problems);
      } else if (!k.equals("name") && !k.equals("description")) {
        problems.add(Diagnostic.warning(e.keyAt(), "unknown key " + k + "; nf.properties knows"
            + " name, description, devices, packet.min_length, packet.max_length, capacity.EXPORT,"
            + " constant.NAME and config.NAME"));
      }
    }
    Entry min = entries.get("packet.min_length");
    Entry max = entries.get("packet.max_length");
    if (min != null && max != null) {
      Optional<BigInteger> lo = integer(min.value());
      Optional<BigInteger> hi = integer(max.value());
      if (lo.isPresent() && hi.isPresent() && lo.get().compareTo(hi.get()) > 0) {
        problems.add(Diagnostic.error(max.valueAt(), "packet.max_length = " + hi.get()
            + " is smaller than packet.min_length = " + lo.get() + " (line " + min.keyAt().line()
            + "): no packet length is left to analyse"));
      }
    }
    problems.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().line())
        .thenComparingInt(d -> d.location().column()));
  }

  private static void range(Entry e, BigInteger lo, BigInteger hi, String what,
      List<Diagnostic> problems) {
    Optional<BigInteger> v = integer(e.value());
    String shown = e.value().length() > 40 ? e.value().substring(0, 40) + "…" : e.value();
    if (v.isEmpty()) {
      problems.add(Diagnostic.error(e.valueAt(), e.key() + " = " + (shown.isBlank() ? "(nothing)"
          : shown) + " is not a whole number; write " + what + " in decimal or 0x hexadecimal"));
    } else if (v.get().compareTo(lo) < 0 || v.get().compareTo(hi) > 0) {
      problems.add(Diagnostic.error(e.valueAt(), e.key() + " = " + shown + " is out of range:"
          + " it is " + what + ", from " + lo + " to " + hi));
    }
  }
}
