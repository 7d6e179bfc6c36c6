package dev.vigor.engine.validate;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.readable.HeaderMismatch;
import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.ByteNames;
import dev.vigor.engine.specexec.ConcreteAgreement;
import dev.vigor.engine.specexec.ConcreteSpecInputs;
import dev.vigor.engine.specexec.ConcreteSpecInterpreter;
import dev.vigor.engine.specexec.ConcreteSpecResult;
import dev.vigor.engine.specexec.NfOutcome;
import dev.vigor.engine.specexec.ProgramLayouts;
import dev.vigor.engine.specexec.SpecExecutionException;
import dev.vigor.engine.specexec.SpecOutcome;
import dev.vigor.engine.specexec.StateShape;
import dev.vigor.engine.symex.SymbolicInputs;
import dev.vigor.engine.symex.Trace;
import dev.vigor.libvig.contract.Points;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confirms a candidate violation concretely: the model's packet, device, time and pre-state
 * entries are replayed through the concrete NF interpreter and the concrete spec interpreter, and
 * only a disagreement there (outcome, a failed spec assert, or an imported object's final state)
 * is a counterexample. Both sides start from the very same concrete tables: the spec's pre-state
 * is read back from the NF's objects once they are filled (a full table's filler entries
 * included), and the NF's final tables are compared with the spec's entry by entry.
 */
final class Replay {
  /** A confirmed counterexample, or why there is none. */
  record Outcome(Optional<Counterexample> counterexample, String reason) {}

  private final Program program;
  private final NfConfig config;
  private final Spec spec;
  private final Map<String, StateShape> shapes;
  private final ProgramLayouts layouts;
  private final StateObjects objects;
  private final SymbolicInputs in;

  Replay(Program program, NfConfig config, Spec spec, Map<String, StateShape> shapes,
      ProgramLayouts layouts, StateObjects objects, SymbolicInputs in) {
    this.program = program;
    this.config = config;
    this.spec = spec;
    this.shapes = shapes;
    this.layouts = layouts;
    this.objects = objects;
    this.in = in;
  }

  /** How the reason of a model whose pre-state breaks an object's precondition begins. */
  static final String UNLOADABLE = "the model's pre-state cannot be loaded concretely: ";

