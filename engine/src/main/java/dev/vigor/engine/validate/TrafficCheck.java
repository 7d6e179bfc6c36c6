package dev.vigor.engine.validate;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.ConcreteAgreement;
import dev.vigor.engine.specexec.ConcreteSpecInputs;
import dev.vigor.engine.specexec.ConcreteSpecInterpreter;
import dev.vigor.engine.specexec.ConcreteSpecResult;
import dev.vigor.engine.specexec.NfOutcome;
import dev.vigor.engine.specexec.ProgramLayouts;
import dev.vigor.engine.specexec.SpecExecutionException;
import dev.vigor.engine.specexec.SpecOutcome;
import dev.vigor.engine.specexec.StateShape;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, packet by packet, what a built NF binary did against the spec's concrete interpreter
 * (the one {@link Replay} confirms counterexamples with), starting from the tables nf_init built.
 * The tables are kept by the engine's concrete interpreter running the same C on the same packets
 * with the Java libVig (which behaves as the C libVig, differentially tested); its verdict and
 * output must equal the binary's, so the spec is asked about the state the binary holds. The
 * spec must allow the binary's verdict and output bytes, and its final tables must equal the
 * NF's, entry by entry, exactly as replay requires.
 */
public final class TrafficCheck {
  /** What kind of disagreement a packet showed. */
  public enum Kind {
    /** The spec does not allow what the binary did. */
    SPEC,
    /** The binary and the engine's concrete interpreter of the same C did different things. */
    BINARY_VS_INTERPRETER,
    /** The engine's concrete run of the NF hit a low-level failure (the binary did not stop). */
    NF_FAILURE
  }

  /**
   * The first disagreement: its kind, a counterexample in verify's form, one line on it, and how
   * many table entries before the packet the counterexample leaves out ({@link RelevantEntries}).
   */
  public record Disagreement(Kind kind, Counterexample counterexample, String summary,
      int hiddenEntries) {
    Disagreement(Kind kind, Counterexample counterexample, String summary) {
      this(kind, counterexample, summary, 0);
    }
  }

  private final Program program;
  private final Spec spec;
  private final Map<String, StateShape> shapes;
  private final ProgramLayouts layouts;
  private final Map<String, BigInteger> configNumbers;
  private final Map<String, LibVigObject> objectsByCName = new LinkedHashMap<>();
  private final Map<String, LibVigObject> objectsBySpecName = new LinkedHashMap<>();
  private final ConcreteInterpreter nf;
  private final ConcreteSpecInterpreter specRun;
  private final FollowedTables tables;

  /**
   * Runs nf_init concretely; an IllegalStateException when it fails (the binary would refuse to
   * start as well).
   */
  public TrafficCheck(Program program, NfConfig config, Spec spec) {
    this.program = program;
    this.spec = spec;
    this.layouts = new ProgramLayouts(program);
    this.shapes = layouts.shapes(spec);
    this.configNumbers = ConfigValues.numbers(program, config);
    for (LibVigObject o : program.objects()) {
      objectsByCName.put(o.name(), o);
      if (o.exportName() != null) {
        objectsBySpecName.put(o.exportName(), o);
      }
    }
    this.specRun = new ConcreteSpecInterpreter(spec, shapes, layouts);
    this.nf = new ConcreteInterpreter(program, config);
    if (!nf.init()) {
      throw new IllegalStateException("nf_init returned false when run by the engine");
    }
    tables = new FollowedTables(program, nf);
  }

