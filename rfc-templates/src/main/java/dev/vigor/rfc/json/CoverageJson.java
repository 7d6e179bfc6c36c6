package dev.vigor.rfc.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.rfc.trace.Coverage;
import dev.vigor.rfc.trace.CoverageRow;
import dev.vigor.rfc.trace.LevelTotals;

/** The JSON form of a coverage report, for CI and the workbench's reports. */
public final class CoverageJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CoverageJson() {}

  public static String write(Coverage coverage) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", RfcJson.FORMAT_VERSION);
    ArrayNode totals = root.putArray("totals");
    for (LevelTotals t : coverage.totals()) {
      ObjectNode o = totals.addObject();
      o.put("level", t.level().name());
      o.put("total", t.total());
      o.put("covered", t.covered());
      o.put("proved", t.proved());
    }
    ArrayNode rows = root.putArray("requirements");
    for (CoverageRow row : coverage.rows()) {
      ObjectNode o = rows.addObject();
      o.put("id", row.requirement().id());
      o.put("keyword", row.requirement().keyword().text());
      o.put("level", row.requirement().level().name());
      o.put("status", row.status().name());
      ArrayNode props = o.putArray("properties");
      row.properties().forEach(props::add);
      o.put("sentence", row.requirement().sentence());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
