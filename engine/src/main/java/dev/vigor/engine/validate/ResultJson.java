package dev.vigor.engine.validate;

import dev.vigor.engine.readable.ReadableJson;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * The verification results as JSON (hand-written: a flat, stable shape, no library needed). Each
 * spec names the SHA-256 of the texts it verified ({@code sha256} of the spec itself, and
 * {@code sources}: the spec and every imported property, each with {@code unsaved} when the text
 * was an editor buffer that differed from the file); {@code nfSha256} names the NF's code, and
 * {@code layers} the layers of the stack the verdicts cover (bottom first).
 */
public final class ResultJson {
  private ResultJson() {}

  /**
   * The whole run: the NF and its source hash (when known), the overall verdict, why the run
   * stopped early (only when it did), the low-level findings (each with its input and C trace),
   * and each spec with its traces and the hashes of the texts it verified; a trace names the
   * low-level findings that lie on it.
   */
  public static String of(Path nfDir, Verification.Result result) {
    StringBuilder b = new StringBuilder("{\"nf\":").append(q(nfDir.toString()));
    if (result.nfSha256() != null) {
      b.append(",\"nfSha256\":").append(q(result.nfSha256()));
    }
    b.append(",\"layers\":").append(strings(result.layers()));
    b.append(",\"verdict\":").append(q(result.verdict().name().toLowerCase()));
    if (result.stopped() != null) {
      b.append(",\"stopped\":").append(q(result.stopped()));
    }
    b.append(",\"lowLevel\":[");
    for (int i = 0; i < result.lowLevel().size(); i++) {
      Verification.LowLevel l = result.lowLevel().get(i);
      b.append(i == 0 ? "" : ",");
      lowLevel(b, l);
      if (l.input() != null) {
        b.append(",\"device\":").append(l.input().device()).append(",\"now\":")
            .append(l.input().now()).append(",\"packet\":")
            .append(q(HexFormat.of().formatHex(l.input().packet())))
            .append(",\"input\":").append(q(l.input().summary()));
      }
      b.append(",\"steps\":").append(strings(l.cSteps())).append('}');
    }
    b.append("],");
    lowerLayers(b, result.lowerLayers());
    specs(b, result.specs());
    return b.append("}\n").toString();
  }

  /** Each lower layer verified: its verdict, paths, small-scope bounds and findings. */
  private static void lowerLayers(StringBuilder b, List<dev.vigor.engine.layers.LayerResult> layers) {
    b.append("\"lowerLayers\":[");
    for (int i = 0; i < layers.size(); i++) {
      dev.vigor.engine.layers.LayerResult l = layers.get(i);
      b.append(i == 0 ? "" : ",").append("{\"layer\":").append(q(l.layer()))
          .append(",\"verdict\":").append(q(l.verdict().name().toLowerCase()))
          .append(",\"paths\":").append(l.paths())
          .append(",\"bounds\":").append(strings(l.bounds()))
          .append(",\"millis\":").append(l.millis()).append(",\"findings\":[");
      for (int j = 0; j < l.findings().size(); j++) {
        dev.vigor.engine.layers.LayerFinding f = l.findings().get(j);
        b.append(j == 0 ? "" : ",").append("{\"check\":").append(q(f.check()))
            .append(",\"loc\":").append(q(f.loc())).append(",\"message\":").append(q(f.message()))
            .append(",\"verdict\":").append(q(f.failed() ? "violated" : "unknown"))
            .append(",\"inputs\":{");
        int k = 0;
        for (var e : f.inputs().entrySet()) {
          b.append(k++ == 0 ? "" : ",").append(q(e.getKey())).append(':').append(q(e.getValue()));
        }
        b.append("},\"steps\":").append(strings(f.cSteps())).append('}');
      }
      b.append("]}");
    }
    b.append("],");
  }

  /** The specs alone (no low-level findings): kept for readers of the older shape. */
  public static String of(Path nfDir, List<Verification.SpecResult> results) {
    StringBuilder b = new StringBuilder("{\"nf\":").append(q(nfDir.toString())).append(',');
    specs(b, results);
    return b.append("}\n").toString();
  }

