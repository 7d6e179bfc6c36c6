package dev.vigor.app.verify;

import dev.vigor.engine.layers.LayerFinding;
import dev.vigor.engine.validate.Verification;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A failed or undecided check listed beside the properties: one of the NF's own low-level checks
 * ({@code layer} null) or one of a lower layer's, with what the Counterexample tab shows of it:
 * where, what it says, how sure it is ({@code sureness}: replayed, did not replay, undecided),
 * the values that make it fail, the C steps up to it, and its line in the Verify tab's list
 * ({@code summary}).
 */
public record CheckFinding(String layer, String check, String loc, String message,
    boolean failed, boolean confirmed, String sureness, Map<String, String> values,
    List<String> cSteps, String summary) {
  public CheckFinding {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    cSteps = List.copyOf(cSteps);
  }

  /** The NF's own low-level finding. */
  public static CheckFinding of(Verification.LowLevel l) {
    return new CheckFinding(null, l.check(), l.loc(), l.message(), l.failed(), l.confirmed(),
        l.status(), input(l.input()), l.cSteps(), l.verdict() + " " + l.describe());
  }

  /** A finding of the named lower layer. */
  public static CheckFinding of(String layer, LayerFinding f) {
    // a layer's failed check comes with a model of the values that break it: as sure as a replay
    Map<String, String> values = new java.util.TreeMap<>(f.inputs());
    // what is wrong first, then where (a model's line), then the values that make it so
    String line = "layer " + layer + ": " + (f.failed() ? "" : "undecided: ") + f.message()
        + " — at " + f.loc() + (values.isEmpty() ? "" : " when " + values.entrySet().stream()
            .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")));
    return new CheckFinding(layer, f.check(), f.loc(), f.message(), f.failed(), f.failed(),
        f.failed() ? "fails" : "undecided", values, f.cSteps(), line);
  }

  /**
   * The packet that fails the NF's check, as a spec names its fields (ipv4.ttl), after where and
   * when it arrives; none when the check was not decided.
   */
  private static Map<String, String> input(dev.vigor.engine.exec.ConcreteInput in) {
    Map<String, String> v = new java.util.LinkedHashMap<>();
    if (in == null) {
      return v;
    }
    v.put("received on device", String.valueOf(in.device()));
    v.put("packet length", in.length() + " bytes");
    v.put("now", in.now() + " ns");
    for (dev.vigor.engine.readable.PacketField f
        : dev.vigor.engine.readable.PacketFields.decode(in.packet(), in.length())) {
      v.put(f.header() + "." + f.field(), f.value());
    }
    return v;
  }

  /** The Counterexample tab's heading. */
  public String title() {
    String what = confirmed ? "fails" : failed ? "may fail (" + sureness + ")" : "is undecided";
    return layer == null ? "The NF's check " + check + " " + what
        : "Layer " + layer + ": check " + check + " " + what;
  }

  @Override
  public String toString() {
    return summary();
  }
}
