package dev.vigor.app.cex;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.readable.ObjectEntries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the inspector shows of one counterexample, whether it comes from a run that just ended or
 * from a saved run file: the input, both outcomes, the deciding spec line and the C steps, raw,
 * and the engine's {@link ReadableCounterexample} (typed values, times relative to now, headers,
 * state before and after, folded steps) that the inspector shows.
 *
 * @param specLine {@code file:line:col} of the spec statement that decided, or a phrase when none
 * @param steps the linear C trace, each {@code file:line:col: what ran}
 * @param preState one line per libVig pre-state entry, {@code object: entry}
 * @param input the engine's input (packet and pre-state tables entry by entry), what a replay on
 *     the binary needs; null for a run file saved before run files kept it
 */
public record CounterexampleModel(int device, long now, byte[] packet, List<String> preState,
    String nfOutcome, String specOutcome, String specLine, List<String> steps,
    ReadableCounterexample readable, ConcreteInput input) {
  public CounterexampleModel {
    packet = packet.clone();
    preState = List.copyOf(preState);
    steps = List.copyOf(steps);
    if (readable == null) {
      readable = untyped(device, now, packet, preState, steps);
    }
  }

  /**
   * For a run file from before readable counterexamples: the packet decoded and the steps folded,
   * the pre-state entries as they were saved (raw, without their C types), by object.
   */
  private static ReadableCounterexample untyped(int device, long now, byte[] packet,
      List<String> preState, List<String> steps) {
    ReadableCounterexample r = ReadableCounterexample.untyped(new ConcreteInput(device, packet,
        packet.length, now, List.of(), List.of()), steps);
    Map<String, List<String>> byObject = new LinkedHashMap<>();
    for (String line : preState) {
      int colon = line.indexOf(": ");
      String object = colon < 0 ? "state" : line.substring(0, colon);
      byObject.computeIfAbsent(object, k -> new ArrayList<>()).add(line.substring(colon + 2));
    }
    List<ObjectEntries> before = byObject.entrySet().stream()
        .map(e -> new ObjectEntries(e.getKey(), "saved without its C types", e.getValue())).toList();
    return new ReadableCounterexample(r.device(), r.length(), r.now(), r.nowText(), r.packetHex(),
        r.headers(), r.payloadStart(), before, r.nfAfter(), r.specAfter(), r.mismatch(), r.trace());
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
        c.specOutcome(), c.specLine(), c.cSteps(), c.readable(), in);
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
