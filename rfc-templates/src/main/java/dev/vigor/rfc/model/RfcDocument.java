package dev.vigor.rfc.model;

import dev.vigor.engine.diag.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An imported RFC or Internet-Draft: its id ({@code rfc3022}, or the draft name without its
 * revision), title, the file it came from, the section tree (a root holding every heading), the
 * requirement sentences in document order, and the warnings of a best-effort import.
 */
public record RfcDocument(
    String id,
    String title,
    String file,
    Section root,
    List<Requirement> requirements,
    List<Diagnostic> warnings) {

  public RfcDocument {
    if (id == null || title == null || file == null || root == null) {
      throw new IllegalArgumentException("incomplete document");
    }
    requirements = List.copyOf(requirements);
    warnings = List.copyOf(warnings);
  }

  /** The requirement with this id, if the document has it. */
  public Optional<Requirement> requirement(String requirementId) {
    return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
  }

  /** How many requirements use each keyword, in keyword order, keywords with none left out. */
  public Map<Keyword, Integer> countsByKeyword() {
    Map<Keyword, Integer> counts = new LinkedHashMap<>();
    for (Keyword k : Keyword.values()) {
      int n = (int) requirements.stream().filter(r -> r.keyword() == k).count();
      if (n > 0) {
        counts.put(k, n);
      }
    }
    return counts;
  }
}
