package dev.vigor.engine.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The cache folder: {@code traces/KEY.vtc} holds one symbolic execution's record
 * ({@link TraceRecord}), {@code verdicts/KEY.vvc} the traces one spec was proved on
 * ({@link VerdictRecord}). Every file is checksummed and written atomically; one that does not
 * read back whole is reported in one line to notes, deleted, and treated as missing, so it is
 * rebuilt and never trusted. Caching is best effort: a folder that cannot be written costs the
 * reuse, not the run. The folder is kept under a size limit: after each write, the entries used
 * least recently (a read refreshes an entry's time) go until it fits.
 */
public final class TraceCache {
  /** The size limit when none is given: a few hundred NF-and-spec versions of the catalog's NFs. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private final Path dir;
  private final long maxBytes;
  private final Consumer<String> notes;

  /** A cache in dir (created when first written), reporting problems to notes. */
  public TraceCache(Path dir, Consumer<String> notes) {
    this(dir, DEFAULT_MAX_BYTES, notes);
  }

  /** As the other constructor, keeping the folder's entries under maxBytes in all. */
  public TraceCache(Path dir, long maxBytes, Consumer<String> notes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.notes = notes;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  Path traceFile(String key) {
    return dir.resolve("traces").resolve(key + ".vtc");
  }

  Path verdictFile(String key) {
    return dir.resolve("verdicts").resolve(key + ".vvc");
  }

  /** The traces stored under key, if a sound entry is there. */
  public Optional<TraceRecord> loadTraces(String key) {
    Path f = traceFile(key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      TraceRecord r = TraceRecord.parse(CheckedFile.read(f, TraceRecord.HEADER));
      if (!r.key().equals(key)) {
        throw new CorruptEntry("holds the entry of key " + shortKey(r.key()));
      }
      used(f);
      return Optional.of(r);
    } catch (CorruptEntry e) {
      discard(f, e.getMessage());
    } catch (IOException e) {
      notes.accept("cannot read " + f + " (" + e.getMessage() + "); exploring instead");
    }
    return Optional.empty();
  }

  /** Stores r under its key (a concurrent writer of the same key writes the same record). */
  public void storeTraces(TraceRecord r) {
    store(traceFile(r.key()), TraceRecord.HEADER, r.body());
  }

  /** The trace entry under key did not replay: it goes, with a note saying why. */
  public void discardTraces(String key, String why) {
    discard(traceFile(key), why);
  }

  /** The ids of the traces proved under the verdict key (empty when none is stored). */
  public Set<Integer> loadProved(String key) {
    Path f = verdictFile(key);
    if (!Files.isRegularFile(f)) {
      return Set.of();
    }
    try {
      VerdictRecord r = VerdictRecord.parse(CheckedFile.read(f, VerdictRecord.HEADER));
      if (!r.key().equals(key)) {
        throw new CorruptEntry("holds the entry of key " + shortKey(r.key()));
      }
      used(f);
      return r.proved();
    } catch (CorruptEntry e) {
      discard(f, e.getMessage());
    } catch (IOException e) {
      notes.accept("cannot read " + f + " (" + e.getMessage() + "); deciding again");
    }
    return Set.of();
  }

  /** Stores the ids of the traces proved under the verdict key. */
  public void storeProved(String key, Set<Integer> proved) {
    VerdictRecord r = new VerdictRecord(key, new TreeSet<>(proved));
    store(verdictFile(key), VerdictRecord.HEADER, r.body());
  }

  private void store(Path f, String header, String body) {
    try {
      CheckedFile.write(f, header, body);
    } catch (IOException | RuntimeException e) {
      notes.accept("cannot write " + f + " (" + e.getMessage() + "); nothing cached this time");
      return;
    }
    keepUnderLimit(f);
  }

  /** An entry was just read: it is recent (the limit removes the least recently used first). */
  private static void used(Path f) {
    try {
      Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only cache still serves; its order of removal is then the order of writing
    }
  }

  /** Removes the least recently used entries, never the one just written, until all fit. */
  private void keepUnderLimit(Path written) {
    record Entry(Path file, long bytes, long usedMillis) {}
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    for (String sub : List.of("traces", "verdicts")) {
      Path d = dir.resolve(sub);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> files = Files.list(d)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          try {
            Entry e = new Entry(f, Files.size(f), Files.getLastModifiedTime(f).toMillis());
            entries.add(e);
            total += e.bytes();
          } catch (IOException gone) {
            // removed by another run meanwhile
          }
        }
      } catch (IOException e) {
        return; // cannot list: the limit waits for the next write
      }
    }
    if (total <= maxBytes) {
      return;
    }
    entries.sort(Comparator.comparingLong(Entry::usedMillis));
    int removed = 0;
    long freed = 0;
    for (Entry e : entries) {
      if (total - freed <= maxBytes) {
        break;
      }
      if (e.file().equals(written)) {
        continue;
      }
      try {
        Files.deleteIfExists(e.file());
        removed++;
        freed += e.bytes();
      } catch (IOException ex) {
        // in use or protected: try the next one
      }
    }
    if (removed > 0) {
      notes.accept("removed " + removed + " least recently used entries (" + freed / 1024
          + " KiB) to keep " + dir + " under " + maxBytes / (1024 * 1024) + " MiB");
    }
  }

  private void discard(Path f, String why) {
    String kind = f.getParent() != null && f.getParent().getFileName().toString().equals("traces")
        ? "trace" : "verdict";
    notes.accept("note: " + kind + " entry " + shortKey(f.getFileName().toString()) + " " + why
        + "; deleted, rebuilding");
    try {
      Files.deleteIfExists(f);
    } catch (IOException e) {
      notes.accept("cannot delete " + f + " (" + e.getMessage() + ")");
    }
  }

  private static String shortKey(String key) {
    return key.length() > 12 ? key.substring(0, 12) : key;
  }
}
