package dev.vigor.rfc.trace;

import dev.vigor.rfc.model.Level;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far an NF's properties cover the MUST- and SHOULD-family requirements of some documents. A
 * requirement is proved when every property covering it is proved (each may cover only a part of
 * it); violated when any is violated; otherwise unknown, then not run, in that order.
 */
public record Coverage(List<CoverageRow> rows, List<LevelTotals> totals) {
  public Coverage {
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }

  /**
   * Computes coverage from annotations and last verdicts ({@code property → verdict}; a property
   * missing from the map has not run).
   */
  public static Coverage compute(
      List<RfcDocument> docs, List<CoversAnnotation> annotations, Map<String, Verdict> verdicts) {
    Map<String, Set<String>> coveredBy = new LinkedHashMap<>();
    for (CoversAnnotation a : annotations) {
      coveredBy.computeIfAbsent(a.requirementId(), k -> new LinkedHashSet<>()).add(a.property());
    }
    List<CoverageRow> rows = new ArrayList<>();
    for (RfcDocument doc : docs) {
      for (Requirement r : doc.requirements()) {
        if (!r.level().isTracked()) {
          continue;
        }
        List<String> props = new ArrayList<>(coveredBy.getOrDefault(r.id(), Set.of()));
        rows.add(new CoverageRow(r, props, status(props, verdicts)));
      }
    }
    List<LevelTotals> totals = new ArrayList<>();
    for (Level level : Level.values()) {
      if (!level.isTracked()) {
        continue;
      }
      int total = 0;
      int covered = 0;
      int proved = 0;
      for (CoverageRow row : rows) {
        if (row.requirement().level() == level) {
          total++;
          covered += row.covered() ? 1 : 0;
          proved += row.status() == RequirementStatus.PROVED ? 1 : 0;
        }
      }
      totals.add(new LevelTotals(level, total, covered, proved));
    }
    return new Coverage(rows, totals);
  }

  private static RequirementStatus status(List<String> props, Map<String, Verdict> verdicts) {
    if (props.isEmpty()) {
      return RequirementStatus.NOT_COVERED;
    }
    boolean violated = false;
    boolean unknown = false;
    boolean notRun = false;
    for (String p : props) {
      Verdict v = verdicts.getOrDefault(p, Verdict.NOT_RUN);
      violated |= v == Verdict.VIOLATED;
      unknown |= v == Verdict.UNKNOWN;
      notRun |= v == Verdict.NOT_RUN;
    }
    if (violated) {
      return RequirementStatus.VIOLATED;
    }
    if (unknown) {
      return RequirementStatus.UNKNOWN;
    }
    return notRun ? RequirementStatus.NOT_RUN : RequirementStatus.PROVED;
  }
}
