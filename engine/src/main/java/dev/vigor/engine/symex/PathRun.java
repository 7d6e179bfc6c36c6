package dev.vigor.engine.symex;

import dev.vigor.engine.exec.OutsideSubsetException;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.Decision;
import dev.vigor.engine.exec.LibVigAbi;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.Machine;
import dev.vigor.engine.exec.PacketMemory;
import dev.vigor.engine.exec.PathEnded;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.libvig.contract.ChtContract;
import dev.vigor.libvig.contract.Operation;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.PrefixPoint;
import dev.vigor.libvig.contract.StructureContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of nf_process along a decision prefix (depth-first re-execution): symbolic decisions
 * inside the prefix are replayed without queries; past it, each branch asks Z3 which ways are
 * feasible, follows true and queues the false prefix. Every constraint goes onto the solver's
 * current scope, which the executor pushes before the run and pops after it.
 */
final class PathRun implements Machine<Expr<?>> {
  /** One symbolic (non-constant) decision: the way taken and whether both ways were feasible. */
  record Choice(boolean taken, boolean forked, String condition, SourceLocation loc) {}

  private final Context ctx;
  private final Solver solver;
  private final Z3Domain domain;
  private final SymbolicInputs inputs;
  private final ObjectContracts objects;
  private final SymbolicPacket packet;
  /** What the conditions assumed so far fix (see {@link FixedTerms}). */
  private final FixedTerms fixed;
  private final List<Choice> prefix;
  private final CancelToken cancel;
  private final Stats stats;
  private final java.util.function.Consumer<List<Choice>> queue;
  private final dev.vigor.engine.run.SolverBudget budget;

  final List<Choice> choices = new ArrayList<>();
  final List<Decision> decisions = new ArrayList<>();
  final List<BoolExpr> pathCondition = new ArrayList<>();
  final List<String> pathText = new ArrayList<>();
  final List<SourceLocation> pathLocs = new ArrayList<>();
  final List<BoolExpr> axioms = new ArrayList<>();
  final List<LibVigCallRecord> calls = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();
  final List<CheckResult> checks = new ArrayList<>();
  CheckResult endedBy;
  boolean feasibilityUnknown;
  /** Whether a branch with neither way feasible ended the run. */
  boolean infeasibleBranch;

  /** The record being replayed (every answer taken from it, no query), or null when exploring. */
  private final RecordedRun replaying;
  /** Checks past this many choices are decided here (before: by the run that queued the prefix). */
  private final int checkedFrom;
  /** Exploring: each check's outcome past the prefix, for {@link RecordedRun}. */
  final List<RecordedRun.CheckOutcome> outcomes = new ArrayList<>();
  private int nextOutcome;

  private final Map<String, Expr<?>> current = new HashMap<>();
  final Map<String, List<Expr<?>>> keyPoints = new LinkedHashMap<>();
  final Map<String, List<Expr<?>>> indexPoints = new LinkedHashMap<>();
  private final Map<String, Integer> instantiatedAt = new HashMap<>();

  /** Counters shared by every run of one exploration. */
  static final class Stats {
    long solverNanos;
    long queries;
    long checksPassed;
  }

  PathRun(Context ctx, Solver solver, Z3Domain domain, SymbolicInputs inputs, ObjectContracts objects,
      List<Choice> prefix, CancelToken cancel, Stats stats, java.util.function.Consumer<List<Choice>> queue,
      dev.vigor.engine.run.SolverBudget budget) {
    this(ctx, solver, domain, inputs, objects, prefix, cancel, stats, queue, budget, null);
  }

  /**
   * A run that replays a record (solver null: nothing is asked), or explores when replaying is
   * null.
   */
  PathRun(Context ctx, Solver solver, Z3Domain domain, SymbolicInputs inputs, ObjectContracts objects,
      List<Choice> prefix, CancelToken cancel, Stats stats, java.util.function.Consumer<List<Choice>> queue,
      dev.vigor.engine.run.SolverBudget budget, RecordedRun replaying) {
    this.replaying = replaying;
    this.feasibilityUnknown = replaying != null && replaying.feasibilityUnknown();
    this.checkedFrom = replaying != null ? replaying.explorePrefix() : prefix.size();
    this.budget = budget;
    this.ctx = ctx;
    this.solver = solver;
    this.domain = domain;
    this.inputs = inputs;
    this.objects = objects;
    this.fixed = new FixedTerms(ctx);
    this.packet = new SymbolicPacket(ctx, inputs.packet(), inputs.length(), domain, fixed);
    this.prefix = prefix;
    this.cancel = cancel;
    this.stats = stats;
    this.queue = queue;
    current.putAll(objects.initial);
  }

