package dev.vigor.engine.validate;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * The verification results as JSON (hand-written: a flat, stable shape, no library needed). Each
 * spec names the SHA-256 of the texts it verified ({@code sha256} of the spec itself, and
 * {@code sources}: the spec and every imported property, each with {@code unsaved} when the text
 * was an editor buffer that differed from the file); {@code nfSha256} names the NF's code.
 */
public final class ResultJson {
  private ResultJson() {}

  /** The JSON of a whole run, with the NF's source hash when it is known. */
  public static String of(Path nfDir, Verification.Result result) {
    return of(nfDir, result.specs(), result.nfSha256());
  }

  /** The JSON of the specs' results. */
  public static String of(Path nfDir, List<Verification.SpecResult> results) {
    return of(nfDir, results, null);
  }

  private static String of(Path nfDir, List<Verification.SpecResult> results, String nfSha256) {
    StringBuilder b = new StringBuilder("{\"nf\":").append(q(nfDir.toString()));
    if (nfSha256 != null) {
      b.append(",\"nfSha256\":").append(q(nfSha256));
    }
    b.append(",\"specs\":[");
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
        b.append(']');
        tr.counterexample().ifPresent(c -> b.append(",\"counterexample\":{\"device\":")
            .append(c.input().device()).append(",\"now\":").append(c.input().now())
            .append(",\"packet\":").append(q(HexFormat.of().formatHex(c.input().packet())))
            .append(",\"input\":").append(q(c.input().summary()))
            .append(",\"nf\":").append(q(c.nfOutcome())).append(",\"spec\":").append(q(c.specOutcome()))
            .append(",\"specLine\":").append(q(c.specLine()))
            .append(",\"state\":").append(strings(preState(c)))
            .append(",\"steps\":").append(strings(c.cSteps())).append('}'));
        b.append('}');
      }
      b.append("]}");
    }
    return b.append("]}\n").toString();
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
