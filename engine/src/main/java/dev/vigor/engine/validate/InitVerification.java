package dev.vigor.engine.validate;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.ConcreteSpecInputs;
import dev.vigor.engine.specexec.ConcreteSpecInterpreter;
import dev.vigor.engine.specexec.ConcreteSpecResult;
import dev.vigor.engine.specexec.Located;
import dev.vigor.engine.specexec.ProgramLayouts;
import dev.vigor.engine.specexec.SpecExecutionException;
import dev.vigor.engine.specexec.SpecOutcome;
import dev.vigor.engine.specexec.StateShape;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies nf_init against an init spec. nf_init has no inputs but the configuration, so it is
 * run concretely, once, on empty objects; the init spec is run concretely from the same empty
 * objects; each object the spec imports must then hold exactly the same entries on both sides
 * (the equality final states are compared with after a packet). nf_init returning false or
 * failing a low-level check is a violation too. Emap indices are the allocator's choice
 * ({@link InitIndexAllocation}).
 */
public final class InitVerification {
  private final Program program;
  private final NfConfig config;

  /** Verifies the NF {@code program}, configured by {@code config} (its nf.properties). */
  public InitVerification(Program program, NfConfig config) {
    this.program = program;
    this.config = config;
  }

  /**
   * Checks the init spec in {@code file} against the NF in {@code nfDir} and verifies nf_init
   * against it, telling {@code observer} as a one-trace spec: its checker messages when it is
   * malformed, else the one result.
   */
  public static Verification.SpecResult result(Path nfDir, LoadedNf nf, Path file,
      VerificationObserver observer) throws IOException {
    return result(nfDir, nf, file, observer, dev.vigor.engine.spec.SpecSources.disk());
  }

  /** As {@link #result(Path, LoadedNf, Path, VerificationObserver)}, reading through sources. */
  public static Verification.SpecResult result(Path nfDir, LoadedNf nf, Path file,
      VerificationObserver observer, dev.vigor.engine.spec.SpecSources sources)
      throws IOException {
    SpecCheckResult checked = Verification.check(nfDir, nf, file, sources);
    if (checked.spec().isEmpty() || checked.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Verification.SpecResult(file, checked.diagnostics(), List.of(), 0,
          checked.hashes());
    }
    observer.traceStarted(file, TraceResult.NF_INIT);
    TraceResult t = new InitVerification(nf.program(), NfConfig.load(nfDir))
        .verify(checked.spec().get());
    observer.traceDone(file, t);
    return new Verification.SpecResult(file, List.of(), List.of(t), t.millis(), checked.hashes());
  }

  /** nf_init against the checked init spec {@code spec}: one result, {@link TraceResult#NF_INIT}. */
  public TraceResult verify(Spec spec) {
    long t0 = System.nanoTime();
    TraceResult.Builder b = new TraceResult.Builder(TraceResult.NF_INIT);
    check(spec, b);
    return b.build(System.nanoTime() - t0);
  }