  /**
   * A model of every constraint on the solver right now, or null. Kept across constraints it
   * satisfies (evaluated on each), it witnesses one side of a branch and a trace's input without
   * a query (KLEE's counterexample cache, for one path).
   */
  private Model model;

  /** A model of the whole path: the cached one, or a fresh query's; null if not sat. */
  Model pathModel() {
    if (model != null) {
      return model;
    }
    Status s = query();
    if (s == Status.SATISFIABLE) {
      model = solver.getModel();
      return model;
    }
    lastStatus = s;
    return null;
  }

  /**
   * The path's model, for a concrete input that replays: when the path looked up a cht, its rows
   * are pinned to the filled table and every backend's entry of the backends emap is
   * instantiated first (left out while exploring: a case split over every slot on every query),
   * so the model's choices are the concrete cht's. The plain path model when that fails.
   */
  Model replayableModel() {
    Model plain = pathModel();
    if (plain == null) {
      return null;
    }
    axiomsBeforeReplay = axioms.size();
    indexPointsBeforeReplay = new LinkedHashMap<>();
    indexPoints.forEach((k, v) -> indexPointsBeforeReplay.put(k, new ArrayList<>(v)));
    List<String> chts = new ArrayList<>();
    List<BoolExpr> guessed = new ArrayList<>();
    for (var e : objects.contracts.entrySet()) {
      if (e.getValue() instanceof ChtContract cht && !keyPoints.getOrDefault(e.getKey(), List.of()).isEmpty()) {
        String emap = cht.backends().vocabulary().name();
        List<Expr<?>> backends = indexPoints.computeIfAbsent(emap, n -> new ArrayList<>());
        for (int b = 0; b < cht.vocabulary().backendCapacity(); b++) {
          addPoint(backends, ctx.mkBV(b, 32));
        }
        instantiate(emap, false);
        chts.add(e.getKey());
        guessed.add(guessedSlots(cht, objects.initial.get(e.getKey()), keyPoints.get(e.getKey()), plain));
      }
    }
    if (chts.isEmpty()) {
      return plain;
    }
    // First with each slot where the plain model put it: the rows of known slots are constants,
    // while the general pin is a case split over every slot and rank. Any model of the guess is
    // one of the general pin (it implies it); only when the guess has none is the split built
    // (height x backends terms per slot, most of a load balancer's allocation when built always)
    // and asked.
    Model m = modelWith(guessed);
    if (m == null) {
      List<BoolExpr> pins = new ArrayList<>();
      for (String name : chts) {
        ChtContract cht = (ChtContract) objects.contracts.get(name);
        pins.add(cht.pinned(objects.initial.get(name), points(name)));
      }
      m = modelWith(pins);
    }
    return m != null ? m : plain;
  }

  /** Each slot point equal to its value in model, and that slot's row pinned to the table. */
  private BoolExpr guessedSlots(ChtContract cht, Expr<?> table, List<Expr<?>> slots, Model model) {
    List<BoolExpr> f = new ArrayList<>();
    List<Expr<?>> values = new ArrayList<>();
    for (Expr<?> slot : slots) {
      Expr<?> v = model.eval(slot, true);
      f.add(ctx.mkEq(slot, v));
      values.add(v);
    }
    f.add(cht.pinned(table, Points.of(values, List.of())));
    return ctx.mkAnd(f.toArray(new BoolExpr[0]));
  }

  /** A model of the path with extra facts, or null when there is none (or Z3 cannot tell). */
  private Model modelWith(List<BoolExpr> facts) {
    solver.push();
    try {
      facts.forEach(solver::add);
      return solver.check() == Status.SATISFIABLE ? solver.getModel() : null;
    } finally {
      solver.pop();
    }
  }

  private int axiomsBeforeReplay = -1;
  private Map<String, List<Expr<?>>> indexPointsBeforeReplay;

