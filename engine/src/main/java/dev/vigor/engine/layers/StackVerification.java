package dev.vigor.engine.layers;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies the lower layers of the stack an NF runs on: each selected layer's C code, compiled
 * with the NF's device count and the layer's small-scope sizes, between the models of the layers
 * next to it, every path explored symbolically.
 */
public final class StackVerification {
  /** The most devices an NF may drive for its lower layers to be verified (the router has 4). */
  public static final long MAX_DEVICES = 8;

  /** The check a layer result names when the NF is outside what the layers are verified for. */
  public static final String SCOPE_CHECK = "LAYER_SCOPE";

  private StackVerification() {}

  /**
   * Verifies layer (one the registry offers with code) for an NF of deviceCount devices, with the
   * workbench checkout found from the libVig headers; each solver query limited to
   * queryTimeoutMs. Throws DiagnosticException when the layer's code does not compile (a fault of
   * this workbench's checkout, reported at file:line:col).
   */
  public static LayerResult verify(String layer, Path libvigInclude, long deviceCount,
      int queryTimeoutMs, CancelToken cancel) throws DiagnosticException {
    return verify(layer, libvigInclude, deviceCount, queryTimeoutMs, cancel, Map.of());
  }

  /**
   * As {@link #verify(String, Path, long, int, CancelToken)}, with extra -D values; given any,
   * they replace the layer's units (one unit: e.g. LIBVIG_STRUCTURE=0 for libVig's emap alone).
   */
  public static LayerResult verify(String layer, Path libvigInclude, long deviceCount,
      int queryTimeoutMs, CancelToken cancel, Map<String, String> extraDefines)
      throws DiagnosticException {
    LayerCode code = LayerRegistry.standard().code(layer).orElseThrow(
        () -> new IllegalArgumentException("the " + layer + " layer has no code to verify"));
    if (code.perDeviceCount() && (deviceCount < 1 || deviceCount > MAX_DEVICES)) {
      // each device is a NIC with its own DMA memory and a fork per frame: past a few, the
      // exploration would run for hours; say so instead of starting it
      return new LayerResult(layer, 0, List.of(new LayerFinding(SCOPE_CHECK, layer,
          "the " + layer + " layer is verified for NFs of 1 to " + MAX_DEVICES + " devices; this NF"
              + " has " + deviceCount + ", so the layer is not verified (unknown)", false,
          Map.of(), List.of())), List.of("NF_DEVICE_COUNT=" + deviceCount), 0);
    }
    long t0 = System.nanoTime();
    Path checkout = checkout(libvigInclude);
    Map<String, String> defines = new LinkedHashMap<>(new TreeMap<>(code.smallScope()));
    if (code.perDeviceCount()) {
      defines.put("NF_DEVICE_COUNT", Long.toString(deviceCount));
    }
    List<Map<String, String>> units = extraDefines.isEmpty() ? code.units() : List.of(extraDefines);
    String key = code.perDeviceCount() ? null : memoKey(checkout, code, defines, units);
    LayerResult known = key == null ? null : VERIFIED.get(key);
    if (known != null) {
      return known;
    }
    List<String> bounds = new ArrayList<>();
    defines.forEach((k, v) -> bounds.add(k + "=" + v));
    List<java.util.concurrent.Callable<LayerExecutor.Exploration>> work = new ArrayList<>();
    for (Map<String, String> unit : units) {
      Map<String, String> all = new LinkedHashMap<>(defines);
      all.putAll(unit);
      work.add(() -> explore(checkout, code, libvigInclude, all, queryTimeoutMs, cancel));
    }
    int paths = 0;
    Map<String, LayerFinding> findings = new LinkedHashMap<>();
    for (LayerExecutor.Exploration e : runAll(work)) {
      paths += e.paths();
      for (LayerFinding f : e.findings()) {
        findings.putIfAbsent(f.check() + " " + f.loc() + " " + f.failed(), described(checkout, f));
      }
    }
    LayerResult r = new LayerResult(layer, paths, List.copyOf(findings.values()), bounds,
        (System.nanoTime() - t0) / 1_000_000);
    if (key != null) {
      VERIFIED.put(key, r);
    }
    return r;
  }

  /** Threads the explorations of a verification share (each has its own Z3 context). */
  static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  /** Results of layers whose code does not depend on the NF, by their sources' content. */
  private static final Map<String, LayerResult> VERIFIED = new java.util.concurrent.ConcurrentHashMap<>();

  private static LayerExecutor.Exploration explore(Path checkout, LayerCode code,
      Path libvigInclude, Map<String, String> defines, int queryTimeoutMs, CancelToken cancel)
      throws DiagnosticException {
    List<Path> sources = new ArrayList<>();
    code.code().forEach(f -> sources.add(checkout.resolve(f)));
    code.models().forEach(f -> sources.add(checkout.resolve(f)));
    Program program = CFrontEnd.compileLayer(checkout, sources, libvigInclude,
        code.includes().stream().map(checkout::resolve).toList(), defines, code.entry());
    return LayerExecutor.explore(program, code.entry(), queryTimeoutMs, cancel);
  }

