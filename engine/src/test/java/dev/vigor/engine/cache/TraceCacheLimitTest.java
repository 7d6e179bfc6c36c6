package dev.vigor.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder stays under its size limit: a write past it removes the entries used least
 * recently, a read makes an entry recent, and the entry just written always stays.
 */
class TraceCacheLimitTest {
  private static Set<Integer> ids(int n) {
    Set<Integer> s = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      s.add(i);
    }
    return s;
  }

  /** Sets the entry's time, as if it were last used that many seconds ago. */
  private static void age(TraceCache c, String key, int secondsAgo) throws Exception {
    Files.setLastModifiedTime(c.verdictFile(key),
        FileTime.fromMillis(System.currentTimeMillis() - secondsAgo * 1000L));
  }

  @Test
  void theLeastRecentlyUsedEntriesGoAndAReadKeepsOne(@TempDir Path dir) throws Exception {
    List<String> notes = new ArrayList<>();
    TraceCache probe = new TraceCache(dir.resolve("probe"), notes::add);
    probe.storeProved("k0", ids(200));
    long one = Files.size(probe.verdictFile("k0"));
    // room for three entries of this size, not four
    TraceCache c = new TraceCache(dir.resolve("cache"), 3 * one + one / 2, notes::add);
    c.storeProved("a", ids(200));
    c.storeProved("b", ids(200));
    c.storeProved("c", ids(200));
    age(c, "a", 300);
    age(c, "b", 200);
    age(c, "c", 100);
    assertEquals(ids(200), c.loadProved("a"), "a is read: now the most recent");
    c.storeProved("d", ids(200));
    assertTrue(Files.exists(c.verdictFile("a")), "read last: kept");
    assertFalse(Files.exists(c.verdictFile("b")), "the least recently used: removed");
    assertTrue(Files.exists(c.verdictFile("c")));
    assertTrue(Files.exists(c.verdictFile("d")), "just written: kept");
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("removed 1 least recently used")),
        notes.toString());
    assertTrue(size(dir.resolve("cache")) <= 3 * one + one / 2);
  }

  @Test
  void anEntryLargerThanTheLimitStaysUntilTheNextWrite(@TempDir Path dir) throws Exception {
    List<String> notes = new ArrayList<>();
    TraceCache c = new TraceCache(dir, 10, notes::add);
    c.storeProved("big", ids(100));
    assertEquals(ids(100), c.loadProved("big"), "the entry just written is never removed");
    c.storeProved("next", ids(100));
    assertFalse(Files.exists(c.verdictFile("big")));
    assertEquals(Set.of(), c.loadProved("big"), "a removed entry is simply missing");
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      long total = 0;
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        total += Files.size(p);
      }
      return total;
    }
  }
}
