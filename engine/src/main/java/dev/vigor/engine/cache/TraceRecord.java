package dev.vigor.engine.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.RecordedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * One trace-cache entry: the key it was stored under and every run of the exploration as the
 * executor recorded it ({@link RecordedRun}), as one line of JSON in a {@link CheckedFile}.
 * Nothing of Z3 is in it: loading re-runs each path along its record.
 *
 * @param digest the SHA-256 of the body, naming these exact traces (verdicts are keyed by it)
 */
public record TraceRecord(String key, List<RecordedRun> runs, String digest) {
  /** The header line: format and version. */
  static final String HEADER = "vigor-trace-cache 1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory J = JsonNodeFactory.instance;

  public TraceRecord {
    runs = List.copyOf(runs);
  }

  /** The record of runs stored under key, its digest computed. */
  static TraceRecord of(String key, List<RecordedRun> runs) {
    return new TraceRecord(key, runs, SourceHash.sha256(body(key, runs)));
  }

  /** The file body: one line of JSON. */
  String body() {
    return body(key, runs);
  }

  private static String body(String key, List<RecordedRun> runs) {
    ObjectNode o = J.objectNode();
    o.put("key", key);
    ArrayNode a = o.putArray("runs");
    for (RecordedRun r : runs) {
      ObjectNode ro = a.addObject();
      ro.put("prefix", r.explorePrefix());
      ro.put("choices", r.choices());
      ro.put("end", r.end().name());
      ro.put("unknown", r.feasibilityUnknown());
      ro.put("digest", r.digest());
      ArrayNode checks = ro.putArray("checks");
      for (RecordedRun.CheckOutcome c : r.checks()) {
        ObjectNode co = checks.addObject();
        co.put("kind", c.kind().name());
        co.put("reported", c.reported() == null ? null : c.reported().name());
        co.put("message", c.message());
        co.set("input", InputCodec.write(c.input()));
      }
      if (r.finish() == null) {
        ro.putNull("finish");
      } else {
        ObjectNode f = ro.putObject("finish");
        f.put("kept", r.finish().kept());
        f.set("input", InputCodec.write(r.finish().input()));
        f.put("verdict", r.finish().concreteVerdict());
        f.put("unknown", r.finish().unknown());
      }
    }
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An exploration's runs as one line of JSON (the cache file's body under an empty key): how a
   * cluster run ships its traces to the members, which replay them.
   */
  public static String encodeRuns(List<RecordedRun> runs) {
    return body("", runs);
  }

  /** The runs of {@link #encodeRuns}; IllegalArgumentException when the text is not that. */
  public static List<RecordedRun> decodeRuns(String text) {
    try {
      return parse(text).runs();
    } catch (CorruptEntry e) {
      throw new IllegalArgumentException("not a recorded exploration: " + e.getMessage(), e);
    }
  }

  /** Parses a body; throws {@link CorruptEntry} for anything that is not a whole record. */
  static TraceRecord parse(String body) throws CorruptEntry {
    try {
      JsonNode o = MAPPER.readTree(body);
      List<RecordedRun> runs = new ArrayList<>();
      for (JsonNode ro : Json.array(o, "runs")) {
        List<RecordedRun.CheckOutcome> checks = new ArrayList<>();
        for (JsonNode co : Json.array(ro, "checks")) {
          String reported = Json.textOrNull(co, "reported");
          checks.add(new RecordedRun.CheckOutcome(RecordedRun.Kind.valueOf(Json.text(co, "kind")),
              reported == null ? null : CheckResult.Status.valueOf(reported),
              Json.textOrNull(co, "message"), InputCodec.read(Json.field(co, "input"))));
        }
        JsonNode f = Json.field(ro, "finish");
        RecordedRun.Finish finish = f.isNull() ? null : new RecordedRun.Finish(Json.bool(f, "kept"),
            InputCodec.read(Json.field(f, "input")),
            Json.field(f, "verdict").isNull() ? null : Json.longValue(f, "verdict"),
            Json.bool(f, "unknown"));
        runs.add(new RecordedRun(Json.integer(ro, "prefix"), Json.text(ro, "choices"), checks,
            RecordedRun.End.valueOf(Json.text(ro, "end")), finish, Json.bool(ro, "unknown"),
            Json.text(ro, "digest")));
      }
      String key = Json.text(o, "key");
      return new TraceRecord(key, runs, SourceHash.sha256(body.strip()));
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new CorruptEntry("cannot be read: " + e.getMessage());
    }
  }
}