  /**
   * One packet as the binary processed it: its device, time, bytes as received, the verdict
   * (a device, -1 drop, -2 flood) and the buffer as nf_process left it. Empty when the spec
   * allows it.
   */
  public Optional<Disagreement> step(int device, long now, byte[] in, int verdict, byte[] out) {
    Map<String, AbstractState> preByCName = tables.startPacket();
    Map<String, AbstractState> pre = tables.exported(preByCName);
    // the tables listed entry by entry only for a counterexample: a walk of every entry per
    // packet would cost more than the packet
    java.util.function.Supplier<List<ConcreteInput.ObjectState>> preTablesOnce =
        new java.util.function.Supplier<>() {
          private List<ConcreteInput.ObjectState> listed;

          @Override
          public List<ConcreteInput.ObjectState> get() {
            if (listed == null) {
              listed = tables.objectStates(preByCName);
            }
            return listed;
          }
        };
    java.util.function.Supplier<ConcreteInput> input = () -> new ConcreteInput(device, in,
        in.length, now, preTablesOnce.get(), List.of());
    ConcreteRun run = nf.process(device, in, now);
    // the C path as text, for a counterexample only (building it per packet costs)
    List<String> steps = new java.util.AbstractList<>() {
      private List<String> text;

      @Override
      public String get(int i) {
        return text().get(i);
      }

      @Override
      public int size() {
        return text().size();
      }

      private List<String> text() {
        if (text == null) {
          text = run.path();
        }
        return text;
      }
    };
    if (run.failed()) {
      return Optional.of(new Disagreement(Kind.NF_FAILURE, new Counterexample(input.get(),
          verdictText(verdict, in, out) + " (the binary)", "the engine's run of the same C hit "
              + run.failedCheck() + ": " + run.failure(), String.valueOf(run.failedAt()), steps,
          ReadableCounterexample.untyped(input.get(), steps)),
          "the engine's concrete run of the NF failed a low-level check the binary did not"));
    }
    Map<String, AbstractState> post = tables.exported(tables.endPacket());
    if (run.verdict() != verdict || !Arrays.equals(run.output(), out)) {
      return Optional.of(new Disagreement(Kind.BINARY_VS_INTERPRETER, new Counterexample(input.get(),
          verdictText(verdict, in, out) + " (the binary)",
          verdictText(run.verdict().intValue(), in, run.output())
              + " (the engine's concrete run of the same C)", "(the NF's C)", steps,
          ReadableCounterexample.untyped(input.get(), steps)),
          "the binary and the engine's concrete interpreter of the same C disagree"));
    }
    NfOutcome<BigInteger> outcome = verdict == -1 ? new NfOutcome.Drop<>()
        : verdict == -2 ? new NfOutcome.Flood<>() : new NfOutcome.Device<>(BigInteger.valueOf(verdict));
    ConcreteSpecInputs cin = new ConcreteSpecInputs(in, in.length, device, now,
        // the index the NF's first emap_add returned, as the symbolic validator binds it (an
        // entry that expired and came back with its key at its index shows no new key)
        run.allocatedIndex() != null ? run.allocatedIndex() : 0, now, configNumbers, (int) program.deviceCount(),
        Optional.of(outcome), pre);
    ConcreteSpecResult r;
    try {
      r = specRun.run(cin);
    } catch (SpecExecutionException e) {
      return Optional.of(new Disagreement(Kind.SPEC, new Counterexample(input.get(),
          verdictText(verdict, in, out), "the spec could not run: " + e.getMessage(),
          "(spec)", steps), "the concrete spec run failed"));
    }
    String nfText = verdictText(verdict, in, out);
    // what a counterexample shows costs walks of every table: built only for a disagreement
    Map<String, String> exported = new LinkedHashMap<>();
    objectsBySpecName.forEach((specName, o) -> exported.put(o.name(), specName));
    java.util.function.Supplier<ConcreteInput> shown = () -> new ConcreteInput(device, in,
        in.length, now, RelevantEntries.of(preTablesOnce.get(), exported, in, pre,
            List.of(post, r.finalStates())), List.of());
    java.util.function.Supplier<ReadableCounterexample> readable = () -> ReadableCounterexample.of(
        shown.get(), objectsByCName, pre, post, r.finalStates(), Replay.mismatch(spec, input.get(), r),
        steps);
    java.util.function.IntSupplier hidden = () -> RelevantEntries.hidden(preTablesOnce.get(),
        shown.get().objects());
    if (r.failedAssert().isPresent()) {
      var a = r.failedAssert().get();
      return spec(hidden, new Counterexample(shown.get(), nfText, "assert failed: "
          + SourceText.line(a.at(), spec).orElse(a.what()), String.valueOf(a.at()), steps,
          readable.get()));
    }
    if (!r.brokenSideConditions().isEmpty()) {
      var b = r.brokenSideConditions().get(0);
      return spec(hidden, new Counterexample(shown.get(), nfText, "a side condition of the spec broke",
          String.valueOf(b.at()), steps, readable.get()));
    }
    if (r.outcome() instanceof SpecOutcome.Released<BigInteger>) {
      return Optional.empty(); // the spec says nothing about this packet
    }
    if (!ConcreteAgreement.agrees(cin, r.outcome(), outcome, out, in.length)) {
      String why = ConcreteAgreement.headerDifference(cin, r.outcome(), outcome, out, in.length)
          .map(x -> "; " + x).orElse("");
      return spec(hidden, new Counterexample(shown.get(), nfText, Replay.describe(r.outcome()) + why,
          r.decidingLocation().map(String::valueOf).orElse("(end of spec)"), steps,
          readable.get()));
    }
    for (var e : r.finalStates().entrySet()) {
      AbstractState nfState = post.get(e.getKey());
      AbstractState before = pre.get(e.getKey());
      if (nfState != null && !(before == null ? nfState.equals(e.getValue())
          : AbstractState.sameAfter(before, nfState, e.getValue()))) {
        String obj = e.getKey();
        LibVigObject type = objectsBySpecName.get(obj);
        String line = String.valueOf(r.updatedAt().containsKey(obj) ? r.updatedAt().get(obj)
            : r.decidingLocation().map(String::valueOf).orElse("(end of spec)"));
        return spec(hidden, new Counterexample(shown.get(), nfText + "; leaves " + obj + " "
            + StateDifference.describe(e.getValue(), nfState, type, now),
            Replay.describe(r.outcome()) + "; requires " + obj + " "
                + StateDifference.describe(nfState, e.getValue(), type, now),
            line, steps, readable.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Disagreement> spec(java.util.function.IntSupplier hidden,
      Counterexample c) {
    return Optional.of(new Disagreement(Kind.SPEC, c, "the spec does not allow what the binary did",
        hidden.getAsInt()));
  }

  private static String verdictText(long v, byte[] in, byte[] out) {
    return v == -1 ? "drop" : (v == -2 ? "flood" : "send on device " + v)
        + (Arrays.equals(in, out) ? " (unchanged)" : " (packet rewritten)");
  }
}
