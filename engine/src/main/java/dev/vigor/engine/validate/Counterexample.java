package dev.vigor.engine.validate;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.readable.ReadableCounterexample;
import java.util.List;

/**
 * A replay-confirmed disagreement: the concrete input (packet, device, time, pre-state entries),
 * what the NF did and what the spec says, the deciding spec line, the trace's C steps, and all of
 * it in the user's terms ({@link ReadableCounterexample}: typed values, times relative to now).
 */
public record Counterexample(ConcreteInput input, String nfOutcome, String specOutcome,
    String specLine, List<String> cSteps, ReadableCounterexample readable) {
  public Counterexample {
    cSteps = List.copyOf(cSteps);
    if (readable == null) {
      readable = ReadableCounterexample.untyped(input, cSteps);
    }
  }

  /** A counterexample whose values are shown without the NF's C types (in hex). */
  public Counterexample(ConcreteInput input, String nfOutcome, String specOutcome,
      String specLine, List<String> cSteps) {
    this(input, nfOutcome, specOutcome, specLine, cSteps, null);
  }

  /**
   * Where the deciding spec line is, when {@link #specLine()} names one (it may instead say
   * {@code (end of spec)}): what an editor marks.
   */
  public java.util.Optional<dev.vigor.engine.diag.SourceLocation> specLocation() {
    return dev.vigor.engine.diag.SourceLocation.parse(specLine);
  }

  /** A multi-line human-readable rendering, helper steps of the C trace folded. */
  public String render() {
    return render(false);
  }

  /** A multi-line human-readable rendering; {@code fullTrace} unfolds the helpers' steps. */
  public String render(boolean fullTrace) {
    StringBuilder b = new StringBuilder();
    boolean init = input.isBeforeInit();
    if (init) {
      // no packet, no state before it: nf_init starts from empty tables
      b.append("    input: ").append(input.summary()).append('\n');
    } else {
      readable.inputLines().forEach(l -> b.append("    ").append(l).append('\n'));
      readable.beforeLines().forEach(l -> b.append("    ").append(l).append('\n'));
    }
    b.append("    NF:    ").append(nfOutcome).append('\n');
    b.append("    spec:  ").append(specOutcome).append(" (decided at ").append(specLine).append(")\n");
    if (!readable.mismatch().isEmpty()) {
      b.append("    why:   ").append(readable.mismatch()).append('\n');
    }
    if (!init) {
      readable.afterLines().forEach(l -> b.append("    ").append(l).append('\n'));
    }
    readable.traceLines(fullTrace).forEach(l -> b.append("    ").append(l).append('\n'));
    return b.toString();
  }
}
