package dev.vigor.engine.symex;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.LowLevelFailure;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.Interpreter;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.exec.PathEnded;
import dev.vigor.engine.exec.Val;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.run.SolverBudget;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Runs nf_process once on a symbolic device, packet, length and time, with every libVig object in
 * an arbitrary state satisfying its contract's invariant, and explores every feasible path
 * depth-first by re-execution (each path one run from the start along a decision prefix). nf_init
 * first runs concretely, only to check it succeeds: starting from havoc is sound whatever it did.
 * Throws {@link NfInitFailure} when it does not succeed, and CancelledException when cancelled.
 */
public final class SymbolicExecutor {
  /**
   * Solver time limit per query when the caller sets none (vigor verify and traces pass the
   * user's --timeout); a query that hits it counts as unknown, never as unsat.
   */
  public static final int QUERY_TIMEOUT_MS = 60_000;

  private SymbolicExecutor() {}

  /** Explores program (with nf.properties' settings) and returns every trace. */
  public static SymexResult run(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel) {
    return run(program, config, progress, cancel, QUERY_TIMEOUT_MS);
  }

  /**
   * As {@link #run(Program, NfConfig, ProgressListener, CancelToken)} with a per-query time limit
   * in ms (0: none).
   */
  public static SymexResult run(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, int queryTimeoutMs) {
    return run(program, config, progress, cancel, new SolverBudget(queryTimeoutMs));
  }

  /** As {@link #run(Program, NfConfig, ProgressListener, CancelToken)} with a solver budget. */
  public static SymexResult run(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, SolverBudget budget) {
    return run(program, config, progress, cancel, budget, null, runs -> { });
  }

  /**
   * As {@link #run(Program, NfConfig, ProgressListener, CancelToken, SolverBudget)}, handing what
   * every run learned from the solver to record (in exploration order), for
   * {@link #replay}.
   */
  public static SymexResult run(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, SolverBudget budget, java.util.function.Consumer<List<RecordedRun>> record) {
    return run(program, config, progress, cancel, budget, null, record);
  }

  /**
   * The result an exploration of this program and configuration gave, rebuilt from its recorded
   * runs in a fresh Z3 context without a single solver query: each run re-executes along its
   * recorded branches (building the same terms) and takes every solver-derived part (reports,
   * concrete inputs, verdicts) from the record. nf_init still runs concretely. Throws
   * {@link ReplayMismatch} when a run does not take the recorded path.
   */
  public static SymexResult replay(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, SolverBudget budget, List<RecordedRun> runs) {
    return run(program, config, progress, cancel, budget, List.copyOf(runs), r -> { });
  }

  private static SymexResult run(Program program, NfConfig config, ProgressListener progress,
      CancelToken cancel, SolverBudget budget, List<RecordedRun> script,
      java.util.function.Consumer<List<RecordedRun>> record) {
    PacketLoops.check(program);
    boolean initialised;
    ConcreteInterpreter init = new ConcreteInterpreter(program, config);
    try {
      initialised = init.init(cancel);
    } catch (dev.vigor.engine.exec.StepBudgetExhausted e) {
      throw new NfInitFailure(null, e.loc(), "nf_init: " + e.getMessage().substring(
          e.loc().toString().length() + 2) + "; raise it with --max-steps N; nothing was verified",
          true);
    } catch (LowLevelFailure f) {
      throw new NfInitFailure(f.check(), f.loc(), "nf_init: " + f.detail() + " (low-level check "
          + f.check() + ", run with nf.properties' configuration)");
    }
    if (!initialised) {
      SourceLocation at = program.function("nf_init").map(dev.vigor.engine.ir.Function::loc)
          .orElse(SourceLocation.of("nf_init", 1, 1));
      throw new NfInitFailure(null, at, "nf_init returned false on the concrete libVig with"
          + " nf.properties' configuration; fix the NF's initialisation or its configuration");
    }
    if (!init.unfilledChts().isEmpty()) {
      // the executor takes every cht's pre-state to be its filled table
      String cht = init.unfilledChts().get(0);
      SourceLocation at = program.object(cht).map(dev.vigor.engine.ir.LibVigObject::loc)
          .orElse(SourceLocation.of("nf_init", 1, 1));
      throw new NfInitFailure(null, at, "nf_init must fill " + cht + " with cht_fill(&" + cht
          + ") before packets arrive");
    }
    long t0 = System.nanoTime();
    Context ctx = new Context();
    boolean done = false;
    try (AutoCloseable hook = cancel.onCancel(ctx::interrupt)) {
      List<RecordedRun> recorded = new ArrayList<>();
      SymexResult r = explore(ctx, program, config, progress, cancel, t0, budget, script, recorded);
      if (script == null) {
        record.accept(List.copyOf(recorded));
      }
      done = true;
      return r;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (!done) {
        ctx.close();
      }
    }
  }

