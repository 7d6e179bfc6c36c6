package dev.vigor.engine.concrete;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.Decision;
import dev.vigor.engine.exec.LowLevelCheck;
import java.util.List;

/**
 * What one concrete nf_process run did: every branch and libVig outcome in order, either the
 * verdict and output packet or the low-level failure it hit, and the index the run's first
 * {@code emap_add} returned (null without one): a spec's {@code the_index_allocated}.
 */
public record ConcreteRun(
    List<Decision> decisions, Long verdict, byte[] output, LowLevelCheck failedCheck,
    SourceLocation failedAt, String failure, Integer allocatedIndex) {
  public ConcreteRun {
    decisions = List.copyOf(decisions);
    output = output == null ? null : output.clone();
  }

  public boolean failed() {
    return failedCheck != null;
  }

  /** The branch decisions only (conditions and libVig outcomes, with locations) as text. */
  public List<String> path() {
    return decisions.stream().map(Decision::toString).toList();
  }
}
