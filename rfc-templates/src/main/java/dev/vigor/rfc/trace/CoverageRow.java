package dev.vigor.rfc.trace;

import dev.vigor.rfc.model.Requirement;
import java.util.List;

/** One MUST- or SHOULD-family requirement, the properties that cover it, and its status. */
public record CoverageRow(Requirement requirement, List<String> properties, RequirementStatus status) {
  public CoverageRow {
    properties = List.copyOf(properties);
  }

  public boolean covered() {
    return status != RequirementStatus.NOT_COVERED;
  }
}