  private static SymexResult explore(Context ctx, Program program, NfConfig config,
      ProgressListener progress, CancelToken cancel, long t0, SolverBudget budget,
      List<RecordedRun> script, List<RecordedRun> recorded) {
    Z3Domain domain = new Z3Domain(ctx);
    BitVecExpr device = ctx.mkBVConst("device", 16);
    BitVecExpr length = ctx.mkBVConst("length", 16);
    BitVecExpr now = ctx.mkBVConst("now", 64);
    ArrayExpr<BitVecSort, BitVecSort> packet = ctx.mkArrayConst("packet", ctx.mkBitVecSort(32), ctx.mkBitVecSort(8));
    ObjectContracts objects = new ObjectContracts(ctx, program, domain, config.constants(), now);
    List<BoolExpr> base = List.of(
        ctx.mkBVULT(device, ctx.mkBV(program.deviceCount(), 16)),
        ctx.mkBVULE(ctx.mkBV(config.minLength(), 16), length),
        ctx.mkBVULE(length, ctx.mkBV(config.maxLength(), 16)),
        ctx.mkBVSLE(ctx.mkBV(0, 64), now));
    SymbolicInputs inputs = new SymbolicInputs(device, packet, length, now, objects.initial, base);
    // a replay asks nothing: no solver at all, so nothing can be asked by mistake
    Solver solver = script != null ? null : ctx.mkSolver();
    if (solver != null) {
      Params params = ctx.mkParams();
      params.add("timeout", budget.z3Timeout());
      solver.setParameters(params);
      base.forEach(solver::add);
    }

    Map<String, Expr<?>> openConfig = new java.util.HashMap<>(OpenConfig.terms(ctx, program, config));
    PathRun.Stats stats = new PathRun.Stats();
    Deque<List<PathRun.Choice>> work = new ArrayDeque<>();
    java.util.Iterator<RecordedRun> replaying = script == null ? null : script.iterator();
    if (script == null) {
      work.push(List.of());
    }
    List<Trace> traces = new ArrayList<>();
    List<List<PathRun.Choice>> forks = new ArrayList<>();
    List<CheckResult> checks = new ArrayList<>();
    progress.onProgress(new Progress(Phase.SYMBOLIC_EXECUTION, 0, -1,
        script == null ? "exploring paths" : "replaying " + script.size() + " cached runs"));
    while (script == null ? !work.isEmpty() : replaying.hasNext()) {
      cancel.throwIfCancelled();
      RecordedRun rec = script == null ? null : replaying.next();
      List<PathRun.Choice> prefix = rec == null ? work.pop() : RunRecords.choices(rec);
      List<List<PathRun.Choice>> queued = new ArrayList<>();
      if (solver != null) {
        solver.push();
      }
      PathRun run = new PathRun(ctx, solver, domain, inputs, objects, prefix, cancel, stats,
          queued::add, budget, rec);
      Expr<?> verdict = null;
      boolean ended = false;
      try {
        Interpreter<Expr<?>> interp = new Interpreter<>(program, run, config.constants())
            .withConfigTerms(openConfig)
            .withStepLimit(config.maxPathSteps());
        Val.Int v = interp.process(device, length, now);
        verdict = (Expr<?>) v.bits();
      } catch (PathEnded e) {
        ended = true;
      }
      checks.addAll(run.checks);
      RecordedRun.Finish finished = null;
      Trace t = null;
      if (!ended || run.endedBy != null) {
        RecordedRun.Finish[] f = new RecordedRun.Finish[1];
        t = finish(ctx, run, inputs, objects, verdict, traces.size(), ended, rec, f);
        finished = f[0];
        if (t != null) {
          traces.add(t);
          forks.add(List.copyOf(run.choices));
        }
      }
      RecordedRun.End end = !ended ? RecordedRun.End.FINISHED
          : run.infeasibleBranch ? RecordedRun.End.INFEASIBLE_BRANCH : RecordedRun.End.ENDED;
      String digest = RunRecords.digest(run, verdict, t != null);
      if (rec == null) {
        recorded.add(new RecordedRun(prefix.size(), RunRecords.choices(run.choices), run.outcomes,
            end, finished, run.feasibilityUnknown, digest));
      } else {
        RunRecords.matches(rec, run, end, digest);
      }
      if (solver != null) {
        solver.pop();
      }
      // depth-first: the deepest alternative first
      for (int i = queued.size() - 1; i >= 0; i--) {
        work.push(queued.get(i));
      }
      progress.onProgress(new Progress(Phase.SYMBOLIC_EXECUTION, traces.size(), -1,
          traces.size() + " paths, " + work.size() + " queued"));
    }
    if (replaying != null && !work.isEmpty()) {
      throw new ReplayMismatch("a replayed run forked where its record says it did not");
    }
    if (solver != null) {
      // What Z3 built for the exploration stays in the context until the collector finds the
      // solver dead, and every later solver in it works slower the more the context holds.
      solver.reset();
    }
    ExecutionTree tree = TreeBuilder.build(traces, forks);
    return new SymexResult(ctx, inputs, traces, tree, checks,
        new SymexResult.Timings(System.nanoTime() - t0, stats.solverNanos, stats.queries, stats.checksPassed),
        objects);
  }

