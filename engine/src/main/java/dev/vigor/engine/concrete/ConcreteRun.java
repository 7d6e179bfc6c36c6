package dev.vigor.engine.concrete;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.Decision;
import dev.vigor.engine.exec.LowLevelCheck;
import java.util.List;

/**
 * What one concrete nf_process run did: every branch and libVig outcome in order, either the
 * verdict and output packet or the low-level failure it hit, and the index its allocator gave
 * out (null without one): a spec's {@code the_index_allocated}.
 */
public record ConcreteRun(
    List<Decision> decisions, Long verdict, byte[] output, LowLevelCheck failedCheck,
    SourceLocation failedAt, String failure, Integer allocatedIndex) {
  /**
   * The calls whose index result is the_index_allocated, by priority: the first emap_add of a
   * run, else its first dchain_allocate.
   */
  public static final List<String> ALLOCATORS = List.of("emap_add", "dchain_allocate");

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