  /**
   * Forgets the points and axioms {@link #replayableModel} added once its input is read: the
   * trace the validator checks stays the explored one.
   */
  void forgetReplayPoints() {
    if (axiomsBeforeReplay >= 0) {
      axioms.subList(axiomsBeforeReplay, axioms.size()).clear();
      indexPoints.clear();
      indexPoints.putAll(indexPointsBeforeReplay);
      axiomsBeforeReplay = -1;
    }
  }

  /** The status of the last failed {@link #pathModel()} (unsat or unknown). */
  Status lastStatus;

  private void add(BoolExpr b) {
    if (solver == null) {
      return; // replaying: nothing will be asked
    }
    solver.add(b);
    if (model != null && !model.eval(b, true).isTrue()) {
      model = null;
    }
  }

  SymbolicPacket symbolicPacket() {
    return packet;
  }

  @Override
  public Z3Domain domain() {
    return domain;
  }

  @Override
  public PacketMemory<Expr<?>> packet() {
    return packet;
  }

  private boolean inPrefix() {
    return choices.size() < prefix.size();
  }

  Status query(BoolExpr... assumptions) {
    if (replaying != null) {
      throw new ReplayMismatch("the replay needed a solver query the record does not answer");
    }
    cancel.throwIfCancelled();
    long t0 = System.nanoTime();
    Status s = SolverWatchdog.check(ctx, solver, budget.millis(), assumptions);
    stats.solverNanos += System.nanoTime() - t0;
    stats.queries++;
    cancel.throwIfCancelled();
    return s;
  }

  private void assume(BoolExpr c, String text, SourceLocation loc) {
    add(c);
    fixed.learn((BoolExpr) domain.simplified(c));
    pathCondition.add(c);
    pathText.add(text);
    pathLocs.add(loc);
  }

  @Override
  public boolean decide(Expr<?> cond, String text, SourceLocation loc, Decision.Kind kind) {
    Boolean k = domain.truthOf(cond);
    if (k == null) {
      k = domain.settled(fixed.rewritten(domain.simplified(cond)));
    }
    if (k != null) {
      decisions.add(new Decision(loc, text, k, kind));
      return k;
    }
    BoolExpr c = (BoolExpr) cond;
    boolean taken;
    boolean forked;
    if (inPrefix()) {
      Choice p = prefix.get(choices.size());
      taken = p.taken();
      forked = p.forked();
    } else if (replaying != null) {
      // past the recorded branches only a branch with neither way feasible may come
      if (replaying.end() != RecordedRun.End.INFEASIBLE_BRANCH) {
        throw new ReplayMismatch("a branch past the recorded ones at " + loc);
      }
      infeasibleBranch = true;
      throw new PathEnded("infeasible");
    } else {
      Status t;
      Status f;
      Model whenTrue = null;
      Boolean known = model == null ? null : Boolean.valueOf(model.eval(c, true).isTrue());
      if (known == Boolean.TRUE) {
        // the cached model takes the true side: only the false side needs a query
        t = Status.SATISFIABLE;
        whenTrue = model;
        f = query(ctx.mkNot(c));
      } else {
        t = query(c);
        if (t == Status.SATISFIABLE) {
          whenTrue = solver.getModel();
        }
        // false is witnessed by the cached model; and path ∧ c unsat means the path goes false if
        // it is feasible at all (an infeasible path is dropped by the model query at its end)
        f = known == Boolean.FALSE || t == Status.UNSATISFIABLE ? Status.SATISFIABLE : query(ctx.mkNot(c));
      }
      if (t == Status.UNKNOWN || f == Status.UNKNOWN) {
        feasibilityUnknown = true; // unknown is kept as feasible: never lose a path
      }
      boolean canT = t != Status.UNSATISFIABLE;
      boolean canF = f != Status.UNSATISFIABLE;
      if (!canT && !canF) {
        infeasibleBranch = true;
        throw new PathEnded("infeasible");
      }
      forked = canT && canF;
      taken = canT;
      if (taken && whenTrue != null) {
        model = whenTrue;
      }
      if (forked) {
        List<Choice> other = new ArrayList<>(choices);
        other.add(new Choice(false, true, text, loc));
        queue.accept(other);
      }
    }
    choices.add(new Choice(taken, forked, text, loc));
    decisions.add(new Decision(loc, text, taken, kind));
    assume(taken ? c : ctx.mkNot(c), taken ? text : "!(" + text + ")", loc);
    return taken;
  }

