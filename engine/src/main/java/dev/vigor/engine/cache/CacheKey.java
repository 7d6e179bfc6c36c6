package dev.vigor.engine.cache;

import dev.vigor.engine.c.preprocess.Preprocessor;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.layers.LayerRegistry;
import dev.vigor.engine.run.SolverBudget;
import dev.vigor.engine.spec.SourceHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The SHA-256 naming one symbolic execution's result: every C file the NF's translation units
 * read (its sources, its headers and libVig's, each named relative to its folder, with its
 * content), nf.properties, the settings that steer exploration (packet lengths, configuration
 * values, step budgets, the solver budget, the layers), the libVig contracts and the engine. Any
 * change to one of them is another key: a miss.
 */
public final class CacheKey {
  /** Bumped when what a key covers changes. */
  static final String SCHEME = "vigor-trace-key 1";

  private CacheKey() {}

  /** The key of exploring the NF in nfDir with config and budget. */
  public static String traces(Path nfDir, NfConfig config, SolverBudget budget)
      throws IOException {
    return traces(nfDir, LibvigIncludeLocator.locate(nfDir).orElseThrow(
        () -> new IOException("cannot find the libVig headers")), config, budget);
  }

  /** As {@link #traces(Path, NfConfig, SolverBudget)}, with the libVig headers in include. */
  public static String traces(Path nfDir, Path libvigInclude, NfConfig config,
      SolverBudget budget) throws IOException {
    Parts p = new Parts();
    p.add("scheme", SCHEME);
    p.add("engine", EngineFingerprint.engine());
    p.add("contracts", EngineFingerprint.contracts());
    // only the NF layer can be selected so far (LayerRegistry); the key names what was run
    p.add("layers", String.join(",", LayerRegistry.standard().offered().stream()
        .filter(l -> l.id().equals(LayerRegistry.NF.id())).map(l -> l.id()).toList()));
    p.add("packet", config.minLength() + ".." + config.maxLength());
    p.add("config", new TreeMap<>(config.constants()).toString());
    p.add("open", new TreeSet<>(config.anyValue()).toString());
    p.add("steps", config.maxSteps() + " " + config.maxPathSteps());
    p.add("solver-ms", Long.toString(budget.millis()));
    Path props = nfDir.resolve(Catalog.NF_PROPERTIES);
    p.add("nf.properties", Files.isRegularFile(props) ? Files.readAllBytes(props) : new byte[0]);
    Path dir = nfDir.toAbsolutePath().normalize();
    Path include = libvigInclude.toAbsolutePath().normalize();
    for (Path f : cFiles(dir, include)) {
      String name = f.startsWith(dir) ? "nf/" + dir.relativize(f)
          : f.startsWith(include) ? "libvig/" + include.relativize(f) : f.toString();
      p.add(name.replace('\\', '/'), Files.readAllBytes(f));
    }
    return p.sha256();
  }

  /**
   * Every file the NF's translation units read: each .c file of the folder (in name order, as
   * the front-end compiles them), then the headers it includes, each once.
   */
  static List<Path> cFiles(Path nfDir, Path include) throws IOException {
    List<Path> units;
    try (Stream<Path> s = Files.list(nfDir)) {
      units = s.filter(f -> f.getFileName().toString().endsWith(".c") && Files.isRegularFile(f))
          .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
    }
    Set<Path> all = new LinkedHashSet<>();
    for (Path unit : units) {
      try {
        all.addAll(Preprocessor.run(nfDir, unit, include).files());
      } catch (DiagnosticException e) {
        throw new IOException("cannot preprocess " + unit + " for its cache key", e);
      }
    }
    return new ArrayList<>(all);
  }

  /** Named, length-prefixed parts: moving bytes from one part to the next changes the hash. */
  private static final class Parts {
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();

    void add(String name, String value) {
      add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    void add(String name, byte[] value) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      all.writeBytes((n.length + ":").getBytes(StandardCharsets.UTF_8));
      all.writeBytes(n);
      all.writeBytes((value.length + ":").getBytes(StandardCharsets.UTF_8));
      all.writeBytes(value);
    }

    String sha256() {
      return SourceHash.sha256(all.toByteArray());
    }
  }

  /**
   * The key of one spec file's per-trace verdicts: the traces (by the digest of the stored
   * traces, so verdicts stay tied to the very traces they were decided on), the spec's and every
   * imported file's name and content hash in the order read, the engine and the solver budget.
   */
  public static String verdicts(String tracesDigest, List<dev.vigor.engine.spec.SourceHash> specTexts,
      long timeoutMs) {
    Parts p = new Parts();
    p.add("scheme", "vigor-verdict-key 1");
    p.add("traces", tracesDigest);
    for (dev.vigor.engine.spec.SourceHash h : specTexts) {
      Path name = h.file().getFileName();
      p.add("spec " + (name == null ? h.file() : name), h.sha256());
    }
    p.add("engine", EngineFingerprint.engine());
    p.add("timeout-ms", Long.toString(timeoutMs));
    return p.sha256();
  }
}
