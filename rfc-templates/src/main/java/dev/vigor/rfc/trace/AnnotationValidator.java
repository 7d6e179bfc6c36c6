package dev.vigor.rfc.trace;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@code # covers:} ids against imported documents. An id of a document that was imported
 * but names no requirement of it is an error at the id, with the closest existing id as a
 * suggestion; an id of a document that was not imported is a warning (it cannot be checked).
 */
public final class AnnotationValidator {
  private AnnotationValidator() {}

  public static List<Diagnostic> validate(List<CoversAnnotation> annotations, List<RfcDocument> docs) {
    Map<String, RfcDocument> byId = new HashMap<>();
    Set<String> known = new HashSet<>();
    for (RfcDocument d : docs) {
      byId.put(d.id(), d);
      d.requirements().forEach(r -> known.add(r.id()));
    }
    List<Diagnostic> out = new ArrayList<>();
    for (CoversAnnotation a : annotations) {
      String docId = a.requirementId().substring(0, a.requirementId().indexOf('#'));
      RfcDocument doc = byId.get(docId);
      if (doc == null) {
        out.add(
            Diagnostic.warning(
                a.location(),
                "'" + a.requirementId() + "' is not checked: " + docId + " was not imported"
                    + (docs.isEmpty() ? "" : " (imported: " + String.join(", ", byId.keySet()) + ")")));
        continue;
      }
      if (!known.contains(a.requirementId())) {
        Optional<String> close = closest(a.requirementId(), doc.requirements());
        out.add(
            Diagnostic.error(
                a.location(),
                "unknown requirement '" + a.requirementId() + "' in " + doc.id()
                    + close.map(c -> "; did you mean '" + c + "'?").orElse("")));
      }
    }
    return out;
  }

  /** The requirement id nearest in edit distance, if one is near enough to be a likely typo. */
  static Optional<String> closest(String id, List<Requirement> requirements) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Requirement r : requirements) {
      int d = distance(id, r.id(), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = r.id();
      }
    }
    int limit = Math.max(2, id.length() / 3);
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance, giving up (returning {@code cap}) once every path is at least {@code cap}. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], cap);
  }
}
