package dev.vigor.engine.readable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A {@link ReadableCounterexample} as JSON and back: the {@code readable} object of the result
 * JSON and of saved runs, so a saved run shows the same counterexample as the run that made it.
 */
public final class ReadableJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ReadableJson() {}

  /** The JSON object text (one line). */
  public static String write(ReadableCounterexample r) {
    try {
      return MAPPER.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of strings, numbers and lists always serialise", e);
    }
  }

  /** As a JSON tree, for reports that embed it. */
  public static JsonNode tree(ReadableCounterexample r) {
    return MAPPER.valueToTree(r);
  }

  /**
   * Reads it back from a parsed JSON object (a {@link JsonNode}, or the maps and lists a JSON
   * reader gives); IllegalArgumentException when it is not one.
   */
  public static ReadableCounterexample read(Object parsed) {
    return MAPPER.convertValue(parsed, ReadableCounterexample.class);
  }
}
