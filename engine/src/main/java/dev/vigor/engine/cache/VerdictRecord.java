package dev.vigor.engine.cache;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One verdict-cache entry: under a key naming the traces and the spec's texts
 * ({@link CacheKey#verdicts}), the ids of the traces the spec was proved on. Only proofs are
 * kept: a violation or an unknown is decided again each run, so its counterexample or reason is
 * always complete and current.
 */
public record VerdictRecord(String key, SortedSet<Integer> proved) {
  /** The header line: format and version. */
  static final String HEADER = "vigor-verdict-cache 1";

  public VerdictRecord {
    proved = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(proved));
  }

  String body() {
    StringBuilder s = new StringBuilder("key ").append(key).append("\nproved");
    proved.forEach(i -> s.append(' ').append(i));
    return s.append('\n').toString();
  }

  static VerdictRecord parse(String body) throws CorruptEntry {
    String[] lines = body.split("\n", -1);
    if (lines.length != 3 || !lines[0].startsWith("key ") || !lines[1].startsWith("proved")
        || !lines[2].isEmpty()) {
      throw new CorruptEntry("cannot be read: not a key and a proved line");
    }
    SortedSet<Integer> ids = new TreeSet<>();
    String rest = lines[1].substring("proved".length()).trim();
    try {
      for (String id : rest.isEmpty() ? new String[0] : rest.split(" ")) {
        ids.add(Integer.parseInt(id));
      }
    } catch (NumberFormatException e) {
      throw new CorruptEntry("cannot be read: a trace id is not a number");
    }
    return new VerdictRecord(lines[0].substring(4), ids);
  }
}