  @Override
  public void check(Expr<?> safe, LowLevelCheck check, SourceLocation loc, String message) {
    Boolean k = domain.truthOf(safe);
    if (k == null) {
      k = domain.settled(fixed.rewritten(domain.simplified(safe)));
    }
    if (k == Boolean.TRUE) {
      return;
    }
    if (choices.size() < checkedFrom) {
      // the run that queued this prefix already checked (and reported) it here
      if (k == Boolean.FALSE) {
        throw new PathEnded("check cannot pass");
      }
      assume((BoolExpr) safe, check.description(), loc);
      return;
    }
    if (replaying != null) {
      replayCheck(k, (BoolExpr) safe, check, loc, message);
      return;
    }
    if (k == Boolean.FALSE) {
      Model m = pathModel();
      if (m != null) {
        endedBy = report(Status.SATISFIABLE, m, check, loc, message);
      } else if (lastStatus == Status.UNKNOWN) {
        endedBy = report(Status.UNKNOWN, null, check, loc, message);
      }
      outcomes.add(outcome(RecordedRun.Kind.ENDED, endedBy));
      throw new PathEnded("check cannot pass");
    }
    BoolExpr unsafe = ctx.mkNot((BoolExpr) safe);
    CheckResult failed = null;
    CheckResult reported = null;
    if (model != null && model.eval(unsafe, true).isTrue()) {
      failed = reported = report(Status.SATISFIABLE, model, check, loc, message);
    } else {
      Status s = query(unsafe);
      if (s == Status.UNSATISFIABLE) {
        stats.checksPassed++;
      } else {
        CheckResult r = report(s, s == Status.SATISFIABLE ? solver.getModel() : null, check, loc, message);
        reported = r;
        failed = s == Status.SATISFIABLE ? r : null;
      }
    }
    // A check that fails on every input of this path (a borrowed element never given back) ends
    // it here, as a trace that reports the failure: assuming it passes would leave no input, and
    // the path would vanish with the failure from every spec's traces.
    if (failed != null && query((BoolExpr) safe) == Status.UNSATISFIABLE) {
      endedBy = failed;
      outcomes.add(outcome(RecordedRun.Kind.ENDED, failed));
      throw new PathEnded("check cannot pass");
    }
    outcomes.add(outcome(reported == null ? RecordedRun.Kind.PASSED : RecordedRun.Kind.REPORTED, reported));
    assume((BoolExpr) safe, check.description(), loc);
  }

  private static RecordedRun.CheckOutcome outcome(RecordedRun.Kind kind, CheckResult r) {
    return r == null ? new RecordedRun.CheckOutcome(kind, null, null, null)
        : new RecordedRun.CheckOutcome(kind, r.status(), r.message(), r.input());
  }

  /** A check past the prefix, answered by the record: the same report and the same way on. */
  private void replayCheck(Boolean k, BoolExpr safe, LowLevelCheck check, SourceLocation loc,
      String message) {
    if (nextOutcome >= replaying.checks().size()) {
      throw new ReplayMismatch("a check at " + loc + " the record does not have");
    }
    RecordedRun.CheckOutcome o = replaying.checks().get(nextOutcome++);
    CheckResult r = null;
    if (o.reported() != null) {
      if (o.message() == null || !o.message().startsWith(message)) {
        throw new ReplayMismatch("the check at " + loc + " is not the recorded one");
      }
      r = new CheckResult(check, loc, o.message(), o.reported(), o.input(), decisions, steps);
      checks.add(r);
    }
    if (o.kind() == RecordedRun.Kind.ENDED) {
      endedBy = r;
      throw new PathEnded("check cannot pass");
    }
    if (k == Boolean.FALSE) {
      throw new ReplayMismatch("the check at " + loc + " cannot pass, the record says it can");
    }
    if (o.kind() == RecordedRun.Kind.PASSED) {
      stats.checksPassed++;
    }
    assume(safe, check.description(), loc);
  }

  /** Whether every recorded check outcome was used (a replay that stops short did not match). */
  boolean usedAllOutcomes() {
    return replaying == null || nextOutcome == replaying.checks().size();
  }