  private void check(Spec spec, TraceResult.Builder b) {
    ConcreteInterpreter nf = new ConcreteInterpreter(program, config);
    Map<String, AbstractState> empty = ConcreteStates.byExportName(program, nf.objectStates());
    ConcreteInterpreter.InitRun run = nf.initRun();
    String whole = "nf_init succeeds and builds the tables " + spec.file().getFileName() + " states";
    String start = SourceLocation.of(spec.file().toString(), 1, 1).toString();
    if (run.failed()) {
      b.violated(new Counterexample(ConcreteInput.beforeInit(),
          "nf_init fails a low-level check: " + run.failure(), whole, start, run.steps()));
      return;
    }
    if (!run.succeeded()) {
      b.violated(new Counterexample(ConcreteInput.beforeInit(),
          "nf_init returns false: the NF does not start", whole, start, run.steps()));
      return;
    }
    Map<String, AbstractState> built = ConcreteStates.byExportName(program, nf.objectStates());
    Map<String, StateShape> shapes;
    try {
      shapes = new ProgramLayouts(program).shapes(spec);
    } catch (SpecExecutionException e) {
      b.unknown(e.getMessage());
      return;
    }
    Map<String, AbstractState> before = new HashMap<>();
    for (String object : spec.stateObjects().keySet()) {
      AbstractState s = empty.get(object);
      if (s == null) {
        b.unknown(object + " is not an emap, vector or map of the NF; its contents cannot be compared");
        return;
      }
      before.put(object, s);
    }
    InitIndexAllocation allocation = InitIndexAllocation.of(spec);
    ConcreteSpecInterpreter interpreter =
        new ConcreteSpecInterpreter(allocation.spec(), shapes, new ProgramLayouts(program));
    Updates updates = new Updates();
    ConcreteSpecResult r;
    try {
      r = interpreter.run(inputs(allocation.provisional(), before), updates::add);
      // the second run gives each add the NF's index for its key (a meaningless first run is
      // reported as it is)
      if (allocation.any() && r.brokenSideConditions().isEmpty()) {
        updates = new Updates();
        r = interpreter.run(inputs(allocation.matching(r.finalStates(), built), before),
            updates::add);
      }
    } catch (SpecExecutionException e) {
      b.unknown("the init spec cannot be run: " + e.getMessage());
      return;
    }
    if (!meaningful(r, b)) {
      return;
    }
    if (r.failedAssert().isPresent()) {
      Located<Boolean> a = r.failedAssert().get();
      b.violated(new Counterexample(ConcreteInput.beforeInit(), "nf_init returns true",
          "assert failed: " + SourceText.line(a.at(), spec).orElse(a.what()), String.valueOf(a.at()),
          run.steps()));
      return;
    }
    if (r.outcome() instanceof SpecOutcome.Released<BigInteger>) {
      return; // pass: nothing is required
    }
    for (Map.Entry<String, Spec.StateObject> o : spec.stateObjects().entrySet()) {
      String object = o.getKey();
      AbstractState theirs = built.get(object);
      AbstractState required = r.finalStates().get(object);
      if (theirs.equals(required)) {
        continue;
      }
      b.violated(new Counterexample(ConcreteInput.beforeInit(),
          "nf_init leaves " + object + " " + StateDifference.describe(required, theirs,
              typeOf(object), INIT_TIME),
          "requires " + object + " " + StateDifference.describe(theirs, required,
              typeOf(object), INIT_TIME),
          String.valueOf(updates.lastChange(object, theirs, required)
              .orElse(o.getValue().importedAt())),
          run.steps()));
      return;
    }
  }

  /** The C object a spec names, for rendering its entries in the NF's types (null if none). */
  private dev.vigor.engine.ir.LibVigObject typeOf(String exportName) {
    return program.objects().stream().filter(o -> exportName.equals(o.exportName())).findFirst()
        .orElse(null);
  }

  /** The time entries are rendered against: nf_init runs before the first packet, at time 0. */
  private static final long INIT_TIME = 0;

  /** False, with the reason recorded, when the spec's own values were meaningless. */
  private static boolean meaningful(ConcreteSpecResult r, TraceResult.Builder b) {
    if (r.brokenSideConditions().isEmpty()) {
      return true;
    }
    Located<Boolean> c = r.brokenSideConditions().get(0);
    b.unknown(c.at() + ": the init spec is meaningless here (" + c.what() + "); fix the spec");
    return false;
  }

  private ConcreteSpecInputs inputs(Map<String, BigInteger> indices,
      Map<String, AbstractState> states) {
    Map<String, BigInteger> values = new HashMap<>(indices);
    config.constants().forEach((k, v) -> values.put(k, BigInteger.valueOf(v)));
    // No packet, device or time: the checker keeps an init spec from reading them.
    return new ConcreteSpecInputs(new byte[0], 0, 0, 0, 0, 0, values,
        (int) program.deviceCount(), Optional.empty(), states);
  }

  /** The spec's updates in order, to name the line that put (or removed) a differing entry. */
  private static final class Updates {
    private record Update(String object, SourceLocation at, AbstractState before,
        AbstractState after) {}

    private final List<Update> made = new ArrayList<>();

    void add(String object, SourceLocation at, AbstractState before, AbstractState after) {
      made.add(new Update(object, at, before, after));
    }

    /**
     * The spec line behind the first entry where the NF's state and the spec's differ that some
     * update of {@code object} put, changed or removed (its last such update); empty when none
     * did: the NF holds entries the spec never put, which the spec's import of the object rules out.
     */
    Optional<SourceLocation> lastChange(String object, AbstractState nf, AbstractState spec) {
      for (StateDifference.Point p : StateDifference.points(nf, spec, null, INIT_TIME)) {
        for (int k = made.size() - 1; k >= 0; k--) {
          Update u = made.get(k);
          if (u.object().equals(object) && StateDifference.points(u.before(), u.after(), null, INIT_TIME).stream()
              .anyMatch(q -> q.where().equals(p.where()))) {
            return Optional.of(u.at());
          }
        }
      }
      return Optional.empty();
    }
  }
}