  /** Runs each task, THREADS at a time, in order; the first failure is rethrown. */
  static <T> List<T> runAll(List<java.util.concurrent.Callable<T>> work) throws DiagnosticException {
    // inside a pool thread already (layers side by side), a layer's units run in turn
    if (work.size() == 1 || THREADS == 1 || Thread.currentThread().getName().equals("vigor-layer")) {
      List<T> out = new ArrayList<>();
      for (var w : work) {
        out.add(call(w));
      }
      return out;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.min(THREADS, work.size()), r -> {
          Thread t = new Thread(r, "vigor-layer");
          t.setDaemon(true);
          return t;
        });
    try {
      List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
      for (var w : work) {
        futures.add(pool.submit(w));
      }
      List<T> out = new ArrayList<>();
      for (var f : futures) {
        try {
          out.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof DiagnosticException d) {
            throw d;
          }
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new dev.vigor.engine.run.CancelledException();
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(java.util.concurrent.Callable<T> w) throws DiagnosticException {
    try {
      return w.call();
    } catch (DiagnosticException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a layer's result depends on: its files' bytes, its sizes and units. */
  private static String memoKey(Path checkout, LayerCode code, Map<String, String> defines,
      List<Map<String, String>> units) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      List<String> files = new ArrayList<>(code.code());
      files.addAll(code.models());
      for (String f : files) {
        md.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(java.nio.file.Files.readAllBytes(checkout.resolve(f)));
      }
      // and so do the headers it can include: libVig's, the layer's own, those next to its files
      java.util.Set<Path> dirs = new java.util.TreeSet<>();
      dirs.add(checkout.resolve("libvig/include"));
      code.includes().forEach(d -> dirs.add(checkout.resolve(d)));
      files.forEach(f -> dirs.add(checkout.resolve(f).getParent()));
      for (Path d : dirs) {
        if (java.nio.file.Files.isDirectory(d)) {
          try (var walk = java.nio.file.Files.walk(d)) {
            for (Path h : walk.filter(x -> x.toString().endsWith(".h")).sorted().toList()) {
              md.update(h.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
              md.update(java.nio.file.Files.readAllBytes(h));
            }
          }
        }
      }
      md.update((code.layer() + defines + units).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      return null; // not remembered: verified again
    }
  }

  /**
   * result with the lower layers among selected (ids, as {@link LayerRegistry#select} gives them)
   * verified for an NF of deviceCount devices, bottom first; result itself when none is selected
   * (then its layers say what it covers already).
   */
  public static dev.vigor.engine.validate.Verification.Result withLowerLayers(
      dev.vigor.engine.validate.Verification.Result result, List<String> selected,
      Path libvigInclude, long deviceCount, int queryTimeoutMs, CancelToken cancel)
      throws DiagnosticException {
    return withLowerLayers(result, selected, libvigInclude, deviceCount, queryTimeoutMs, cancel,
        null);
  }

  /** The check a layer stopped before it was explored to the end is reported under. */
  public static final String STOPPED_CHECK = "LAYER_STOPPED";

  /**
   * As the other withLowerLayers; when cancel stops a layer and stoppedBecause is given (e.g.
   * "the run's time limit of 60 s ran out"), the layer is unknown, saying so, and the layers
   * that finished keep their results; without it a cancel throws, as for a user's Stop.
   */
  public static dev.vigor.engine.validate.Verification.Result withLowerLayers(
      dev.vigor.engine.validate.Verification.Result result, List<String> selected,
      Path libvigInclude, long deviceCount, int queryTimeoutMs, CancelToken cancel,
      String stoppedBecause) throws DiagnosticException {
    List<java.util.concurrent.Callable<LayerResult>> work = new ArrayList<>();
    for (String id : selected) {
      if (LayerRegistry.standard().code(id).isPresent()) {
        work.add(() -> {
          long t0 = System.nanoTime();
          try {
            return verify(id, libvigInclude, deviceCount, queryTimeoutMs, cancel);
          } catch (dev.vigor.engine.run.CancelledException e) {
            if (stoppedBecause == null) {
              throw e;
            }
            return new LayerResult(id, 0, List.of(new LayerFinding(STOPPED_CHECK, id,
                "the " + id + " layer was stopped before all its paths were explored, so it is"
                    + " not verified (unknown): " + stoppedBecause, false, Map.of(),
                List.of())), List.of(), (System.nanoTime() - t0) / 1_000_000);
          }
        });
      }
    }
    // layers side by side: each runs its own units in turn or in parallel
    List<LayerResult> lower = work.isEmpty() ? List.of() : runAll(work);
    return lower.isEmpty() ? result : result.withLowerLayers(selected, lower);
  }

  /**
   * A failed vig_assert described the way its model's author did: the comment that ends its line
   * ({@code vig_assert(!s->resetting); /* CTRL written during a reset *}{@code /}) comes first.
   */
  static LayerFinding described(Path checkout, LayerFinding f) {
    java.util.regex.Matcher at = java.util.regex.Pattern.compile("(.+):(\\d+):(\\d+)").matcher(f.loc());
    if (!f.check().equals("LAYER_ASSERTION") || !at.matches()) {
      return f;
    }
    try {
      List<String> lines = java.nio.file.Files.readAllLines(checkout.resolve(at.group(1)));
      int line = Integer.parseInt(at.group(2));
      if (line < 1 || line > lines.size()) {
        return f;
      }
      java.util.regex.Matcher comment = java.util.regex.Pattern
          .compile("vig_assert\\(.*\\);\\s*(?:/\\*\\s*(.*?)\\s*\\*/|//\\s*(.*))\\s*$")
          .matcher(lines.get(line - 1));
      if (!comment.find()) {
        return f;
      }
      String why = comment.group(1) != null ? comment.group(1) : comment.group(2);
      return new LayerFinding(f.check(), f.loc(), why + ": " + f.message(), f.failed(), f.inputs(),
          f.cSteps());
    } catch (java.io.IOException | RuntimeException e) {
      return f; // the description is a courtesy: the finding stands without it
    }
  }

  /** The checkout (holding libvig/ and nfos/) the libVig headers belong to. */
  public static Path checkout(Path libvigInclude) {
    return libvigInclude.toAbsolutePath().normalize().getParent().getParent();
  }
}