  /** A finding's identity and verdict, as an unclosed object. */
  private static void lowLevel(StringBuilder b, Verification.LowLevel l) {
    b.append("{\"check\":").append(q(l.check())).append(",\"at\":").append(q(l.loc()))
        .append(",\"message\":").append(q(l.message()))
        .append(",\"verdict\":").append(q(l.verdict().name().toLowerCase()))
        .append(",\"status\":").append(q(l.status()));
  }

  private static void specs(StringBuilder b, List<Verification.SpecResult> results) {
    b.append("\"specs\":[");
    for (int i = 0; i < results.size(); i++) {
      Verification.SpecResult r = results.get(i);
      b.append(i == 0 ? "" : ",").append("{\"file\":").append(q(r.file().toString()))
          .append(",\"verdict\":").append(q(r.verdict().name().toLowerCase()))
          .append(",\"millis\":").append(r.millis());
      if (!r.sources().isEmpty()) {
        b.append(",\"sha256\":").append(q(r.sources().get(0).sha256())).append(",\"sources\":[");
        for (int k = 0; k < r.sources().size(); k++) {
          var h = r.sources().get(k);
          b.append(k == 0 ? "" : ",").append("{\"file\":").append(q(h.file().toString()))
              .append(",\"sha256\":").append(q(h.sha256())).append(",\"unsaved\":")
              .append(h.unsaved()).append('}');
        }
        b.append(']');
      }
      b.append(",\"diagnostics\":[");
      for (int d = 0; d < r.diagnostics().size(); d++) {
        b.append(d == 0 ? "" : ",").append(q(r.diagnostics().get(d).format()));
      }
      b.append("],\"traces\":[");
      for (int t = 0; t < r.traces().size(); t++) {
        TraceResult tr = r.traces().get(t);
        b.append(t == 0 ? "" : ",").append("{\"id\":").append(tr.traceId())
            .append(",\"verdict\":").append(q(tr.verdict().name().toLowerCase()))
            .append(",\"millis\":").append(tr.millis()).append(",\"reasons\":[");
        for (int k = 0; k < tr.reasons().size(); k++) {
          b.append(k == 0 ? "" : ",").append(q(tr.reasons().get(k)));
        }
        b.append("],\"lowLevel\":[");
        for (int k = 0; k < tr.lowLevel().size(); k++) {
          b.append(k == 0 ? "" : ",");
          lowLevel(b, tr.lowLevel().get(k));
          b.append('}');
        }
        b.append(']');
        tr.counterexample().ifPresent(c -> b.append(",\"counterexample\":{\"device\":")
            .append(c.input().device()).append(",\"now\":").append(c.input().now())
            .append(",\"packet\":").append(q(HexFormat.of().formatHex(c.input().packet())))
            .append(",\"input\":").append(q(c.input().summary()))
            .append(",\"nf\":").append(q(c.nfOutcome())).append(",\"spec\":").append(q(c.specOutcome()))
            .append(",\"specLine\":").append(q(c.specLine()))
            .append(",\"state\":").append(strings(preState(c)))
            // the pre-state entry by entry, so a saved counterexample can be replayed on the binary
            .append(",\"tables\":").append(dev.vigor.engine.cache.InputCodec.write(c.input()))
            .append(",\"steps\":").append(strings(c.cSteps()))
            .append(",\"readable\":").append(ReadableJson.write(c.readable())).append('}'));
        b.append('}');
      }
      b.append("]}");
    }
    b.append(']');
  }

  /** The pre-state entries, one string per entry: {@code object: entry}. */
  private static List<String> preState(Counterexample c) {
    List<String> out = new java.util.ArrayList<>();
    for (var o : c.input().objects()) {
      o.entries().forEach(e -> out.add(o.object() + ": " + e));
    }
    return out;
  }

  private static String strings(List<String> items) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ",").append(q(items.get(i)));
    }
    return b.append(']').toString();
  }

  private static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