  Outcome confirm(Context ctx, Model m, Trace trace, BitVecExpr index, Map<String, Points> points) {
    ConcreteInput input;
    try {
      input = ModelStates.read(ctx, m, in, objects, points);
    } catch (IllegalStateException e) {
      return none(e.getMessage());
    }
    input = ModelStates.withHashes(m, input, trace);
    Map<String, Integer> hashes = new java.util.HashMap<>();
    input.hashes().forEach(h -> hashes.put(java.util.HexFormat.of().formatHex(h.data()), h.hash()));
    // open configuration values (config.NAME = any) at the model's choice: the replay runs the NF
    // and the spec with them, and the counterexample names them
    Map<String, Long> chosen = ConfigValues.chosen(ctx, m, program, config);
    NfConfig runConfig = config.withValues(chosen);
    ConcreteInterpreter nfRun = new ConcreteInterpreter(program, runConfig);
    try {
      nfRun.prepare(input);
    } catch (dev.vigor.libvig.concrete.PreconditionViolation e) {
      // Z3 may leave a pre-state value the trace never reads unconstrained (e.g. a vector slot
      // the NF writes first), out of the object's bounds: that input cannot be loaded, so the
      // disagreement stays unconfirmed (unknown), never a violation.
      return none(UNLOADABLE + e.getMessage());
    }
    Map<String, AbstractState> pre = states(nfRun.objectStates());
    ConcreteRun run = nfRun.process(input.device(), input.packet(), input.now());
    if (run.failed()) {
      return none("the NF hit " + run.failedCheck() + " at " + run.failedAt() + " on replay");
    }
    long v = run.verdict();
    NfOutcome<BigInteger> nf = v == -1 ? new NfOutcome.Drop<>() : v == -2 ? new NfOutcome.Flood<>()
        : new NfOutcome.Device<>(BigInteger.valueOf(v));
    // the index the replay's own allocation gave, as run --check binds it: the model's may be
    // another where the replay could not set up the model's state (a dchain on its own)
    int allocated = run.allocatedIndex() != null ? run.allocatedIndex()
        : ModelStates.num(m, index).intValue();
    ConcreteSpecInputs cin = new ConcreteSpecInputs(input.packet(), input.length(), input.device(),
        input.now(), allocated, input.now(), ConfigValues.numbers(program, runConfig),
        (int) program.deviceCount(), Optional.of(nf), pre, hashes);
    ConcreteSpecResult r;
    try {
      r = new ConcreteSpecInterpreter(spec, shapes, layouts).run(cin);
    } catch (SpecExecutionException e) {
      return none("the concrete spec run failed: " + e.getMessage());
    }
    if (!r.brokenSideConditions().isEmpty()) {
      return none("the spec's side condition broke concretely at " + r.brokenSideConditions().get(0).at());
    }
    String nfText = (v == -1 ? "drop" : v == -2 ? "flood" : "send on device " + v)
        + (v == -1 ? "" : sameBytes(run.output(), input.packet(), input.length())
            ? " (unchanged)" : " (packet rewritten)");
    List<String> steps = trace.steps().stream().map(s -> s.loc() + ": " + s.what()
        + (s.value() == null ? "" : " " + ModelStates.render(m, s.value()))).toList();
    Map<String, AbstractState> post = states(nfRun.objectStates());
    ReadableCounterexample readable = ReadableCounterexample.of(input, objects.objects, pre, post,
        r.finalStates(), mismatch(spec, input, r), steps).withConfiguration(chosen.entrySet().stream()
            .map(e -> e.getKey() + " = " + ConfigValues.show(program, e.getKey(), e.getValue()))
            .toList());
    if (r.failedAssert().isPresent()) {
      var a = r.failedAssert().get();
      return new Outcome(Optional.of(new Counterexample(input, nfText,
          "assert failed: " + SourceText.line(a.at(), spec).orElse(a.what()),
          String.valueOf(a.at()), steps, readable)), "");
    }
    if (r.outcome() instanceof SpecOutcome.Released<BigInteger>) {
      return none("the concrete spec run released the packet (pass)");
    }
    if (ConcreteAgreement.agrees(cin, r.outcome(), nf, run.output(), input.length())) {
      for (var e : r.finalStates().entrySet()) {
        AbstractState nfState = post.get(e.getKey());
        if (nfState != null && !nfState.equals(e.getValue())) {
          String obj = e.getKey();
          String line = String.valueOf(r.updatedAt().containsKey(obj) ? r.updatedAt().get(obj)
              : r.decidingLocation().map(String::valueOf).orElse("(end of spec)"));
          return new Outcome(Optional.of(new Counterexample(input,
              nfText + "; leaves " + obj + " " + StateDifference.describe(e.getValue(), nfState,
                  typeOf(obj), input.now()),
              describe(r.outcome()) + "; requires " + obj + " "
                  + StateDifference.describe(nfState, e.getValue(), typeOf(obj), input.now()),
              line, steps, readable)), "");
        }
      }
      return none("NF and spec agree concretely on the outcome (" + nfText
          + ") and on every imported object's final state" + leftTheTrace(trace, run));
    }
    String why = ConcreteAgreement.headerDifference(cin, r.outcome(), nf, run.output(), input.length())
        .map(x -> "; " + x).orElse("");
    return new Outcome(Optional.of(new Counterexample(input, nfText, describe(r.outcome()) + why,
        r.decidingLocation().map(String::valueOf).orElse("(end of spec)"), steps, readable)), "");
  }

  /**
   * When the spec's path ended in a {@code pop_header}'s on_mismatch: why the packet has no such
   * header (the last header-validity decision the path took the "no" way).
   */
  static Optional<String> mismatch(Spec spec, ConcreteInput input, ConcreteSpecResult r) {
    if (!(r.outcome() instanceof SpecOutcome.Sent<BigInteger> sent) || !sent.mismatch()) {
      return Optional.empty();
    }
    for (int i = r.decisions().size() - 1; i >= 0; i--) {
      var d = r.decisions().get(i);
      if (!d.taken()) {
        Optional<HeaderType> popped = PoppedHeaders.at(spec.body(), d.at());
        if (popped.isPresent()) {
          return HeaderMismatch.explain(input.packet(), input.length(), popped.get());
        }
      }
    }
    return Optional.empty();
  }

