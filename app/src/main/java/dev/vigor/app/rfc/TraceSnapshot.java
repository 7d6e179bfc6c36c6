package dev.vigor.app.rfc;

import dev.vigor.rfc.trace.Coverage;
import dev.vigor.rfc.trace.Verdict;
import java.util.List;
import java.util.Map;

/**
 * What the NF's properties say about one RFC at one moment: coverage of its MUST and SHOULD
 * requirements, which properties cover each requirement (any level), the last verdict of each
 * property, where those verdicts came from, and problems met on the way (bad annotations, an
 * unreadable run file) as file:line:col lines.
 */
public record TraceSnapshot(
    Coverage coverage,
    Map<String, List<String>> propertiesByRequirement,
    Map<String, Verdict> verdicts,
    String verdictSource,
    List<String> problems) {

  public TraceSnapshot {
    propertiesByRequirement = Map.copyOf(propertiesByRequirement);
    verdicts = Map.copyOf(verdicts);
    problems = List.copyOf(problems);
  }

  /** The properties whose {@code # covers:} names the requirement, in file order. */
  public List<String> propertiesCovering(String requirementId) {
    return propertiesByRequirement.getOrDefault(requirementId, List.of());
  }

  /** The property's last verdict, or not run. */
  public Verdict verdictOf(String property) {
    return verdicts.getOrDefault(property, Verdict.NOT_RUN);
  }
}
