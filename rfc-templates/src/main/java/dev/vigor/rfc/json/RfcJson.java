package dev.vigor.rfc.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.Paragraph;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;

/**
 * The JSON form of an imported RFC, written field by field so the format is stable and documented
 * (docs/rfc-to-spec.md) rather than whatever the records happen to expose.
 */
public final class RfcJson {
  /** Bumped when a field changes meaning or goes away. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RfcJson() {}

  /** The document as pretty-printed JSON. */
  public static String write(RfcDocument doc) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT_VERSION);
    root.put("id", doc.id());
    root.put("title", doc.title());
    root.put("file", doc.file());
    ObjectNode counts = root.putObject("counts");
    doc.countsByKeyword().forEach((k, n) -> counts.put(k.text(), n));
    root.set("sections", section(doc.root()));
    ArrayNode reqs = root.putArray("requirements");
    for (Requirement r : doc.requirements()) {
      ObjectNode o = reqs.addObject();
      o.put("id", r.id());
      o.put("keyword", r.keyword().text());
      o.put("level", r.level().name());
      o.put("section", r.section());
      o.put("sentence", r.sentence());
      o.set("location", location(r.location()));
      o.set("keywordLocation", location(r.keywordLocation()));
    }
    ArrayNode warnings = root.putArray("warnings");
    for (Diagnostic d : doc.warnings()) {
      ObjectNode o = warnings.addObject();
      o.put("severity", d.severity().word());
      o.set("location", location(d.location()));
      o.put("message", d.message());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // Only plain nodes are written; failing here is a bug, not bad input.
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode section(Section s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("number", s.number());
    o.put("anchor", s.anchor());
    o.put("title", s.title());
    o.put("line", s.line());
    ArrayNode paragraphs = o.putArray("paragraphs");
    for (Paragraph p : s.paragraphs()) {
      ObjectNode po = paragraphs.addObject();
      po.put("text", p.text());
      po.put("line", p.location().line());
      po.put("column", p.location().column());
    }
    ArrayNode children = o.putArray("children");
    for (Section c : s.children()) {
      children.add(section(c));
    }
    return o;
  }

  private static ObjectNode location(SourceLocation at) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", at.file());
    o.put("line", at.line());
    o.put("column", at.column());
    if (at.length() > 0) {
      o.put("length", at.length());
    }
    return o;
  }
}
