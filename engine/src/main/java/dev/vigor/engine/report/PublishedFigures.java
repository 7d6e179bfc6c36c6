package dev.vigor.engine.report;

import java.util.Map;
import java.util.Optional;

/**
 * Vigor's published verification figures for the NF-only scenario, exactly as printed in Table 3
 * of the SOSP'19 paper ("Verifying Software Network Functions with No Verification Expertise"),
 * keyed by the catalog NF they correspond to.
 */
public record PublishedFigures(String paperName, String symbolicExecution, String traces,
    String perTraceValidation) {

  private static final Map<String, PublishedFigures> BY_NF = Map.of(
      "bridge", new PublishedFigures("VigBr", "7 sec", "69", "80 sec"),
      "firewall", new PublishedFigures("VigFw", "6 sec", "43", "88 sec"),
      "nat", new PublishedFigures("VigNAT", "7 sec", "54", "88 sec"),
      "lb", new PublishedFigures("VigLB", "23 sec", "146", "219 sec"),
      "policer", new PublishedFigures("VigPol", "14 sec", "37", "82 sec"));

  /** The paper's row for a catalog NF, if the paper has one. */
  public static Optional<PublishedFigures> forNf(String nfName) {
    return Optional.ofNullable(BY_NF.get(nfName));
  }
}