  private CheckResult report(Status s, Model m, LowLevelCheck check, SourceLocation loc, String message) {
    CheckResult r;
    if (s == Status.SATISFIABLE) {
      ConcreteInput in = ModelReader.read(ctx, m, inputs, objects, keyPoints, indexPoints, prefixPoints, hashed);
      r = new CheckResult(check, loc, message, CheckResult.Status.FAILED, in, decisions, steps);
    } else {
      r = new CheckResult(check, loc, message + "; " + budget.explain(solver.getReasonUnknown()),
          CheckResult.Status.UNDECIDED, null, decisions, steps);
    }
    checks.add(r);
    return r;
  }

  @Override
  public List<Expr<?>> libVig(String function, LibVigObject object, List<LibVigObject> others,
      List<Expr<?>> args, SourceLocation loc) {
    // the other objects' current states go where the signature has them
    List<Expr<?>> all = LibVigAbi.withObjects(function, args, o -> current.get(others.get(o).name()));
    if (function.equals("cht_find_preferred")
        && objects.contracts.get(object.name()) instanceof ChtContract cht) {
      // the row of the hash's slot is a point of the cht (the validator pins it to the real
      // table when it needs a counterexample that replays)
      addPoint(keyPoints.computeIfAbsent(object.name(), n -> new ArrayList<>()), cht.slotOf(all.get(0)));
    }
    return libVig(function, object, all, loc);
  }

  @Override
  public List<Expr<?>> libVig(String function, LibVigObject object, List<Expr<?>> args, SourceLocation loc) {
    if (object == null && function.equals("vig_hash")) {
      return List.of(hash(args.get(0), loc));
    }
    StructureContract<?> contract = objects.contracts.get(object.name());
    Operation op = contract == null ? null : contract.operation(function).orElse(null);
    if (op == null) {
      throw new OutsideSubsetException(loc + ": " + function + " on " + object.name()
          + " has no contract the symbolic executor can use");
    }
    LibVigAbi.Signature sig = LibVigAbi.of(function);
    args = keysSimplified(sig, args);
    String name = object.name();
    List<Expr<?>> keys = keyPoints.computeIfAbsent(name, n -> new ArrayList<>());
    List<Expr<?>> indices = indexPoints.computeIfAbsent(name, n -> new ArrayList<>());
    int a = 0;
    for (LibVigAbi.Param p : sig.params()) {
      if (LibVigAbi.isArgument(p)) {
        Expr<?> arg = args.get(a++);
        if (p == LibVigAbi.Param.KEY_IN) {
          addPoint(keys, arg);
        } else if (p == LibVigAbi.Param.INDEX) {
          addPoint(indices, arg);
        }
      }
    }
    if (function.equals("lpm_lookup")) {
      addPoint(keys, args.get(0));
    } else if (function.equals("lpm_update")) {
      List<PrefixPoint> prefixes = prefixPoints.computeIfAbsent(name, n -> new ArrayList<>());
      PrefixPoint q = new PrefixPoint(args.get(0), args.get(1));
      if (!prefixes.contains(q)) {
        prefixes.add(q);
      }
    }
    Expr<?> before = current.get(name);
    // the arguments may be new points: the invariant and earlier calls must speak about them
    // before the precondition is checked
    instantiate(name, false);
    if (object.bound() != null && PreconditionMessages.STORES.contains(function)) {
      // the bound is the object's invariant: checked on its own first, so a breach names it
      check(objects.bounds.holds(object, args.get(1), objects.now), LowLevelCheck.LIBVIG_PRECONDITION,
          loc, PreconditionMessages.bound(function, object));
    }
    check(op.precondition(before, args, points(name)), LowLevelCheck.LIBVIG_PRECONDITION, loc,
        PreconditionMessages.of(function));
    List<Expr<?>> results = new ArrayList<>();
    for (int i = 0; i < op.resultSorts().size(); i++) {
      results.add(ctx.mkConst(name + "." + function + "#" + calls.size() + ".r" + i, op.resultSorts().get(i)));
    }
    int r = sig.ret() == LibVigAbi.Ret.VOID ? 0 : 1;
    for (LibVigAbi.Param p : sig.params()) {
      if (!LibVigAbi.isArgument(p)) {
        if (p == LibVigAbi.Param.INDEX_OUT) {
          addPoint(indices, results.get(r));
        } else if (p == LibVigAbi.Param.KEY_OUT) {
          addPoint(keys, results.get(r));
        }
        r++;
      }
    }
    Expr<?> after = op.nextState(before, args, results);
    calls.add(new LibVigCallRecord(function, name, args, results, before, after, loc));
    current.put(name, after);
    instantiate(name, true);
    return results;
  }

