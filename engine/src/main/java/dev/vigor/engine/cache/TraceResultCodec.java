package dev.vigor.engine.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.engine.readable.ReadableJson;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trace results as JSON and back, every field kept (inputs through {@link InputCodec}, readable
 * counterexamples through {@link ReadableJson}): how a cluster member's verdicts travel back, so
 * the coordinator reports exactly what a local run would.
 */
public final class TraceResultCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory J = JsonNodeFactory.instance;

  private TraceResultCodec() {}

  /** The results as one line of JSON. */
  public static String write(List<TraceResult> results) {
    ArrayNode a = J.arrayNode();
    for (TraceResult r : results) {
      ObjectNode o = a.addObject();
      o.put("trace", r.traceId());
      o.put("verdict", r.verdict().name());
      strings(o.putArray("reasons"), r.reasons());
      o.put("millis", r.millis());
      o.put("micros", r.micros());
      if (r.counterexample().isEmpty()) {
        o.putNull("cex");
      } else {
        Counterexample c = r.counterexample().get();
        ObjectNode co = o.putObject("cex");
        co.set("input", InputCodec.write(c.input()));
        co.put("nf", c.nfOutcome());
        co.put("spec", c.specOutcome());
        co.put("line", c.specLine());
        strings(co.putArray("steps"), c.cSteps());
        co.set("readable", ReadableJson.tree(c.readable()));
      }
      ArrayNode low = o.putArray("lowLevel");
      for (Verification.LowLevel l : r.lowLevel()) {
        ObjectNode lo = low.addObject();
        lo.put("check", l.check());
        lo.put("loc", l.loc());
        lo.put("message", l.message());
        lo.put("failed", l.failed());
        lo.set("input", InputCodec.write(l.input()));
        lo.put("confirmed", l.confirmed());
        strings(lo.putArray("steps"), l.cSteps());
        lo.put("id", l.id());
      }
    }
    try {
      return MAPPER.writeValueAsString(a);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The results of {@link #write}; IllegalArgumentException for anything else. */
  public static List<TraceResult> read(String text) {
    try {
      List<TraceResult> out = new ArrayList<>();
      for (JsonNode o : MAPPER.readTree(text)) {
        JsonNode co = Json.field(o, "cex");
        Optional<Counterexample> cex = co.isNull() ? Optional.empty()
            : Optional.of(new Counterexample(InputCodec.read(Json.field(co, "input")),
                Json.textOrNull(co, "nf"), Json.textOrNull(co, "spec"),
                Json.textOrNull(co, "line"), strings(Json.array(co, "steps")),
                ReadableJson.read(Json.field(co, "readable"))));
        List<Verification.LowLevel> low = new ArrayList<>();
        for (JsonNode lo : Json.array(o, "lowLevel")) {
          low.add(new Verification.LowLevel(Json.text(lo, "check"), Json.textOrNull(lo, "loc"),
              Json.textOrNull(lo, "message"), Json.bool(lo, "failed"),
              InputCodec.read(Json.field(lo, "input")), Json.bool(lo, "confirmed"),
              strings(Json.array(lo, "steps")), Json.integer(lo, "id")));
        }
        out.add(new TraceResult(Json.integer(o, "trace"), Verdict.valueOf(Json.text(o, "verdict")),
            strings(Json.array(o, "reasons")), cex, Json.longValue(o, "millis"), low,
            o.has("micros") ? Json.longValue(o, "micros") : Json.longValue(o, "millis") * 1000));
      }
      return out;
    } catch (JsonProcessingException | NullPointerException e) {
      throw new IllegalArgumentException("not trace results: " + e.getMessage(), e);
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static List<String> strings(Iterable<JsonNode> a) {
    List<String> out = new ArrayList<>();
    a.forEach(n -> out.add(n.asText()));
    return out;
  }
}
