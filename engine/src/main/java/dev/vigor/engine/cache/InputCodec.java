package dev.vigor.engine.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.engine.exec.ConcreteInput;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A {@link ConcreteInput} as JSON and back, every field kept exactly (bytes as hex). */
public final class InputCodec {
  private static final JsonNodeFactory J = JsonNodeFactory.instance;
  private static final HexFormat HEX = HexFormat.of();

  private InputCodec() {}

  /** in as JSON (null: a JSON null). */
  public static JsonNode write(ConcreteInput in) {
    if (in == null) {
      return J.nullNode();
    }
    ObjectNode o = J.objectNode();
    o.put("device", in.device());
    o.put("packet", HEX.formatHex(in.packet()));
    o.put("length", in.length());
    o.put("now", in.now());
    ArrayNode objects = o.putArray("objects");
    for (ConcreteInput.ObjectState s : in.objects()) {
      ObjectNode so = objects.addObject();
      so.put("object", s.object());
      so.put("kind", s.kind());
      so.put("full", s.full());
      ArrayNode entries = so.putArray("entries");
      for (ConcreteInput.Entry e : s.entries()) {
        ObjectNode eo = entries.addObject();
        eo.put("key", e.key() == null ? null : HEX.formatHex(e.key()));
        eo.put("index", e.index());
        eo.put("time", e.time());
        eo.put("value", e.value() == null ? null : HEX.formatHex(e.value()));
      }
    }
    ArrayNode hashes = o.putArray("hashes");
    for (ConcreteInput.HashValue h : in.hashes()) {
      hashes.addObject().put("data", HEX.formatHex(h.data())).put("hash", h.hash());
    }
    return o;
  }

  /** The input written by {@link #write}; null for a JSON null; IllegalArgumentException when malformed. */
  public static ConcreteInput read(JsonNode o) {
    if (o == null || o.isNull()) {
      return null;
    }
    List<ConcreteInput.ObjectState> objects = new ArrayList<>();
    for (JsonNode so : Json.array(o, "objects")) {
      List<ConcreteInput.Entry> entries = new ArrayList<>();
      for (JsonNode eo : Json.array(so, "entries")) {
        entries.add(new ConcreteInput.Entry(bytes(eo.get("key")), Json.integer(eo, "index"),
            Json.longValue(eo, "time"), bytes(eo.get("value"))));
      }
      objects.add(new ConcreteInput.ObjectState(Json.text(so, "object"), Json.text(so, "kind"),
          entries, Json.bool(so, "full")));
    }
    List<ConcreteInput.HashValue> hashes = new ArrayList<>();
    for (JsonNode h : Json.array(o, "hashes")) {
      hashes.add(new ConcreteInput.HashValue(HEX.parseHex(Json.text(h, "data")), Json.integer(h, "hash")));
    }
    return new ConcreteInput(Json.integer(o, "device"), HEX.parseHex(Json.text(o, "packet")),
        Json.integer(o, "length"), Json.longValue(o, "now"), objects, hashes);
  }

  private static byte[] bytes(JsonNode n) {
    return n == null || n.isNull() ? null : HEX.parseHex(n.asText());
  }
}
