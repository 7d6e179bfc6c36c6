package dev.vigor.engine.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.cache.CacheKey;
import dev.vigor.engine.cache.TraceRecord;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.run.SolverBudget;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.validate.RemoteValidation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a member needs for one run, sent once per run as texts, not paths (members share no
 * filesystem): the NF folder's files, the spec texts as verified (editor buffers included), the
 * budgets, the exploration as recorded, and the trace-cache key of the NF as the coordinator
 * compiled it, which the member's own must equal (same engine, libVig headers and NF).
 *
 * @param nfDir the NF folder as the coordinator named it (spec imports are looked up under it)
 * @param nfFiles every file of the NF folder by relative path ('/'-separated)
 * @param specFiles the spec files to validate, as the coordinator named them, in the run's order
 * @param texts every text the spec checker read for them, by the path it read it as
 */
public record RunPackage(String nfDir, Map<String, byte[]> nfFiles, List<String> specFiles,
    Map<String, String> texts, long maxSteps, long maxPathSteps, long traceTimeoutMs,
    String runs, int traceCount, String tracesKey) {
  /** A larger NF folder is not sent: it is not an NF. */
  static final long MAX_NF_BYTES = 64L << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public RunPackage {
    nfFiles = Map.copyOf(nfFiles);
    specFiles = List.copyOf(specFiles);
    texts = Map.copyOf(texts);
  }

  /** The package of a remote run's work: reads the NF folder and the spec texts. */
  public static RunPackage of(RemoteValidation.Work w) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Path dir = w.nfDir();
    long total = 0;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        Path rel = dir.relativize(f);
        // build output and version-control folders are not the NF
        if (rel.toString().startsWith(".") || rel.startsWith("target")) {
          continue;
        }
        byte[] b = Files.readAllBytes(f);
        total += b.length;
        if (total > MAX_NF_BYTES) {
          throw new IOException(dir + " holds more than " + (MAX_NF_BYTES >> 20)
              + " MiB; too much to send to the cluster as an NF folder");
        }
        files.put(rel.toString().replace('\\', '/'), b);
      }
    }
    Map<String, String> texts = new TreeMap<>();
    for (SpecCheckResult c : w.checked()) {
      for (Path f : c.files()) {
        texts.put(f.toString(), w.sources().read(f));
      }
    }
    NfConfig config = NfConfig.load(dir).withStepBudgets(w.maxSteps(), w.maxPathSteps());
    String key = CacheKey.traces(dir, config, new SolverBudget(w.traceTimeoutMs()));
    return new RunPackage(dir.toString(), files,
        w.specFiles().stream().map(Path::toString).toList(), texts, w.maxSteps(),
        w.maxPathSteps(), w.traceTimeoutMs(), TraceRecord.encodeRuns(w.runs()), w.traceCount(),
        key);
  }

  /** Compressed JSON, as stored in the run map. */
  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      MAPPER.writeValue(z, this);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /** The package of {@link #encode}; IOException when the bytes are not one. */
  public static RunPackage decode(byte[] bytes) throws IOException {
    try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return MAPPER.readValue(z, RunPackage.class);
    }
  }

  /** The SHA-256 of encoded bytes, which tasks carry (signed) to name their package. */
  public static String digest(byte[] encoded) {
    return SourceHash.sha256(encoded);
  }
}
