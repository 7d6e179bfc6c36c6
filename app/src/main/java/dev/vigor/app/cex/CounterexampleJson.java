package dev.vigor.app.cex;

import java.util.HexFormat;
import java.util.List;

/** One counterexample as a JSON object, in the shape the run files use for it. */
public final class CounterexampleJson {
  private CounterexampleJson() {}

  /** The JSON text, with the trace and property it belongs to. */
  public static String of(String property, int traceId, CounterexampleModel c) {
    return "{\"property\":" + q(property) + ",\"trace\":" + traceId
        + ",\"device\":" + c.device() + ",\"now\":" + c.now()
        + ",\"packet\":" + q(HexFormat.of().formatHex(c.packet()))
        + ",\"state\":" + list(c.preState())
        + ",\"nf\":" + q(c.nfOutcome()) + ",\"spec\":" + q(c.specOutcome())
        + ",\"specLine\":" + q(c.specLine()) + ",\"steps\":" + list(c.steps()) + "}\n";
  }

  private static String list(List<String> items) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ",").append(q(items.get(i)));
    }
    return b.append(']').toString();
  }

  private static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
