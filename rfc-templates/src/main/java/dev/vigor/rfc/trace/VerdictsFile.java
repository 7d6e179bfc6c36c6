package dev.vigor.rfc.trace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object mapping property names to their last verdict, e.g.
 * {@code {"nat_translate": "PROVED", "nat_drop": "not run"}}. A stop-gap input until the verifier's
 * results model lands; then coverage will read results files directly.
 */
public final class VerdictsFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VerdictsFile() {}

  public static Map<String, Verdict> read(Path file) throws DiagnosticException {
    String name = file.toString();
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int col = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(name, line, col), "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(name, 1, 1), "cannot read: " + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new DiagnosticException(
          Diagnostic.error(
              SourceLocation.of(name, 1, 1),
              "expected a JSON object mapping property names to verdicts"));
    }
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    List<Diagnostic> errors = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String text = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
      Verdict v = Verdict.parse(text).orElse(null);
      if (v == null) {
        errors.add(
            Diagnostic.error(
                SourceLocation.of(name, 1, 1),
                "property '" + e.getKey() + "': '" + text
                    + "' is not a verdict (PROVED, VIOLATED, UNKNOWN or NOT_RUN)"));
      } else {
        verdicts.put(e.getKey(), v);
      }
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    return verdicts;
  }
}
