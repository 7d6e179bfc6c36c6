package dev.vigor.engine.report;

import dev.vigor.engine.FolderCopy;
import dev.vigor.engine.cache.CachedVerification;
import dev.vigor.engine.cache.TraceCache;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.diag.DiagnosticException;
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
import dev.vigor.engine.exec.NfConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How one NF's full verification scales (issue 13's measurements): wall time on one and two
 * local threads, then with the trace cache cold, warm, and after one property is edited; each
 * configuration's per-trace verdicts compared with the first's, so a faster configuration that
 * answers differently shows up as such. Runs on a copy of the NF folder: the edit never touches
 * the user's files.
 */
public final class ScalingBench {
  private ScalingBench() {}

  /**
   * One configuration: median wall time, verdict, what came from the cache, agreement, and the
   * layers of the stack the run verified (the NF layer, whose verification threads, workers and
   * the trace cache scale; the layers below are timed by vigor bench --layers).
   */
  public record Row(String configuration, long wallMillis, int traces, Verdict verdict,
      String cache, boolean sameVerdicts, List<String> layers) {}

  /** A way of running the verification to be timed, with its name; closed after its rows. */
  public interface Configuration extends AutoCloseable {
    String name();

    /** Sets up what the runs need (e.g. starts cluster members), untimed. */
    default void prepare() throws IOException {}

    /** One verification of files of the NF in nfDir. */
    Verification.Result run(Path nfDir, LoadedNf nf, List<Path> files, long timeoutMs)
        throws IOException;

    @Override
    default void close() {}
  }

  /** A local run on jobs threads, without a cache. */
  public static Configuration local(int jobs) {
    return new Configuration() {
      @Override
      public String name() {
        return "local, " + jobs + (jobs == 1 ? " thread" : " threads") + ", no cache";
      }

      @Override
      public Verification.Result run(Path nfDir, LoadedNf nf, List<Path> files, long timeoutMs)
          throws IOException {
        return Verification.run(nfDir, nf, files, timeoutMs, jobs);
      }
    };
  }

  /**
   * Measures nfDir's spec and properties under each configuration (warmup untimed runs, then the
   * median of runs), then the cache rows: cold (an empty cache), warm, and one property edited
   * (a comment appended to the last property, so its text and hash change and only it is
   * validated again).
   */
  public static List<Row> measure(Path nfDir, long timeoutMs, int warmup, int runs,
      List<Configuration> configurations, java.util.function.Consumer<Row> out)
      throws IOException, DiagnosticException {
    Path work = Files.createTempDirectory("vigor-scaling-");
    try {
      Path copy = FolderCopy.copyTree(nfDir, work.resolve(nfDir.getFileName().toString()));
      LoadedNf nf = LoadedNf.load(copy);
      List<Path> files = specFiles(copy);
      if (files.isEmpty()) {
        throw new IOException(nfDir + " has no spec.py and no props/*.py to verify");
      }
      List<Row> rows = new ArrayList<>();
      Verification.Result reference = null;
      for (Configuration c : configurations) {
        List<Timed> timed = new ArrayList<>();
        try (c) {
          c.prepare();
          for (int i = 0; i < warmup; i++) {
            c.run(copy, nf, files, timeoutMs);
          }
          for (int i = 0; i < Math.max(1, runs); i++) {
            long t0 = System.nanoTime();
            Verification.Result r = c.run(copy, nf, files, timeoutMs);
            timed.add(new Timed((System.nanoTime() - t0) / 1_000_000, r, "-"));
          }
        }
        Timed median = median(timed);
        if (reference == null) {
          reference = median.result();
        }
        rows.add(emit(out, c.name(), median, reference));
      }
      // The cache rows: each a single run, since a run changes what the next finds cached.
      Path cacheDir = work.resolve("cache");
      Timed cold = cached(copy, nf, files, timeoutMs, cacheDir);
      rows.add(emit(out, "cache cold (empty), 1 thread", cold, reference));
      List<Timed> warm = new ArrayList<>();
      for (int i = 0; i < Math.max(1, runs); i++) {
        warm.add(cached(copy, nf, files, timeoutMs, cacheDir));
      }
      rows.add(emit(out, "cache warm, 1 thread", median(warm), reference));
      Path edited = files.get(files.size() - 1);
      Files.writeString(edited, Files.readString(edited) + "\n# edited by vigor bench --scaling\n");
      Timed one = cached(copy, nf, files, timeoutMs, cacheDir);
      rows.add(emit(out, "cache, " + copy.relativize(edited) + " edited", one, reference));
      return rows;
    } finally {
      dev.vigor.engine.FolderCopy.deleteTree(work);
    }
  }

  private record Timed(long millis, Verification.Result result, String cache) {}

  private static Timed median(List<Timed> timed) {
    List<Timed> sorted = new ArrayList<>(timed);
    sorted.sort(Comparator.comparingLong(Timed::millis));
    return sorted.get(sorted.size() / 2);
  }

  private static Timed cached(Path nfDir, LoadedNf nf, List<Path> files, long timeoutMs,
      Path cacheDir) throws IOException {
    CachedVerification cache = new CachedVerification(new TraceCache(cacheDir, note -> { }),
        nfDir, timeoutMs, note -> { });
    long t0 = System.nanoTime();
    Verification.Result r = run(nfDir, nf, files, timeoutMs, cache);
    return new Timed((System.nanoTime() - t0) / 1_000_000, r, cache.summary());
  }

  private static Verification.Result run(Path nfDir, LoadedNf nf, List<Path> files,
      long timeoutMs, VerificationCache cache) throws IOException {
    return Verification.run(nfDir, nf, files, timeoutMs, 1, ProgressListener.NONE,
        CancelToken.none(), VerificationObserver.NONE, EarlyStop.never(),
        NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, SpecSources.disk(), cache);
  }

  private static Row emit(java.util.function.Consumer<Row> out, String name, Timed t,
      Verification.Result reference) {
    Verification.Result r = t.result();
    int traces = r.specs().stream().mapToInt(s -> s.traces().size()).max().orElse(0);
    Row row = new Row(name, t.millis(), traces, r.verdict(), t.cache(),
        verdicts(r).equals(verdicts(reference)), r.layers());
    out.accept(row);
    return row;
  }

  /** Per spec file, per trace: the verdict, the comparable part of a result. */
  static List<List<Verdict>> verdicts(Verification.Result r) {
    return r.specs().stream()
        .map(s -> s.traces().stream().map(TraceResult::verdict).toList()).toList();
  }

  /** The spec then the properties, as the bench's per-NF table verifies them. */
  static List<Path> specFiles(Path nfDir) throws IOException {
    NfDescriptor d = Catalog.readNf(nfDir);
    List<Path> files = new ArrayList<>();
    if (d.spec() != null) {
      files.add(d.spec());
    }
    files.addAll(d.properties());
    return files;
  }
}
