package dev.vigor.engine.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The cache folder: {@code traces/KEY.vtc} holds one symbolic execution's record
 * ({@link TraceRecord}), {@code verdicts/KEY.vvc} the traces one spec was proved on
 * ({@link VerdictRecord}). Every file is checksummed and written atomically; one that does not
 * read back whole is reported in one line to notes, deleted, and treated as missing, so it is
 * rebuilt and never trusted. Caching is best effort: a folder that cannot be written costs the
 * reuse, not the run.
 */
public final class TraceCache {
  private final Path dir;
  private final Consumer<String> notes;

  /** A cache in dir (created when first written), reporting problems to notes. */
  public TraceCache(Path dir, Consumer<String> notes) {
    this.dir = dir;
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
