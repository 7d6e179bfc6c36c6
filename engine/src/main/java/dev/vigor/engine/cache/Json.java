package dev.vigor.engine.cache;

import com.fasterxml.jackson.databind.JsonNode;

/** Strict reads of a cache file's JSON: a missing or mistyped field is an error, never a default. */
final class Json {
  private Json() {}

  static JsonNode field(JsonNode o, String name) {
    JsonNode n = o == null ? null : o.get(name);
    if (n == null) {
      throw new IllegalArgumentException("no field '" + name + "'");
    }
    return n;
  }

  static String text(JsonNode o, String name) {
    JsonNode n = field(o, name);
    if (!n.isTextual()) {
      throw new IllegalArgumentException("'" + name + "' is not text");
    }
    return n.asText();
  }

  /** Text or null. */
  static String textOrNull(JsonNode o, String name) {
    JsonNode n = field(o, name);
    return n.isNull() ? null : text(o, name);
  }

  static int integer(JsonNode o, String name) {
    JsonNode n = field(o, name);
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + name + "' is not an int");
    }
    return n.asInt();
  }

  static long longValue(JsonNode o, String name) {
    JsonNode n = field(o, name);
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw new IllegalArgumentException("'" + name + "' is not a long");
    }
    return n.asLong();
  }

  static boolean bool(JsonNode o, String name) {
    JsonNode n = field(o, name);
    if (!n.isBoolean()) {
      throw new IllegalArgumentException("'" + name + "' is not a boolean");
    }
    return n.asBoolean();
  }

  static Iterable<JsonNode> array(JsonNode o, String name) {
    JsonNode n = field(o, name);
    if (!n.isArray()) {
      throw new IllegalArgumentException("'" + name + "' is not a list");
    }
    return n;
  }
}
