package dev.vigor.app.cex;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.validate.Counterexample;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inspector shows of one counterexample, whether it comes from a run that just ended or
 * from a saved run file: the input, both outcomes, the deciding spec line and the C steps.
 *
 * @param specLine {@code file:line:col} of the spec statement that decided, or a phrase when none
 * @param steps the linear C trace, each {@code file:line:col: what ran}
 * @param preState one line per libVig pre-state entry, {@code object: entry}
 */
public record CounterexampleModel(int device, long now, byte[] packet, List<String> preState,
    String nfOutcome, String specOutcome, String specLine, List<String> steps) {
  public CounterexampleModel {
    packet = packet.clone();
    preState = List.copyOf(preState);
    steps = List.copyOf(steps);
  }

  @Override
  public byte[] packet() {
    return packet.clone();
  }

  /** The inspector's view of an engine counterexample. */
  public static CounterexampleModel of(Counterexample c) {
    ConcreteInput in = c.input();
    List<String> state = new ArrayList<>();
    for (ConcreteInput.ObjectState o : in.objects()) {
      o.entries().forEach(e -> state.add(o.object() + ": " + e));
    }
    return new CounterexampleModel(in.device(), in.now(), in.packet(), state, c.nfOutcome(),
        c.specOutcome(), c.specLine(), c.cSteps());
  }

  /** Whether it is against an init spec: nf_init's run, with no device (-1) and no packet. */
  public boolean beforeInit() {
    return device < 0;
  }

  /** Whether the NF's outcome and the spec's are worded alike (then the difference is in state). */
  public boolean outcomesAgree() {
    return nfOutcome.equals(specOutcome);
  }
}
