package dev.vigor.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.mutation.Mutant;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trace and verdict cache gives the verdicts a run without it gives, replays traces with no
 * solver query, goes stale when the C changes, rebuilds a damaged entry, and cannot hide a
 * violation.
 */
class TraceCacheTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final long TIMEOUT_MS = 60_000;

  /** One run's per-spec, per-trace verdicts, and what the cache said. */
  record Outcome(Map<String, List<Verdict>> verdicts, Verdict overall, CachedVerification cache,
      List<String> notes) {}

  static Outcome verify(Path nfDir, Path cacheDir, List<Path> specs) throws Exception {
    LoadedNf nf = LoadedNf.load(nfDir);
    List<String> notes = new ArrayList<>();
    CachedVerification cache = cacheDir == null ? null
        : new CachedVerification(new TraceCache(cacheDir, notes::add), nfDir, TIMEOUT_MS, notes::add);
    Verification.Result r = Verification.run(nfDir, nf, specs, TIMEOUT_MS, 1,
        ProgressListener.NONE, CancelToken.none(), VerificationObserver.NONE, EarlyStop.never(),
        NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, SpecSources.disk(),
        cache == null ? VerificationCache.NONE : cache);
    Map<String, List<Verdict>> out = new LinkedHashMap<>();
    for (Verification.SpecResult s : r.specs()) {
      out.put(nfDir.relativize(s.file()).toString(),
          s.traces().stream().map(TraceResult::verdict).toList());
    }
    return new Outcome(out, r.verdict(), cache, notes);
  }

  static List<Path> specs(Path nfDir) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(nfDir.resolve("spec.py"));
    try (Stream<Path> s = Files.list(nfDir.resolve("props"))) {
      s.filter(f -> f.toString().endsWith(".py")).sorted().forEach(files::add);
    }
    return files;
  }

  static Path copy(Path nfDir, Path into) throws IOException {
    return dev.vigor.engine.FolderCopy.copyTree(nfDir, into.resolve(nfDir.getFileName().toString()));
  }

  static Path onlyTraceEntry(Path cacheDir) throws IOException {
    try (Stream<Path> s = Files.list(cacheDir.resolve("traces"))) {
      List<Path> all = s.toList();
      assertEquals(1, all.size(), "one trace entry: " + all);
      return all.get(0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bridge", "lb"})
  void sameVerdictsWithAndWithoutTheCache(String name, @TempDir Path tmp) throws Exception {
    Path nf = CATALOG.resolve(name);
    List<Path> specs = specs(nf);
    Outcome plain = verify(nf, null, specs);
    Outcome cold = verify(nf, tmp, specs);
    Outcome warm = verify(nf, tmp, specs);
    assertEquals(plain.verdicts(), cold.verdicts());
    assertEquals(plain.verdicts(), warm.verdicts());
    assertEquals(Verdict.PROVED, warm.overall());
    assertFalse(cold.cache().tracesReused());
    assertTrue(warm.cache().tracesReused());
    assertEquals(List.of(), warm.notes());
  }

  @Test
  void aWarmRunReplaysTracesWithNoSolverQueryAndReusesEveryProof(@TempDir Path tmp)
      throws Exception {
    Path nf = CATALOG.resolve("bridge");
    List<Path> specs = specs(nf);
    Outcome cold = verify(nf, tmp, specs);
    assertTrue(cold.cache().symexQueries() > 0, "exploring asks the solver");
    Outcome warm = verify(nf, tmp, specs);
    assertEquals(0, warm.cache().symexQueries(), "replaying asks it nothing");
    int results = warm.verdicts().values().stream().mapToInt(List::size).sum();
    assertEquals(results, warm.cache().verdictsReused());
    assertEquals(specs.size(), warm.cache().filesFullyReused());
    assertTrue(warm.cache().summary().startsWith("cache: traces reused (" + cold.cache().traceCount()
        + ", "), warm.cache().summary());
  }

  @Test
  void editingTheCInvalidatesAndTheEditedNfIsVerifiedAfresh(@TempDir Path tmp) throws Exception {
    Path nf = copy(CATALOG.resolve("bridge"), tmp.resolve("nf"));
    Path cache = tmp.resolve("cache");
    List<Path> specs = List.of(nf.resolve("spec.py"));
    assertEquals(Verdict.PROVED, verify(nf, cache, specs).overall());
    Path entry = onlyTraceEntry(cache);
    // the flood-back bug: a frame for a station learned on its own port goes back out
    Mutant bug = Mutant.named("bridge", "flood-back");
    Path c = nf.resolve("bridge.c");
    Files.writeString(c, bug.apply(Files.readString(c, StandardCharsets.UTF_8)));
    Outcome edited = verify(nf, cache, specs);
    assertFalse(edited.cache().tracesReused(), "the edited C is another key");
    assertEquals(0, edited.cache().verdictsReused());
    assertEquals(Verdict.VIOLATED, edited.overall());
    try (Stream<Path> s = Files.list(cache.resolve("traces"))) {
      assertEquals(2, s.count(), "the old entry is left alone, the new one added");
    }
    assertTrue(Files.exists(entry));
  }

  @Test
  void anyKeyPartChangesTheKey(@TempDir Path tmp) throws Exception {
    Path nf = copy(CATALOG.resolve("bridge"), tmp);
    NfConfig config = NfConfig.load(nf);
    var budget = new dev.vigor.engine.run.SolverBudget(TIMEOUT_MS);
    String key = CacheKey.traces(nf, config, budget);
    assertEquals(key, CacheKey.traces(nf, config, budget), "the same inputs, the same key");
    assertNotEquals(key, CacheKey.traces(nf, config.withStepBudgets(1000, 1000), budget));
    assertNotEquals(key, CacheKey.traces(nf, config, new dev.vigor.engine.run.SolverBudget(5)));
    Path props = nf.resolve("nf.properties");
    Files.writeString(props, Files.readString(props) + "\n# a comment\n");
    String edited = CacheKey.traces(nf, config, budget);
    assertNotEquals(key, edited);
    // a header the NF includes: added, then edited alone
    Path c = nf.resolve("bridge.c");
    Files.writeString(nf.resolve("extra.h"), "#define EXTRA 1\n");
    Files.writeString(c, "#include \"extra.h\"\n" + Files.readString(c));
    String withHeader = CacheKey.traces(nf, config, budget);
    Files.writeString(nf.resolve("extra.h"), "#define EXTRA 2\n");
    assertNotEquals(withHeader, CacheKey.traces(nf, config, budget));
    // a header in the folder that no unit includes is not part of what was compiled
    Files.writeString(nf.resolve("unused.h"), "#define UNUSED 1\n");
    String unusedAdded = CacheKey.traces(nf, config, budget);
    Files.writeString(nf.resolve("unused.h"), "#define UNUSED 2\n");
    assertEquals(unusedAdded, CacheKey.traces(nf, config, budget));
    List<Path> read = CacheKey.cFiles(nf.toAbsolutePath().normalize(),
        dev.vigor.engine.catalog.LibvigIncludeLocator.locate(nf).orElseThrow());
    assertTrue(read.stream().anyMatch(f -> f.toString().endsWith("vigor/nf.h")),
        "libVig's headers are part of the key: " + read);
  }

  @Test
  void aTruncatedEntryIsNotedDeletedAndRebuilt(@TempDir Path tmp) throws Exception {
    Path nf = CATALOG.resolve("bridge");
    List<Path> specs = specs(nf);
    Outcome cold = verify(nf, tmp, specs);
    Path entry = onlyTraceEntry(tmp);
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
    Outcome again = verify(nf, tmp, specs);
    assertEquals(1, again.notes().size(), again.notes().toString());
    assertTrue(again.notes().get(0).matches("note: trace entry \\w+ truncated .*; deleted,"
        + " rebuilding"), again.notes().get(0));
    assertFalse(again.cache().tracesReused());
    assertEquals(cold.verdicts(), again.verdicts());
    // the same paths; not the same bytes: a witness input is whichever model Z3 gave, and which
    // solver answers a staged question (so which model) depends on the machine's load
    Path original = Files.write(tmp.resolve("original.vtc"), whole);
    assertEquals(paths(original), paths(entry), "rebuilt with the same paths");
    Outcome warm = verify(nf, tmp, specs);
    assertTrue(warm.cache().tracesReused(), "the rebuilt entry is used: " + warm.notes());
    assertEquals(cold.verdicts(), warm.verdicts());
  }

  /** Each run of a trace entry without its witness inputs: where it branched and ended. */
  private static List<String> paths(Path entry) throws Exception {
    return TraceRecord.parse(CheckedFile.read(entry, TraceRecord.HEADER)).runs().stream()
        .map(r -> r.explorePrefix() + " " + r.choices() + " " + r.end() + " " + r.digest() + " "
            + r.checks().stream().map(c -> c.kind().toString()).toList())
        .toList();
  }

  @Test
  void anEntryThatDoesNotReplayIsNotTrusted(@TempDir Path tmp) throws Exception {
    Path nf = CATALOG.resolve("bridge");
    List<Path> specs = specs(nf);
    Outcome cold = verify(nf, tmp, specs);
    Path entry = onlyTraceEntry(tmp);
    // a well-formed entry with a valid checksum whose first run claims one branch more
    String body = CheckedFile.read(entry, TraceRecord.HEADER);
    TraceRecord r = TraceRecord.parse(body);
    List<dev.vigor.engine.symex.RecordedRun> runs = new ArrayList<>(r.runs());
    var first = runs.get(0);
    runs.set(0, new dev.vigor.engine.symex.RecordedRun(first.explorePrefix(), first.choices() + "t",
        first.checks(), first.end(), first.finish(), first.feasibilityUnknown(), first.digest()));
    CheckedFile.write(entry, TraceRecord.HEADER, TraceRecord.of(r.key(), runs).body());
    Outcome again = verify(nf, tmp, specs);
    assertEquals(1, again.notes().size(), again.notes().toString());
    assertTrue(again.notes().get(0).contains("did not replay"), again.notes().get(0));
    assertFalse(again.cache().tracesReused());
    assertEquals(cold.verdicts(), again.verdicts());
    assertTrue(verify(nf, tmp, specs).cache().tracesReused(), "the rebuilt entry is used next");
  }

  @Test
  void aBrokenPropertyIsViolatedWithAWarmCache(@TempDir Path tmp) throws Exception {
    Path nf = copy(CATALOG.resolve("bridge"), tmp.resolve("nf"));
    Path cache = tmp.resolve("cache");
    List<Path> specs = specs(nf);
    assertEquals(Verdict.PROVED, verify(nf, cache, specs).overall());
    // no_loop says a frame never goes back out of its own port; make it say it always does
    Path p = nf.resolve("props").resolve("no_loop.py");
    String text = Files.readString(p);
    Path broken = nf.resolve("props").resolve("broken.py");
    Files.writeString(broken, breakProperty(text));
    List<Path> withBroken = new ArrayList<>(specs);
    withBroken.add(broken);
    Outcome warm = verify(nf, cache, withBroken);
    assertTrue(warm.cache().tracesReused());
    assertEquals(specs.size(), warm.cache().filesFullyReused(), "the others come from the cache");
    assertTrue(warm.verdicts().get("props/broken.py").contains(Verdict.VIOLATED),
        warm.verdicts().toString());
    assertEquals(Verdict.VIOLATED, warm.overall());
    // and again: a violation is never cached, it is found every time
    Outcome again = verify(nf, cache, withBroken);
    assertTrue(again.verdicts().get("props/broken.py").contains(Verdict.VIOLATED));
  }

  /** no_loop.py turned around, so some trace violates it. */
  static String breakProperty(String text) {
    String broken = text.replace("assert not mem(", "assert mem(");
    assertNotEquals(text, broken, "no_loop.py asserts 'not mem(': " + text);
    return broken;
  }
}
