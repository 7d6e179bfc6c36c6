package dev.vigor.engine.layers;

import dev.vigor.engine.validate.Verdict;
import java.util.List;

/**
 * What verifying one stack layer found: its paths (every run of its harness through its code and
 * models), the checks that failed or stayed undecided (each once, at its first path), the bounds
 * it was verified at (small-scope sizes, e.g. {@code IO_BURST=3}) and how long it took.
 */
public record LayerResult(String layer, int paths, List<LayerFinding> findings,
    List<String> bounds, long millis) {
  public LayerResult {
    findings = List.copyOf(findings);
    bounds = List.copyOf(bounds);
  }

  /** Violated when a check fails, unknown when one is undecided or no path ran, else proved. */
  public Verdict verdict() {
    if (findings.stream().anyMatch(LayerFinding::failed)) {
      return Verdict.VIOLATED;
    }
    return findings.isEmpty() && paths > 0 ? Verdict.PROVED : Verdict.UNKNOWN;
  }
}