  /**
   * The arguments with each key simplified: a key the NF byte-swaps into its struct (the load
   * balancer's flow) and the spec's record of the same fields (simplified where the spec makes
   * keys, SpecDomain.keyTerm) are then one term, so the contracts are instantiated at one point
   * instead of two.
   */
  private static List<Expr<?>> keysSimplified(LibVigAbi.Signature sig, List<Expr<?>> args) {
    List<Expr<?>> out = new ArrayList<>(args);
    int a = 0;
    for (LibVigAbi.Param p : sig.params()) {
      if (LibVigAbi.isArgument(p)) {
        if (p == LibVigAbi.Param.KEY_IN) {
          out.set(a, out.get(a).simplify());
        }
        a++;
      }
    }
    return out;
  }

  /** The records hashed on this path, for the model's hash values. */
  final List<Expr<?>> hashed = new ArrayList<>();

  /**
   * vig_hash as the uninterpreted function {@code vig_hash.<bits>} of the record's bit-vector
   * (one symbol per record width), the same symbol specs' {@code _T_hash} should use.
   */
  private Expr<?> hash(Expr<?> data, SourceLocation loc) {
    data = data.simplify(); // as keys are: see keysSimplified
    int bits = ((com.microsoft.z3.BitVecSort) data.getSort()).getSize();
    com.microsoft.z3.FuncDecl<com.microsoft.z3.BitVecSort> f =
        ctx.mkFuncDecl("vig_hash." + bits, new com.microsoft.z3.Sort[] {data.getSort()}, ctx.mkBitVecSort(32));
    Expr<?> h = ctx.mkApp(f, data);
    addPoint(hashed, data);
    calls.add(new LibVigCallRecord("vig_hash", null, List.of(data), List.of(h), null, null, loc));
    return h;
  }

  private static void addPoint(List<Expr<?>> points, Expr<?> p) {
    if (!points.contains(p)) {
      points.add(p);
    }
  }

  private Points points(String object) {
    return new Points(keyPoints.getOrDefault(object, List.of()), indexPoints.getOrDefault(object, List.of()),
        prefixPoints.getOrDefault(object, List.of()));
  }

  /** Per LPM object, the (prefix, length) pairs its updates mention. */
  final Map<String, List<PrefixPoint>> prefixPoints = new LinkedHashMap<>();

  /**
   * Asserts the object's invariant on S0 and every call's postcondition at the current points.
   * When a point appears later on the path, earlier calls are re-instantiated at it, so the
   * contracts speak about every key and index the path mentions.
   */
  private void instantiate(String object, boolean newCall) {
    StructureContract<?> c = objects.contracts.get(object);
    Points p = points(object);
    int size = p.keys().size() + p.indices().size() + p.prefixes().size();
    Integer was = instantiatedAt.get(object);
    boolean grew = was == null || was != size;
    if (grew) {
      axiom(c.assumedInvariant(objects.initial.get(object), p, inputs.now()));
      instantiatedAt.put(object, size);
    }
    for (int i = 0; i < calls.size(); i++) {
      LibVigCallRecord rec = calls.get(i);
      boolean last = newCall && i == calls.size() - 1;
      if (!object.equals(rec.object()) || (!grew && !last)) {
        continue;
      }
      Operation op = c.operation(rec.function()).orElseThrow();
      op.definitionsAt(rec.before(), rec.args(), p).ifPresent(this::axiom);
      axiom(op.postcondition(rec.before(), rec.after(), rec.args(), rec.results(), p));
    }
  }

  private void axiom(BoolExpr b) {
    add(b);
    axioms.add(b);
  }

  @Override
  public void step(SourceLocation loc, String what, Expr<?> value) {
    steps.add(new Step(loc, what, value));
  }

  @Override
  public void poll() {
    cancel.throwIfCancelled();
  }

  /** This path alone ends, undecided: the others are explored as usual. */
  @Override
  public void budgetExhausted(SourceLocation loc, String message) {
    CheckResult r = new CheckResult(LowLevelCheck.STEP_BUDGET, loc, "this path: " + message
        + "; raise it with --max-path-steps N",
        CheckResult.Status.UNDECIDED, null, decisions, steps);
    checks.add(r);
    endedBy = r;
    throw new PathEnded("step budget");
  }
}