  /** The trace of a finished run, with a concrete input from its model; null if infeasible. */
  private static Trace finish(Context ctx, PathRun run, SymbolicInputs inputs, ObjectContracts objects,
      Expr<?> verdict, int id, boolean ended, RecordedRun rec, RecordedRun.Finish[] finished) {
    ConcreteInput input = null;
    Long concreteVerdict = null;
    Model witness = null;
    boolean unknown = run.feasibilityUnknown;
    if (ended) {
      input = run.endedBy.input();
    } else if (rec != null) {
      // replaying: the model's answers come from the record
      RecordedRun.Finish f = rec.finish();
      if (f == null) {
        throw new ReplayMismatch("a replayed run returned, its record says it did not");
      }
      if (!f.kept()) {
        return null;
      }
      input = f.input();
      concreteVerdict = f.concreteVerdict();
      unknown = f.unknown();
    } else {
      Model m = run.replayableModel();
      if (m == null && run.lastStatus == Status.UNSATISFIABLE) {
        finished[0] = new RecordedRun.Finish(false, null, null, false);
        return null; // assuming a failed check's condition left no input for the rest of the path
      }
      if (m != null) {
        input = ModelReader.read(ctx, m, inputs, objects, run.keyPoints, run.indexPoints, run.prefixPoints, run.hashed);
        concreteVerdict = ModelReader.num(m, verdict).intValue() + 0L;
        run.forgetReplayPoints();
        witness = m;
      } else {
        unknown = true;
      }
      finished[0] = new RecordedRun.Finish(true, input, concreteVerdict, unknown);
    }
    return new Trace(id, run.decisions, run.pathCondition, run.pathText, run.pathLocs, run.axioms,
        run.calls, verdict, run.symbolicPacket().bytes(), run.steps, run.checks, run.endedBy, input,
        concreteVerdict, unknown, run.keyPoints, run.indexPoints, ctx, witness);
  }
}
