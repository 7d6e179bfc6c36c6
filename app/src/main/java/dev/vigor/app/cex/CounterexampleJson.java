package dev.vigor.app.cex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.readable.ReadableJson;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** One counterexample as a JSON object, in the shape the run files use for it. */
public final class CounterexampleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CounterexampleJson() {}

  /** The JSON text, with the trace and property it belongs to. */
  public static String of(String property, int traceId, CounterexampleModel c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("property", property);
    json.put("trace", traceId);
    json.put("device", c.device());
    json.put("now", c.now());
    json.put("packet", HexFormat.of().formatHex(c.packet()));
    json.put("state", c.preState());
    json.put("nf", c.nfOutcome());
    json.put("spec", c.specOutcome());
    json.put("specLine", c.specLine());
    json.put("steps", c.steps());
    json.put("readable", ReadableJson.tree(c.readable()));
    try {
      return MAPPER.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings, numbers and lists always serialise", e);
    }
  }
}
