package dev.vigor.engine.validate;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.vigor.engine.symex.SolverWatchdog;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.specexec.ArrayPacketTerms;
import dev.vigor.engine.symex.FixedTerms;
import dev.vigor.engine.specexec.FeasibilitySolver;
import dev.vigor.engine.specexec.FinalStateEquality;
import dev.vigor.engine.specexec.Located;
import dev.vigor.engine.specexec.NfOutcome;
import dev.vigor.engine.specexec.ProgramLayouts;
import dev.vigor.engine.specexec.SpecExecutionException;
import dev.vigor.engine.specexec.SpecPath;
import dev.vigor.engine.specexec.StateShape;
import dev.vigor.engine.specexec.SymbolicAgreement;
import dev.vigor.engine.specexec.SymbolicSpecInputs;
import dev.vigor.engine.specexec.SymbolicSpecInterpreter;
import dev.vigor.engine.specexec.SymbolicState;
import dev.vigor.engine.specexec.ContractStep;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.LibVigCallRecord;
import dev.vigor.engine.symex.SymbolicInputs;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.symex.Trace;
import dev.vigor.libvig.contract.Operation;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.StructureContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, trace by trace, whether a checked spec holds of an NF: for each trace T and each
 * non-released path P of the spec run on T's own inputs, Z3 is asked for
 *
 * <pre>
 *   base ∧ pc(T) ∧ axioms(T) ∧ cond(P) ∧ side(P)
 *     ∧ inv(S0, now) at every point ∧ post(call) at every point for T's calls and P's steps
 *     ∧ ¬(agrees(P.outcome, T.verdict, T.output) ∧ final states equal at every point ∧ asserts(P))
 * </pre>
 *
 * where "every point" is the union of the keys/indices T and P mention plus a fresh witness key
 * and index per object. Why this is sound: what is ASSUMED is only what is true of every real run
 * taking T: the executor's base constraints, T's path condition and contract axioms, the libVig
 * invariants of the havoced pre-state and the contracts' postconditions of the operations both
 * sides perform (the same contract the executor trusts), all instantiated at more points than
 * needed (instantiating a valid axiom at extra points never loses soundness). What is CHECKED is
 * agreement, final-state equality and the spec's asserts. Final-state equality at the fresh
 * witnesses stands for "everywhere": the postconditions constrain the witnesses like any point, so
 * a model in which the states differ anywhere has them differ at some witness.
 *
 * <p>The spec's side conditions (e.g. reading a key that is absent, a value too wide for its C
 * type) are assumed in the main query, since outside them the spec's values mean nothing, but they
 * are never assumed away: a second query asks whether T admits an input breaking one, and if so
 * the trace is UNKNOWN naming the spec line. Z3 unknown/timeout is UNKNOWN; a satisfiable main
 * query is only a candidate, reported VIOLATED after {@link Replay} confirms it concretely.
 * Low-level checks the executor found failed or undecided on T's way are assumed in T's path
 * condition, so such a trace is never PROVED: VIOLATED for every spec when the failure replayed
 * concretely (the NF's defect, whatever the spec says), else UNKNOWN, naming the check.
 * Inputs are bound to T's symbols: received_on_port = device, now, the packet array and length,
 * the_index_allocated = the index result of T's first {@code emap_add} (else a fresh term),
 * time_for_allocated_index = now.
 */
public final class Validator {
  private final Program program;
  private final NfConfig config;
  private final SymexResult symex;
  private final long traceTimeoutMs;
  private final StateObjects objects;
  private final ProgramLayouts layouts;
  private final LowLevelFindings lowLevel;
  private final dev.vigor.engine.run.SolverBudget budget;
  /** Stops validating (the run was stopped or cancelled): its queries are being interrupted. */
  private dev.vigor.engine.run.CancelToken halt = new dev.vigor.engine.run.CancelToken();
  /** The NF's configuration values, fixed at nf.properties' values, as specs read them. */
  private final Map<String, dev.vigor.engine.specexec.CTerm> configTerms;

  /**
   * The solver of the traces validated one after another, holding the path condition they share
   * (when no solver is kept per trace, see {@link SymexResult#keepsPerTrace}).
   */
  private final PrefixSolver prefixes;

  /** The solvers made while validating the current trace (a validator is used by one thread). */
  private final List<Solver> madeForTrace = new ArrayList<>();

  /**
   * The traces' path conditions simplified, each once: consecutive traces share most of theirs
   * (what {@link FixedTerms} reads them for).
   */
  private final Map<BoolExpr, BoolExpr> simplifiedConditions = new java.util.HashMap<>();

  /** The current trace's terms as the specs build them, each built or simplified once. */
  private final dev.vigor.engine.specexec.TraceTerms termsOfTrace =
      new dev.vigor.engine.specexec.TraceTerms();

  /** How long the one query for all specs of a trace may take before they are decided one by one. */
  static final long COMMON_QUERY_BUDGET_MS = 300;

  /**
   * How long the one query for all paths of one spec may take before each path is asked alone.
   * It answers in milliseconds when the spec holds; when it does not, Z3 can search for a model
   * for seconds (11.5 s on one bridge trace in the workbench), where the smaller per-path queries,
   * each on a fresh solver, usually take about 100 ms. Only a shortcut: the per-path queries are
   * exact.
   */
  static final long SPEC_QUERY_BUDGET_MS = 1_000;

  /** How long one path's query may take on the trace's own solver before a fresh one is asked. */
  static final long KEPT_PATH_BUDGET_MS = 300;

  /**
   * A validator for symex's traces; lowLevel says which failed or undecided low-level checks lie
   * on a trace and whether each replayed.
   */
  public Validator(Program program, NfConfig config, SymexResult symex, long traceTimeoutMs,
      LowLevelFindings lowLevel) {
    this.lowLevel = lowLevel;
    this.budget = new dev.vigor.engine.run.SolverBudget(traceTimeoutMs);
    this.program = program;
    this.config = config;
    this.symex = symex;
    this.traceTimeoutMs = traceTimeoutMs;
    this.objects = new StateObjects(symex.context(), program, symex.inputs());
    this.layouts = new ProgramLayouts(program);
    this.configTerms = ConfigValues.terms(symex.context(), program, config);
    this.prefixes = new PrefixSolver(this::limitedSolver);
  }

  /**
   * Stops at the next solver query once halt is cancelled (throwing CancelledException), instead
   * of taking every interrupted query for an unknown and going on to the next step: deciding a
   * violated trace has many steps, and a run stopped at another trace's violation would wait
   * seconds for this one.
   */
  public Validator haltedBy(dev.vigor.engine.run.CancelToken halt) {
    this.halt = java.util.Objects.requireNonNull(halt);
    return this;
  }

  /** s.check() within budgetMs (0: the solver's own limit), unless the run is halted. */
  private Status check(Context ctx, Solver s, long budgetMs) {
    halt.throwIfCancelled();
    Status st = budgetMs > 0 ? SolverWatchdog.check(ctx, s, budgetMs) : s.check();
    if (st == Status.UNKNOWN) {
      halt.throwIfCancelled(); // interrupted because the run stopped, not undecided
    }
    return st;
  }

  /**
   * One trace against several specs, in their order. When every spec holds on the trace (the
   * common case) one solver query answers for all of them, since the trace's own facts, which
   * make up most of each query, are then solved once; otherwise each spec is decided alone. A
   * spec's time is its own preparation plus an even share of the common query (or its own
   * queries when it had to be decided alone) and of what every spec on the trace shares.
   */
  public List<TraceResult> validate(Trace trace, List<Spec> specs) {
    long start = System.nanoTime();
    List<TraceResult> results = validateTimed(trace, specs);
    return spread(results, System.nanoTime() - start);
  }

  /**
   * The results with what their files share on the trace (entering its facts, reading its fixed
   * terms, leaving its scope, freeing its solvers) spread evenly over them, so their times add up
   * to the whole time spent on the trace.
   */
  static List<TraceResult> spread(List<TraceResult> results, long wholeNanos) {
    long own = results.stream().mapToLong(TraceResult::micros).sum() * 1_000;
    long shared = Math.max(0, wholeNanos - own) / Math.max(1, results.size());
    return results.stream().map(r -> r.plusNanos(shared)).toList();
  }

  private List<TraceResult> validateTimed(Trace trace, List<Spec> specs) {
    // One solver with the trace's facts prunes every spec's impossible branches, incrementally.
    // With what the calls returned, a spec's branches on state mostly follow the trace's (the
    // bridge: 1 spec path per trace instead of 11), so the common query is several times smaller.
    // Kept across validations in the editor (see SymexResult.keepPerTrace): what a validation
    // leaves in it holds on every run of the trace, so it serves the next one as is.
    boolean keeps = symex.keepsPerTrace();
    TraceSolver kept = keeps ? symex.perTrace(trace, () -> {
      TraceSolver t = new TraceSolver(limitedSolver());
      // as facts, so the common query does not assert them a second time
      prefixFacts(trace).forEach(t::addFact);
      callContracts(trace, object -> Points.none()).forEach(t::addFact);
      return t;
    }, TraceSolver::usable) : prefixes.enter(prefixFacts(trace));
    try {
      List<BoolExpr> callFacts = callContracts(trace, object -> Points.none());
      if (!keeps) {
        callFacts.forEach(kept::addFact);
      }
      return validate(trace, specs, kept, callFacts);
    } finally {
      if (!keeps) {
        prefixes.leave();
      }
      // What a solver built stays in the context until the solver is freed, which the collector
      // may do much later, and every solver in a context works slower the more the context
      // holds (the load balancer's common query: 12-27 ms before, about 5 after).
      List<Solver> done = List.copyOf(madeForTrace);
      madeForTrace.clear();
      termsOfTrace.clear();
      for (Solver s : done) {
        try {
          s.reset();
        } catch (com.microsoft.z3.Z3Exception e) {
          // a cancel's interrupt landed on the reset: the collector frees this one
        }
      }
    }
  }

  /** What every run of the trace assumes, in the order traces share it: inputs, then its path. */
  private List<BoolExpr> prefixFacts(Trace trace) {
    List<BoolExpr> facts = new ArrayList<>(symex.inputs().constraints());
    facts.addAll(trace.pathCondition());
    return facts;
  }

  private List<TraceResult> validate(Trace trace, List<Spec> specs, TraceSolver kept,
      List<BoolExpr> callFacts) {
    Solver pruning = kept.solver();
    List<TraceResult.Builder> builders = new ArrayList<>();
    List<Prepared> prepared = new ArrayList<>();
    long[] nanos = new long[specs.size()];
    Optional<NfOutcome<BitVecExpr>> nf = trace.verdict() == null ? Optional.empty()
        : nfOutcome(symex.context(), trace, (BitVecExpr) trace.verdict(), kept);
    // The trace's instantiated contracts go only to the fresh solver of a hard question: a
    // spec's branch on a stored value may need them (the policer's refill is decided in 0.13 s
    // knowing a bucket's time is not in the future, 1.3 s without), but kept in the pruning
    // solver they slow every NF's easy questions (the load balancer's by half).
    FeasibilitySolver feasible = new FeasibilitySolver(symex.context(), pruning, traceTimeoutMs,
        kept.branches(), trace.axioms()).knowing(trace.witness());
    // A spec reads the bytes the NF read: at the offsets the trace's path fixes.
    FixedTerms fixed = FixedTerms.of(symex.context(), trace.pathCondition(),
        c -> simplifiedConditions.computeIfAbsent(c, x -> (BoolExpr) x.simplify()));
    callFacts.forEach(fixed::learnDefinitions);
    for (int i = 0; i < specs.size(); i++) {
      long t0 = System.nanoTime();
      TraceResult.Builder r = new TraceResult.Builder(trace.id());
      Spec spec = specs.get(i);
      Prepared[] p = new Prepared[1];
      guarded(r, () -> p[0] = prepare(trace, spec, feasible, nf, fixed, r));
      builders.add(r);
      prepared.add(p[0]);
      nanos[i] = System.nanoTime() - t0;
    }
    List<PathQuery> all = new ArrayList<>();
    prepared.stream().filter(java.util.Objects::nonNull).forEach(p -> all.addAll(p.queries()));
    long present = prepared.stream().filter(java.util.Objects::nonNull).count();
    long t0 = System.nanoTime();
    boolean allProved;
    // Whether the trace's own solver ran out of time on the query for all specs: then it will on
    // each spec's part too, and each goes straight to a fresh solver (the policer's refill: the
    // trace's solver gave up on the common query, then on spec.py's and pass_compliant.py's,
    // 300 ms each, before a fresh one decided them).
    boolean keptGaveUp = false;
    try {
      // One spec alone is decided by decide() directly; for several, the common query gets a
      // short budget: it usually answers in milliseconds, but when a spec is violated Z3 can
      // wander in the large disjunction, and deciding spec by spec is then the faster way.
      Common c = all.isEmpty() || present <= 1 ? null
          : common(symex.context(), trace, all, COMMON_QUERY_BUDGET_MS, kept, true);
      allProved = all.isEmpty() || c != null && c.holds();
      keptGaveUp = c != null && c.keptUndecided();
    } catch (com.microsoft.z3.Z3Exception e) {
      allProved = false;
    }
    boolean tryKept = !keptGaveUp;
    long common = System.nanoTime() - t0;
    List<TraceResult> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Prepared p = prepared.get(i);
      TraceResult.Builder r = builders.get(i);
      if (p != null) {
        if (allProved) {
          nanos[i] += common / Math.max(1, present);
        } else {
          long t1 = System.nanoTime();
          guarded(r, () -> decide(trace, p, r, kept, tryKept));
          nanos[i] += System.nanoTime() - t1;
        }
      }
      assumedChecks(trace, r);
      out.add(r.build(nanos[i]));
    }
    return out;
  }

  /** Runs one step of validating a spec; a spec the walk or Z3 cannot handle is unknown. */
  private static void guarded(TraceResult.Builder r, Runnable step) {
    try {
      step.run();
    } catch (SpecExecutionException | OutsideSubsetException | IllegalArgumentException e) {
      r.unknown("cannot run the spec on this trace: " + e.getMessage());
    } catch (com.microsoft.z3.Z3Exception e) {
      r.unknown("solver error: " + e.getMessage());
    }
  }

  /**
   * A failed low-level check on the trace is the NF's defect on it, whatever the spec says: a
   * replayed one makes the trace violated for every spec, an unconfirmed or undecided one unknown
   * (the executor assumes each check after checking it, so a spec proved on such a trace holds
   * only under that assumption). The reason names the check, where it failed and how sure it is.
   */
  private void assumedChecks(Trace trace, TraceResult.Builder r) {
    for (Verification.LowLevel l : lowLevel.on(trace)) {
      r.lowLevel(l);
    }
  }

  /** A spec run on one trace: its non-released paths as queries, and what replay needs. */
  private record Prepared(Spec spec, Map<String, StateShape> shapes, BitVecExpr index,
      List<PathQuery> queries) {}

  /** The spec's paths on the trace as queries; null (with the reason) when it cannot be run. */
  private Prepared prepare(Trace trace, Spec spec, FeasibilitySolver pruning,
      Optional<NfOutcome<BitVecExpr>> nf, FixedTerms fixed, TraceResult.Builder r) {
    Context ctx = symex.context();
    SymbolicInputs in = symex.inputs();
    if (trace.endedBy() != null) {
      return null; // the NF fails a low-level check here: assumedChecks says which
    }
    if (trace.verdict() == null) {
      r.unknown("the trace has no verdict (" + trace.verdictText() + "); see vigor traces");
      return null;
    }
    Map<String, StateShape> shapes = layouts.shapes(spec);
    ArrayPacketTerms packet = new ArrayPacketTerms(ctx, in.packet(), (BitVecExpr) in.length(),
        config.maxLength(), fixed::rewritten);
    BitVecExpr index = allocatedIndex(ctx, trace);
    Map<String, SymbolicState> specStates = new LinkedHashMap<>();
    for (String name : spec.stateObjects().keySet()) {
      String c = objects.cNameBySpecName.get(name);
      if (c == null) {
        r.unknown("the spec imports " + name + ", which the NF does not export as an emap, vector or map");
        return null;
      }
      specStates.put(name, objects.byCName.get(c));
    }
    BitVecExpr verdict = (BitVecExpr) trace.verdict();
    SymbolicSpecInputs sin = new SymbolicSpecInputs(ctx, packet, (BitVecExpr) in.device(),
        (BitVecExpr) in.now(), index, (BitVecExpr) in.now(), configTerms,
        (int) program.deviceCount(), nf, specStates);
    List<SpecPath> paths = new SymbolicSpecInterpreter(spec, shapes, layouts)
        .sharing(termsOfTrace).pathsPrunedBy(sin, pruning);
    ArrayPacketTerms out = new ArrayPacketTerms(ctx, trace.outputPacket(), (BitVecExpr) in.length(),
        config.maxLength(), fixed::rewritten);
    List<PathQuery> queries = new ArrayList<>();
    int n = 0;
    for (SpecPath p : paths) {
      n++;
      if (p.released()) {
        continue; // pass: the spec allows anything
      }
      // Witnesses only where the path's final state and the NF's are different terms, also
      // once the trace's fixed terms are put in: elsewhere equality needs no query (a table
      // neither side writes, or both add the same entry after an add the path saw succeed), and
      // every witness would be another point at which each object's contracts are instantiated.
      Set<String> differ = new java.util.HashSet<>();
      for (var e : specStates.entrySet()) {
        String c = objects.cNameBySpecName.get(e.getKey());
        if (!fixed.sameOnEveryRun(finalState(trace, c), p.finalStates().get(e.getKey()))) {
          differ.add(c);
        }
      }
      // One set of witnesses per trace: the paths exclude one another, so each may use them.
      Map<String, Points> points = points(ctx, trace, p, index, String.valueOf(trace.id()), differ);
      // What must hold, part by part with its spec line, so an undecided one can be named.
      List<Located<BoolExpr>> parts = new ArrayList<>();
      BoolExpr agrees = agreement(ctx, sin, p, verdict, out, nf);
      if (p.outcome().at().isPresent()) {
        SourceLocation end = p.outcome().at().get();
        parts.add(new Located<>(agrees, end, "the NF's outcome agrees with " + quoted(end, spec, "the spec's")));
      } else if (!agrees.simplify().isTrue()) {
        parts.add(new Located<>(agrees, lastDecision(p, spec), "the NF's outcome agrees with the"
            + " spec's on this path"));
      }
      for (var e : specStates.entrySet()) {
        String c = objects.cNameBySpecName.get(e.getKey());
        parts.add(new Located<>(!differ.contains(c) ? ctx.mkTrue()
            : FinalStateEquality.equal(ctx, e.getValue(), finalState(trace, c),
            p.finalStates().get(e.getKey()), points.get(c)),
            spec.stateObjects().get(e.getKey()).importedAt(),
            e.getKey() + " ends in the state the spec gives it"));
      }
      p.asserts().forEach(a -> parts.add(new Located<>(a.condition(), a.at(),
          quoted(a.at(), spec, "the assert") + " holds")));
      List<Located<BoolExpr>> sides = p.sideConditions().stream()
          .filter(sc -> !sc.condition().isTrue()).toList();
      BoolExpr goal = ctx.mkAnd(parts.stream().map(Located::condition).toArray(BoolExpr[]::new));
      queries.add(new PathQuery(n, p, points, goal, parts, sides));
    }
    return new Prepared(spec, shapes, index, queries);
  }

  /** Decides a prepared spec on its trace: proved, or each failing path's verdict and reason. */
  private void decide(Trace trace, Prepared prepared, TraceResult.Builder r, TraceSolver base,
      boolean tryKept) {
    Context ctx = symex.context();
    SymbolicInputs in = symex.inputs();
    List<PathQuery> queries = prepared.queries();
    if (queries.isEmpty()) {
      return;
    }
    Common common = common(ctx, trace, queries, SPEC_QUERY_BUDGET_MS, base, tryKept);
    if (common.holds()) {
      return;
    }
    Spec spec = prepared.spec();
    Map<String, StateShape> shapes = prepared.shapes();
    BitVecExpr index = prepared.index();
    if (common.model() != null && brokenInModel(ctx, common, queries, trace, shapes, spec, index, r)) {
      return;
    }
    for (PathQuery q : queries) {
      SpecPath p = q.path();
      List<BoolExpr> facts = traceAssumptions(trace, q.points());
      List<BoolExpr> assumed = new ArrayList<>(facts);
      assumed.addAll(pathAssumptions(p, q.points()));
      assumed.addAll(p.conditions(ctx));
      // First on the trace's own solver, which holds the trace already (the common case: a
      // model in tens of ms, what a typed mistake waits for); past a short budget, on a fresh
      // solver as before, whose search is sometimes much faster.
      Status st = Status.UNKNOWN;
      Model model = null;
      facts.forEach(base::addFact);
      if (tryKept) {
        int depth = base.push();
        try {
          limit(ctx, base.solver(), KEPT_PATH_BUDGET_MS);
          pose(ctx, base.solver(), assumed.subList(facts.size(), assumed.size()), q); // facts: above
          st = check(ctx, base.solver(), limitOf(KEPT_PATH_BUDGET_MS));
          model = st == Status.SATISFIABLE ? base.solver().getModel() : null;
        } finally {
          base.popTo(depth);
          limit(ctx, base.solver(), traceTimeoutMs);
        }
      }
      Solver s = null; // only when the trace's own solver could not tell
      if (st == Status.UNKNOWN) {
        Solver fresh = solver(ctx);
        pose(ctx, fresh, assumed, q);
        st = check(ctx, fresh, traceTimeoutMs);
        model = st == Status.SATISFIABLE ? fresh.getModel() : null;
        s = fresh;
      }
      if (st == Status.UNKNOWN) {
        // Part by part (the goal breaks when one part does): a part with a model is a candidate
        // counterexample, all parts unsat prove the path, else name the first undecided part.
        Open open = firstOpen(assumed, q.sides(), q.parts(), q.parts().size() > 1 ? null : s);
        if (open == null) {
          st = Status.UNSATISFIABLE;
        } else if (open.model() != null) {
          st = Status.SATISFIABLE;
          model = open.model();
        } else {
          r.unknown(open.part().at() + ": Z3 could not decide whether " + open.part().what()
              + " on this trace (" + budget.explain(open.undecided().getReasonUnknown()) + ")");
          continue;
        }
      }
      Map<String, Points> modelPoints = q.points();
      if (st == Status.SATISFIABLE && objects.byCName.values().stream()
          .anyMatch(x -> x instanceof SymbolicState.Cht)) {
        // the model's cht rows are arbitrary permutations: ask again with the real table's rows
        // (a sound assumption) and every backend's entry, for a model replay can confirm
        Map<String, Points> refined = ChtRows.withBackends(ctx, objects, q.points());
        Solver rs = solver(ctx);
        traceAssumptions(trace, refined).forEach(rs::add);
        pathAssumptions(p, refined).forEach(rs::add);
        p.conditions(ctx).forEach(rs::add);
        ChtRows.pins(objects, refined).forEach(rs::add);
        q.sides().forEach(sc -> rs.add(sc.condition()));
        rs.add(ctx.mkNot(q.goal()));
        Status refinedStatus = check(ctx, rs, 0);
        if (refinedStatus == Status.UNSATISFIABLE) {
          st = Status.UNSATISFIABLE; // no disagreement with the real table: this path holds
        } else if (refinedStatus == Status.SATISFIABLE) {
          model = rs.getModel();
          modelPoints = refined;
        }
      }
      if (st == Status.SATISFIABLE) {
        halt.throwIfCancelled(); // a replay (and its counterexample) is work no one will read
        Model m = model;
        Replay replay = new Replay(program, config, spec, shapes, layouts, objects, in);
        Replay.Outcome o = replay.confirm(ctx, m, trace, index, modelPoints);
        if (o.counterexample().isEmpty() && o.reason().startsWith(Replay.UNLOADABLE)) {
          // The validator's own state objects leave element bounds out, so Z3 may put an
          // element the trace never reads out of its bound, and the pre-state cannot be loaded:
          // ask once more with the executor's invariants (bounds included) at the model's points.
          Model bounded = boundedModel(trace, q, modelPoints, modelPoints != q.points());
          if (bounded != null) {
            o = replay.confirm(ctx, bounded, trace, index, modelPoints);
          }
        }
        if (o.counterexample().isPresent()) {
          r.violated(o.counterexample().get());
          return;
        }
        r.unknown("counterexample did not replay: " + o.reason());
        continue;
      }
      // The spec's side conditions are never assumed away: can this trace break one?
      if (!q.sides().isEmpty()) {
        Solver sc = solver(ctx);
        assumed.forEach(sc::add);
        sc.add(ctx.mkNot(ctx.mkAnd(q.sides().stream().map(Located::condition)
            .toArray(BoolExpr[]::new))));
        Status ss = check(ctx, sc, traceTimeoutMs);
        if (ss == Status.SATISFIABLE) {
          // the one the model breaks
          Model m = sc.getModel();
          Located<BoolExpr> broken = q.sides().stream()
              .filter(x -> !m.eval(x.condition(), true).isTrue()).findFirst()
              .orElse(q.sides().get(0));
          r.unknown(broken.at() + ": on this trace the spec's values may be meaningless: "
              + broken.what());
        } else if (ss == Status.UNKNOWN) {
          Open open = firstOpen(assumed, List.of(), q.sides(), q.sides().size() > 1 ? null : sc);
          if (open != null) {
            r.unknown(open.part().at() + ": " + (open.undecided() != null
                ? "Z3 could not decide whether the spec avoids a " + open.part().what()
                    + " on this trace ("
                    + budget.explain(open.undecided().getReasonUnknown()) + ")"
                : "on this trace the spec's values may be meaningless: " + open.part().what()));
          }
        }
      }
    }
  }

  /**
   * A model breaking q's goal (or a side condition) in which every object's pre-state also
   * satisfies the executor's invariant at points, C bounds of stored elements included; null when
   * there is none within the budget. Sound to assume: the executor assumes the same of every
   * pre-state, and each trace is checked to keep it.
   */
  private Model boundedModel(Trace trace, PathQuery q, Map<String, Points> points, boolean pinned) {
    Context ctx = symex.context();
    Solver s = solver(ctx);
    traceAssumptions(trace, points).forEach(s::add);
    pathAssumptions(q.path(), points).forEach(s::add);
    q.path().conditions(ctx).forEach(s::add);
    if (pinned) {
      ChtRows.pins(objects, points).forEach(s::add);
    }
    for (var e : objects.byCName.entrySet()) {
      s.add(symex.invariantAt(e.getKey(), e.getValue().pre(),
          points.getOrDefault(e.getKey(), Points.none())));
    }
    q.sides().forEach(sc -> s.add(sc.condition()));
    s.add(ctx.mkNot(q.goal()));
    return check(ctx, s, traceTimeoutMs) == Status.SATISFIABLE ? s.getModel() : null;
  }

  /**
   * One non-released spec path on a trace: its points, what must hold (the conjunction of its
   * located parts), its side conditions.
   */
  private record PathQuery(int number, SpecPath path, Map<String, Points> points, BoolExpr goal,
      List<Located<BoolExpr>> parts, List<Located<BoolExpr>> sides) {}

  /**
   * A part that may fail: with the model breaking it, or with the solver that could not decide
   * it (model null).
   */
  private record Open(Located<BoolExpr> part, Model model, Solver undecided) {}

  /**
   * The first part that may fail under the assumptions and sides, asked one by one; null when
   * each is unsat. alone, when given, already answered unknown for the only part: it is not
   * asked again.
   */
  private Open firstOpen(List<BoolExpr> assumed, List<Located<BoolExpr>> sides,
      List<Located<BoolExpr>> parts, Solver alone) {
    Context ctx = symex.context();
    for (Located<BoolExpr> part : parts) {
      if (alone != null) {
        return new Open(part, null, alone);
      }
      Solver p = solver(ctx);
      assumed.forEach(p::add);
      sides.forEach(x -> p.add(x.condition()));
      p.add(ctx.mkNot(part.condition()));
      Status ps = check(ctx, p, traceTimeoutMs);
      if (ps == Status.SATISFIABLE) {
        return new Open(part, p.getModel(), null);
      }
      if (ps == Status.UNKNOWN) {
        return new Open(part, null, p);
      }
    }
    return null;
  }

  /** Where a path without a return ends: its last decision, else the spec's first line. */
  private static SourceLocation lastDecision(SpecPath p, Spec spec) {
    return p.decisions().isEmpty() ? SourceLocation.of(spec.file().toString(), 1, 1)
        : p.decisions().get(p.decisions().size() - 1).at();
  }

  /** The spec line at as {@code `text`}, or otherwise when it cannot be read. */
  private static String quoted(SourceLocation at, Spec spec, String otherwise) {
    return SourceText.line(at, spec).map(t -> "`" + t + "`").orElse(otherwise);
  }

  /** Asserts in s what path query q asks: the assumptions, its side conditions, its goal negated. */
  private static void pose(Context ctx, Solver s, List<BoolExpr> assumptions, PathQuery q) {
    assumptions.forEach(s::add);
    q.sides().forEach(sc -> s.add(sc.condition()));
    s.add(ctx.mkNot(q.goal()));
  }

  /**
   * The one query for all paths: whether every path holds, and when Z3 found how one breaks, its
   * model, at the union of the paths' points; and whether the trace's own solver ran out of time
   * on it.
   */
  private record Common(boolean holds, Model model, Map<String, Points> points,
      boolean keptUndecided) {
    Common(boolean holds, Model model, Map<String, Points> points) {
      this(holds, model, points, false);
    }
  }

  /**
   * Whether common's model, which breaks some path, is a counterexample that replays: then the
   * trace is violated without asking path by path (what a mistake typed in the editor waits
   * for). Only a model meeting one path's conditions, sides and negated goal is tried, and not
   * with a cht, whose rows a model permutes freely (the path-by-path questions pin them).
   */
  private boolean brokenInModel(Context ctx, Common common, List<PathQuery> queries, Trace trace,
      Map<String, StateShape> shapes, Spec spec, BitVecExpr index, TraceResult.Builder r) {
    if (objects.byCName.values().stream().anyMatch(x -> x instanceof SymbolicState.Cht)) {
      return false;
    }
    for (PathQuery q : queries) {
      List<BoolExpr> broken = new ArrayList<>(q.path().conditions(ctx));
      broken.addAll(pathAssumptions(q.path(), common.points()));
      q.sides().forEach(sc -> broken.add(sc.condition()));
      broken.add(ctx.mkNot(q.goal()));
      if (common.model().eval(ctx.mkAnd(broken.toArray(new BoolExpr[0])), true).isTrue()) {
        halt.throwIfCancelled();
        Replay.Outcome o = new Replay(program, config, spec, shapes, layouts, objects,
            symex.inputs()).confirm(ctx, common.model(), trace, index, common.points());
        if (o.counterexample().isPresent()) {
          r.violated(o.counterexample().get());
          return true;
        }
        return false; // did not replay: the path-by-path questions decide
      }
    }
    return false;
  }

  /**
   * The common case in one query: no spec path has a model breaking its goal or a side
   * condition. The trace's assumptions are instantiated at the union of every path's points
   * (more instances of valid facts); each path's disjunct carries its own condition and its own
   * steps' contracts, exactly as its per-path query assumes them (a step's postcondition is only
   * true where the path's branch conditions make its precondition true). Unsatisfiable means
   * each per-path main and side query is too; anything else falls back to the per-path queries,
   * which say which path fails and why.
   */
  private Common common(Context ctx, Trace trace, List<PathQuery> queries, long budgetMs,
      TraceSolver kept, boolean tryKept) {
    Solver base = kept.solver();
    Map<String, Points> union = new LinkedHashMap<>();
    for (PathQuery q : queries) {
      q.points().forEach((c, pts) -> union.merge(c, pts, Validator::merge));
    }
    List<BoolExpr> assumed = traceAssumptions(trace, union);
    List<BoolExpr> broken = new ArrayList<>();
    for (PathQuery q : queries) {
      List<BoolExpr> disjunct = new ArrayList<>(q.path().conditions(ctx));
      disjunct.addAll(pathAssumptions(q.path(), union));
      BoolExpr sides = ctx.mkAnd(q.sides().stream().map(Located::condition)
          .toArray(BoolExpr[]::new));
      disjunct.add(ctx.mkOr(ctx.mkNot(sides), ctx.mkNot(q.goal())));
      broken.add(ctx.mkAnd(disjunct.toArray(new BoolExpr[0])));
    }
    // On the trace's pruning solver, which already holds the trace's path condition and call
    // facts: Z3 does not translate them again (a fifth of the query's time on the bridge). The
    // axioms hold on every run of the trace, so they stay for the next query (and the next
    // validation of a kept solver); only the negated goal is this query's.
    // Parameters outlive pop: the budget is set for this check and the trace's timeout put back.
    // A long budget is staged: the kept solver, which does not preprocess, briefly; then a fresh
    // one, which does (the policer's refill: over 1 s on the kept solver, 0.4 s on a fresh one).
    // Without tryKept (the trace's solver gave up on a larger query already) only the fresh one.
    boolean staged = budgetMs > 2 * KEPT_PATH_BUDGET_MS;
    long first = !staged ? budgetMs : tryKept ? KEPT_PATH_BUDGET_MS : 0;
    assumed.forEach(kept::addFact);
    BoolExpr anyBroken = ctx.mkOr(broken.toArray(new BoolExpr[0]));
    Status st;
    if (first > 0) {
      int depth = kept.push();
      try {
        limit(ctx, base, first);
        base.add(anyBroken);
        st = check(ctx, base, limitOf(first));
        if (st != Status.UNKNOWN) {
          return new Common(st == Status.UNSATISFIABLE,
              st == Status.SATISFIABLE ? base.getModel() : null, union);
        }
      } finally {
        kept.popTo(depth);
        limit(ctx, base, traceTimeoutMs);
      }
      if (first == budgetMs) {
        return new Common(false, null, union, true);
      }
    }
    Solver fresh = solver(ctx);
    limit(ctx, fresh, budgetMs - first);
    assumed.forEach(fresh::add);
    fresh.add(anyBroken);
    st = check(ctx, fresh, limitOf(budgetMs - first));
    return new Common(st == Status.UNSATISFIABLE,
        st == Status.SATISFIABLE ? fresh.getModel() : null, union, first > 0);
  }

  private static Points merge(Points a, Points b) {
    List<Expr<?>> keys = new ArrayList<>(a.keys());
    keys.addAll(b.keys());
    List<Expr<?>> indices = new ArrayList<>(a.indices());
    indices.addAll(b.indices());
    List<dev.vigor.libvig.contract.PrefixPoint> prefixes = new ArrayList<>(a.prefixes());
    prefixes.addAll(b.prefixes());
    return new Points(keys, indices, prefixes);
  }

  /**
   * A solver giving up after the per-trace timeout (0: none), reset once the trace is validated
   * (unless it is the trace's kept solver).
   */
  private Solver solver(Context ctx) {
    Solver s = limitedSolver();
    madeForTrace.add(s);
    return s;
  }

  /** A solver of the symex context giving up after the per-trace timeout (0: none). */
  private Solver limitedSolver() {
    Solver s = symex.context().mkSolver();
    limit(symex.context(), s, traceTimeoutMs);
    return s;
  }

  /** The budget, never more than the per-trace timeout (0: none). */
  private long limitOf(long budgetMs) {
    return traceTimeoutMs > 0 ? Math.min(budgetMs, traceTimeoutMs) : budgetMs;
  }

  /** Makes s give up after the budget, never later than the per-trace timeout (0: none). */
  private void limit(Context ctx, Solver s, long budgetMs) {
    dev.vigor.engine.symex.StagedCheck.timeout(ctx, s, limitOf(budgetMs));
  }

  /**
   * The index the trace's first emap_add returned, else its first dchain_allocate's (an NF that
   * pairs a map with a dchain, as Vigor's own NAT did), so the spec's add uses the NF's index.
   */
  private static BitVecExpr allocatedIndex(Context ctx, Trace t) {
    for (String allocator : dev.vigor.engine.concrete.ConcreteRun.ALLOCATORS) {
      for (LibVigCallRecord c : t.calls()) {
        if (c.function().equals(allocator) && c.results().size() >= 2
            && c.results().get(1) instanceof BitVecExpr b && b.getSortSize() == 32) {
          return b;
        }
      }
    }
    return ctx.mkBVConst("the_index_allocated." + t.id(), 32);
  }

  /**
   * What the NF did (for sent_on_ports): from a constant verdict, or, for a verdict read from
   * state, a device when the trace entails it is one (0..65535, so neither -1 nor -2); empty when
   * neither is entailed, and a spec reading sent_on_ports is then unknown on the trace.
   */
  private Optional<NfOutcome<BitVecExpr>> nfOutcome(Context ctx, Trace t, BitVecExpr v,
      TraceSolver kept) {
    Solver pruning = kept.solver();
    Expr<?> s = v.simplify();
    if (!(s instanceof BitVecNum n)) {
      BoolExpr isDevice = ctx.mkBVULT((BitVecExpr) s, ctx.mkBV(65536, 32));
      if (Boolean.TRUE.equals(new dev.vigor.engine.symex.BitVecRanges().decide(isDevice))) {
        // a 16-bit field widened (the load balancer's backend device): no query
        return Optional.of(new NfOutcome.Device<>(ctx.mkExtract(15, 0, v)));
      }
      // asked once per trace, of the pruning solver: it holds the path condition already
      int depth = kept.push();
      try {
        t.axioms().forEach(pruning::add);
        pruning.add(ctx.mkNot(ctx.mkBVULT(v, ctx.mkBV(65536, 32))));
        return check(ctx, pruning, traceTimeoutMs) == Status.UNSATISFIABLE
            ? Optional.of(new NfOutcome.Device<>(ctx.mkExtract(15, 0, v))) : Optional.empty();
      } catch (com.microsoft.z3.Z3Exception e) {
        return Optional.empty();
      } finally {
        kept.popTo(depth);
      }
    }
    long x = n.getBigInteger().intValue();
    if (x == -1) {
      return Optional.of(new NfOutcome.Drop<>());
    }
    if (x == -2) {
      return Optional.of(new NfOutcome.Flood<>());
    }
    return Optional.of(new NfOutcome.Device<>(ctx.mkBV(x & 0xffff, 16)));
  }

  /**
   * Agreement with the NF's verdict, split on its value: -1 drop, -2 flood, a device number in
   * 0..65535 otherwise; any other value agrees with nothing. With nf, what the trace's verdict
   * is known to be ({@link #nfOutcome}).
   */
  private BoolExpr agreement(Context ctx, SymbolicSpecInputs sin, SpecPath p, BitVecExpr v,
      ArrayPacketTerms out, Optional<NfOutcome<BitVecExpr>> nf) {
    BoolExpr device = ctx.mkBVULT(v, ctx.mkBV(65536, 32));
    BitVecExpr dev = ctx.mkExtract(15, 0, v);
    // A trace whose verdict is known (a constant, or a device on every run of the trace): only
    // that case, the others being false wherever the trace's path condition holds.
    if (nf.isPresent()) {
      return nf.get() instanceof NfOutcome.Device<BitVecExpr>
          ? ctx.mkAnd(device, agrees(sin, p, new NfOutcome.Device<>(dev), out))
          : agrees(sin, p, nf.get(), out);
    }
    BoolExpr drop = ctx.mkEq(v, ctx.mkBV(-1, 32));
    BoolExpr flood = ctx.mkEq(v, ctx.mkBV(-2, 32));
    return ctx.mkAnd(
        ctx.mkImplies(drop, agrees(sin, p, new NfOutcome.Drop<>(), out)),
        ctx.mkImplies(flood, agrees(sin, p, new NfOutcome.Flood<>(), out)),
        ctx.mkImplies(ctx.mkAnd(ctx.mkNot(drop), ctx.mkNot(flood)), ctx.mkAnd(device,
            agrees(sin, p, new NfOutcome.Device<>(dev), out))));
  }

  private BoolExpr agrees(SymbolicSpecInputs sin, SpecPath p, NfOutcome<BitVecExpr> nf,
      ArrayPacketTerms out) {
    return SymbolicAgreement.agrees(sin, p, nf, out, termsOfTrace);
  }

  /** The object's state after the trace's last call on it. */
  private Expr<?> finalState(Trace t, String cName) {
    Expr<?> s = symex.inputs().preStates().get(cName);
    for (LibVigCallRecord c : t.calls()) {
      if (cName.equals(c.object()) && c.after() != null) {
        s = c.after();
      }
    }
    return s;
  }

  /**
   * Per object: the keys the trace and the spec path use on it (same sort), every index either
   * side mentions on any object (emaps and their vectors share indices), and fresh witnesses for
   * the objects in {@code witnessed}.
   */
  private Map<String, Points> points(Context ctx, Trace t, SpecPath p, BitVecExpr index,
      String tag, Set<String> witnessed) {
    Set<Expr<?>> indices = new LinkedHashSet<>();
    indices.add(index);
    t.indexPoints().values().forEach(indices::addAll);
    p.points().values().forEach(pt -> indices.addAll(pt.indices()));
    // a spec's cht lookup reads its row's slot
    Map<String, Set<Expr<?>>> chtSlots = new LinkedHashMap<>();
    for (ContractStep st : p.steps()) {
      String c = objects.cNameBySpecName.get(st.object());
      if (c != null && objects.byCName.get(c) instanceof SymbolicState.Cht cht) {
        chtSlots.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(cht.contract().slotOf(st.args().get(0)));
      }
    }
    Map<String, Points> out = new LinkedHashMap<>();
    for (var e : objects.byCName.entrySet()) {
      String c = e.getKey();
      Set<Expr<?>> keys = new LinkedHashSet<>(t.keyPoints().getOrDefault(c, List.of()));
      String specName = objects.objects.get(c).exportName();
      if (specName != null && p.points().containsKey(specName)) {
        keys.addAll(p.points().get(specName).keys());
      }
      keys.addAll(chtSlots.getOrDefault(c, Set.of()));
      Points pts = Points.of(new ArrayList<>(keys), new ArrayList<>(indices));
      out.put(c, witnessed.contains(c)
          ? FinalStateEquality.withWitnesses(ctx, e.getValue(), pts, "w" + tag + "." + c) : pts);
    }
    // every object sees every witness index
    Set<Expr<?>> all = new LinkedHashSet<>(indices);
    out.values().forEach(pt -> all.addAll(pt.indices()));
    out.replaceAll((c, pt) -> Points.of(pt.keys(), new ArrayList<>(all)));
    return out;
  }

  /** What every run taking the trace satisfies, instantiated at the points. */
  private List<BoolExpr> traceAssumptions(Trace t, Map<String, Points> points) {
    List<BoolExpr> a = new ArrayList<>(symex.inputs().constraints());
    a.addAll(t.pathCondition());
    a.addAll(t.axioms());
    for (var e : objects.byCName.entrySet()) {
      StructureContract<?> c = StateObjects.contract(e.getValue());
      a.add(c.assumedInvariant(e.getValue().pre(), points.get(e.getKey()), symex.inputs().now()));
    }
    a.addAll(callContracts(t, points::get));
    return a;
  }

  /**
   * What each of the trace's calls guarantees, its contract instantiated at the points of its
   * object. At {@link Points#none()} that is what the call says about its own arguments and
   * results: enough to tell which of a spec's branches on state the trace takes.
   */
  private List<BoolExpr> callContracts(Trace t, java.util.function.Function<String, Points> points) {
    List<BoolExpr> a = new ArrayList<>();
    for (LibVigCallRecord call : t.calls()) {
      SymbolicState s = call.object() == null ? null : objects.byCName.get(call.object());
      if (s == null || call.after() == null) {
        continue;
      }
      Operation op = StateObjects.contract(s).operation(call.function()).orElse(null);
      if (op != null) {
        Points pts = points.apply(call.object());
        op.definitionsAt(call.before(), call.args(), pts).ifPresent(a::add);
        a.add(op.postcondition(call.before(), call.after(), call.args(), call.results(), pts));
      }
    }
    return a;
  }

  /** The contracts of the spec path's own state updates, instantiated at the points. */
  private List<BoolExpr> pathAssumptions(SpecPath p, Map<String, Points> points) {
    List<BoolExpr> a = new ArrayList<>();
    for (ContractStep st : p.steps()) {
      String c = objects.cNameBySpecName.get(st.object());
      Points pts = c != null ? points.get(c) : Points.none();
      st.operation().definitionsAt(st.before(), st.args(), pts).ifPresent(a::add);
      a.add(st.operation().postcondition(st.before(), st.after(), st.args(), st.results(), pts));
    }
    return a;
  }
}
