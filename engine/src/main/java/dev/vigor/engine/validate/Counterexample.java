package dev.vigor.engine.validate;

import dev.vigor.engine.exec.ConcreteInput;
import java.util.List;

/**
 * A replay-confirmed disagreement: the concrete input (packet, device, time, pre-state entries),
 * what the NF did and what the spec says, the deciding spec line, and the trace's C steps.
 */
public record Counterexample(ConcreteInput input, String nfOutcome, String specOutcome,
    String specLine, List<String> cSteps) {
  public Counterexample {
    cSteps = List.copyOf(cSteps);
  }

  /** A multi-line human-readable rendering. */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append("    input: ").append(input.summary()).append('\n');
    b.append("    NF:    ").append(nfOutcome).append('\n');
    b.append("    spec:  ").append(specOutcome).append(" (decided at ").append(specLine).append(")\n");
    b.append("    C trace:\n");
    cSteps.forEach(s -> b.append("      ").append(s).append('\n'));
    return b.toString();
  }
}
