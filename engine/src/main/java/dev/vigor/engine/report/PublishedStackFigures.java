package dev.vigor.engine.report;

import java.util.Map;
import java.util.Optional;

/**
 * What verifying the rest of the stack (DPDK, the ixgbe driver, libC and NFOS) added to each NF's
 * verification in Vigor, exactly as printed in the "with rest of stack" columns of Table 3 of the
 * SOSP'19 paper: symbolic execution time and traces.
 */
public record PublishedStackFigures(String paperName, String symbolicExecution, String traces) {
  private static final Map<String, PublishedStackFigures> BY_NF = Map.of(
      "bridge", new PublishedStackFigures("VigBr", "+10 min", "+542"),
      "firewall", new PublishedStackFigures("VigFw", "+7 min", "+326"),
      "nat", new PublishedStackFigures("VigNAT", "+8 min", "+434"),
      "lb", new PublishedStackFigures("VigLB", "+26 min", "+1,190"),
      "policer", new PublishedStackFigures("VigPol", "+6 min", "+272"));

  /** The paper's figures for a catalog NF, if the paper has a row for it. */
  public static Optional<PublishedStackFigures> forNf(String nfName) {
    return Optional.ofNullable(BY_NF.get(nfName));
  }
}