  /** The NF object the spec imports as {@code specName}. */
  private LibVigObject typeOf(String specName) {
    return objects.objects.get(objects.cNameBySpecName.get(specName));
  }

  /**
   * Where the replay left the trace's path, if it did, in words: then Z3's model held a state the
   * replay could not set up. Objects the validator does not model (a dchain outside an emap)
   * start empty in a replay, which is named as the likely cause.
   */
  private String leftTheTrace(Trace trace, ConcreteRun run) {
    List<dev.vigor.engine.exec.Decision> symbolic = trace.decisions();
    List<dev.vigor.engine.exec.Decision> concrete = run.decisions();
    for (int i = 0; i < Math.min(symbolic.size(), concrete.size()); i++) {
      dev.vigor.engine.exec.Decision s = symbolic.get(i);
      dev.vigor.engine.exec.Decision c = concrete.get(i);
      if (s.loc().equals(c.loc()) && s.condition().equals(c.condition()) && s.taken() == c.taken()) {
        continue;
      }
      String why = "; the replay left the trace at " + c.loc() + ", where `" + c.condition()
          + "` was " + c.taken() + (s.loc().equals(c.loc()) ? " (on the trace " + s.taken() + ")"
          : "");
      for (var o : program.objects()) {
        if (!objects.byCName.containsKey(o.name()) && c.condition().contains("(" + o.name())) {
          return why + ": the validator does not model " + o.name() + "'s state (a " + o.kind()
              .name().toLowerCase(java.util.Locale.ROOT) + " on its own), so a replay starts it"
              + " empty; an emap keeps keys, indices and time stamps together and is modelled";
        }
      }
      return why;
    }
    return "";
  }

  private static Outcome none(String why) {
    return new Outcome(Optional.empty(), why);
  }

  static String describe(SpecOutcome<BigInteger> o) {
    if (o instanceof SpecOutcome.Sent<BigInteger> s) {
      if (s.isDrop()) {
        return "drop";
      }
      String ports = s.ports() instanceof SpecOutcome.PortList<BigInteger> l
          ? "send on " + l.ports().stream().map(p -> p.map(String::valueOf).orElse("?")).toList()
          : "broadcast";
      return ports + (s.headers() instanceof SpecOutcome.Unchanged<BigInteger> ? " (unchanged)"
          : s.headers() instanceof SpecOutcome.Stack<BigInteger> st ? " with " + headers(st)
          : " with any headers");
    }
    if (o instanceof SpecOutcome.Unconstrained<BigInteger>) {
      return "any outcome";
    }
    return String.valueOf(o);
  }

  private static boolean sameBytes(byte[] a, byte[] b, int length) {
    return a != null && b != null
        && java.util.Arrays.equals(java.util.Arrays.copyOf(a, length), java.util.Arrays.copyOf(b, length));
  }

  /** Output headers as a spec writes them: {@code [ether(saddr=00:00:00:00:00:00, daddr=…)]}. */
  static String headers(SpecOutcome.Stack<BigInteger> stack) {
    List<String> out = new java.util.ArrayList<>();
    for (SpecOutcome.HeaderOut<BigInteger> h : stack.headers()) {
      List<String> fields = new java.util.ArrayList<>();
      for (String f : h.type().fields()) {
        if (h.fields().containsKey(f)) { // a left-out checksum stays as received: not shown
          fields.add(f + "=" + h.fields().get(f).map(x -> ByteNames.value(h.type(), f, x)).orElse("..."));
        }
      }
      out.add(h.type().specName() + "(" + String.join(", ", fields) + ")");
    }
    return out.toString();
  }

  /** The exported objects' abstract states, from the NF's concrete objects entry by entry. */
  private Map<String, AbstractState> states(List<ConcreteInput.ObjectState> concrete) {
    return ConcreteStates.byExportName(program, concrete);
  }
}
