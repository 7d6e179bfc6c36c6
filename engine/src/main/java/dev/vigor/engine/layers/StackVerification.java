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
    LayerCode code = LayerRegistry.standard().code(layer).orElseThrow(
        () -> new IllegalArgumentException("the " + layer + " layer has no code to verify"));
    if (deviceCount < 1 || deviceCount > MAX_DEVICES) {
      // each device is a NIC with its own DMA memory and a fork per frame: past a few, the
      // exploration would run for hours; say so instead of starting it
      return new LayerResult(layer, 0, List.of(new LayerFinding(SCOPE_CHECK, layer,
          "the " + layer + " layer is verified for NFs of 1 to " + MAX_DEVICES + " devices; this NF"
              + " has " + deviceCount + ", so the layer is not verified (unknown)", false,
          Map.of(), List.of())), List.of("NF_DEVICE_COUNT=" + deviceCount), 0);
    }
    long t0 = System.nanoTime();
    Path checkout = checkout(libvigInclude);
    List<Path> sources = new ArrayList<>();
    code.code().forEach(f -> sources.add(checkout.resolve(f)));
    code.models().forEach(f -> sources.add(checkout.resolve(f)));
    Map<String, String> defines = new LinkedHashMap<>(new TreeMap<>(code.smallScope()));
    defines.put("NF_DEVICE_COUNT", Long.toString(deviceCount));
    Program program = CFrontEnd.compileLayer(checkout, sources, libvigInclude,
        code.includes().stream().map(checkout::resolve).toList(), defines, code.entry());
    LayerExecutor.Exploration e = LayerExecutor.explore(program, code.entry(), queryTimeoutMs, cancel);
    List<String> bounds = new ArrayList<>();
    new TreeMap<>(code.smallScope()).forEach((k, v) -> bounds.add(k + "=" + v));
    bounds.add("NF_DEVICE_COUNT=" + deviceCount);
    List<LayerFinding> findings = e.findings().stream().map(f -> described(checkout, f)).toList();
    return new LayerResult(layer, e.paths(), findings, bounds,
        (System.nanoTime() - t0) / 1_000_000);
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
    List<LayerResult> lower = new ArrayList<>();
    for (String id : selected) {
      if (LayerRegistry.standard().code(id).isPresent()) {
        lower.add(verify(id, libvigInclude, deviceCount, queryTimeoutMs, cancel));
      }
    }
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
