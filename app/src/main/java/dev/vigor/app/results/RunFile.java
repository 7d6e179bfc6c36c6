package dev.vigor.app.results;

import dev.vigor.app.cex.CounterexampleModel;
import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.readable.ReadableJson;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.validate.ResultJson;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A run file: the engine's {@link ResultJson} (what {@code vigor verify --json} writes, which names
 * the layers the verdicts cover) with one more top-level key, {@code started}, so any reader of
 * the engine's format reads it too.
 */
public final class RunFile {
  private RunFile() {}

  /** The file's text for an engine result. */
  public static String write(Path nfDir, Verification.Result result, LocalDateTime started) {
    String engine = ResultJson.of(nfDir, result);
    return "{\"started\":\"" + started + "\"," + engine.substring(1);
  }

  /**
   * The run a file's text holds; IllegalArgumentException naming what is wrong when it is not a
   * run file. Files written by {@code vigor verify --json} read too (without a date; an older
   * one without layers is of the NF layer).
   */
  public static RunRecord read(String text, LocalDateTime fallbackStarted) {
    if (!(JsonReader.parse(text) instanceof Map<?, ?> top) || !(top.get("specs") instanceof List<?>)) {
      throw new IllegalArgumentException("not a verification result: no \"specs\" list");
    }
    Path nf = Path.of(str(top, "nf", "?"));
    LocalDateTime started = top.get("started") instanceof String s ? LocalDateTime.parse(s)
        : fallbackStarted;
    List<String> layers = strings(top.get("layers"));
    List<PropertyOutcome> props = new ArrayList<>();
    for (Object o : (List<?>) top.get("specs")) {
      Map<?, ?> spec = (Map<?, ?>) o;
      List<TraceOutcome> traces = new ArrayList<>();
      for (Object t : list(spec.get("traces"))) {
        traces.add(trace((Map<?, ?>) t));
      }
      List<SourceHash> sources = new ArrayList<>();
      for (Object s : list(spec.get("sources"))) {
        Map<?, ?> source = (Map<?, ?>) s;
        sources.add(new SourceHash(Path.of(str(source, "file", "?")), str(source, "sha256", ""),
            Boolean.TRUE.equals(source.get("unsaved"))));
      }
      props.add(new PropertyOutcome(Path.of(str(spec, "file", "?")), verdict(spec),
          num(spec, "millis"), strings(spec.get("diagnostics")), traces, sources));
    }
    List<Verification.LowLevel> lowLevel = new ArrayList<>();
    for (Object o : list(top.get("lowLevel"))) {
      lowLevel.add(lowLevel((Map<?, ?>) o));
    }
    List<dev.vigor.engine.layers.LayerResult> lower = new ArrayList<>();
    for (Object o : list(top.get("lowerLayers"))) {
      lower.add(lowerLayer((Map<?, ?>) o));
    }
    return new RunRecord(nf, started, layers.isEmpty() ? List.of("nf") : layers, props, lowLevel,
        null, lower);
  }

  // A saved lower layer's result: its verdict follows from its findings, kept with their inputs.
  private static dev.vigor.engine.layers.LayerResult lowerLayer(Map<?, ?> l) {
    List<dev.vigor.engine.layers.LayerFinding> findings = new ArrayList<>();
    for (Object o : list(l.get("findings"))) {
      Map<?, ?> f = (Map<?, ?>) o;
      Map<String, String> inputs = new java.util.LinkedHashMap<>();
      if (f.get("inputs") instanceof Map<?, ?> in) {
        in.forEach((k, v) -> inputs.put(String.valueOf(k), String.valueOf(v)));
      }
      findings.add(new dev.vigor.engine.layers.LayerFinding(str(f, "check", "?"), str(f, "loc", "?"),
          str(f, "message", ""), "violated".equals(f.get("verdict")), inputs, strings(f.get("steps"))));
    }
    return new dev.vigor.engine.layers.LayerResult(str(l, "layer", "?"), (int) num(l, "paths"),
        findings, strings(l.get("bounds")), num(l, "millis"));
  }

  // A saved finding: what, where and how sure (its input and C trace stay in the file).
  private static Verification.LowLevel lowLevel(Map<?, ?> l) {
    String status = str(l, "status", "undecided");
    return new Verification.LowLevel(str(l, "check", "?"), str(l, "at", "?"),
        str(l, "message", ""), !status.equals("undecided"), null, status.equals("replayed"));
  }

  private static TraceOutcome trace(Map<?, ?> t) {
    Optional<CounterexampleModel> cex = Optional.empty();
    if (t.get("counterexample") instanceof Map<?, ?> c) {
      cex = Optional.of(new CounterexampleModel((int) num(c, "device"), num(c, "now"),
          HexFormat.of().parseHex(str(c, "packet", "")), strings(c.get("state")),
          str(c, "nf", ""), str(c, "spec", ""), str(c, "specLine", ""), strings(c.get("steps")),
          readable(c.get("readable")), tables(c.get("tables"))));
    }
    return new TraceOutcome((int) num(t, "id"), verdict(t), num(t, "millis"),
        strings(t.get("reasons")), cex);
  }

  /** The counterexample's input saved with it; null if absent (older run files) or unreadable. */
  private static dev.vigor.engine.exec.ConcreteInput tables(Object saved) {
    if (!(saved instanceof Map<?, ?>)) {
      return null;
    }
    try {
      return dev.vigor.engine.cache.InputCodec.read(
          new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(saved));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The readable counterexample saved with it; null (shown untyped) if absent or unreadable. */
  private static ReadableCounterexample readable(Object saved) {
    if (!(saved instanceof Map<?, ?>)) {
      return null;
    }
    try {
      return ReadableJson.read(saved);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Verdict verdict(Map<?, ?> m) {
    return Verdict.valueOf(str(m, "verdict", "unknown").toUpperCase(Locale.ROOT));
  }

  private static String str(Map<?, ?> m, String key, String otherwise) {
    return m.get(key) instanceof String s ? s : otherwise;
  }

  private static long num(Map<?, ?> m, String key) {
    return m.get(key) instanceof Number n ? n.longValue() : 0;
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  private static List<String> strings(Object o) {
    return list(o).stream().map(String::valueOf).toList();
  }
}
