package dev.vigor.engine.symex;

import com.microsoft.z3.Context;
import java.util.List;

/**
 * Everything one symbolic execution found: the traces, the execution tree, every low-level check
 * that failed or was undecided, and timings. Owns the Z3 context the traces' terms live in: close
 * it when done with the terms.
 */
public final class SymexResult implements AutoCloseable {
  private final Context ctx;
  private final SymbolicInputs inputs;
  private final List<Trace> traces;
  private final ExecutionTree tree;
  private final List<CheckResult> checks;
  private final Timings timings;
  /** Null for the owner, which closes the context; for a lent view, what closing it does instead. */
  private final Runnable giveBack;
  /** The executor's contracts (with the C bounds of stored elements); null when not given. */
  private final ObjectContracts objects;
  /**
   * What a validator keeps per trace across validations while an owner keeps the traces (shared
   * with lent views), with how many validations each served; null when nothing is kept.
   */
  private java.util.Map<Trace, Kept> perTrace;

  /** A value kept for a trace and how many validations it served. */
  private static final class Kept {
    final Object value;
    int uses;

    Kept(Object value) {
      this.value = value;
    }
  }
  /**
   * Validations a kept per-trace value serves before it is built afresh: each edit of a spec may
   * leave new facts in a kept solver, and a solver that only grows slows down.
   */
  private static final int PER_TRACE_USES = 200;

  /** Where the time went, in nanoseconds; queries counts solver calls. */
  public record Timings(long symbolicNanos, long solverNanos, long queries, long checksPassed) {}

  SymexResult(Context ctx, SymbolicInputs inputs, List<Trace> traces, ExecutionTree tree,
      List<CheckResult> checks, Timings timings) {
    this(ctx, inputs, traces, tree, checks, timings, null, null);
  }

  SymexResult(Context ctx, SymbolicInputs inputs, List<Trace> traces, ExecutionTree tree,
      List<CheckResult> checks, Timings timings, ObjectContracts objects) {
    this(ctx, inputs, traces, tree, checks, timings, null, objects);
  }

  private SymexResult(Context ctx, SymbolicInputs inputs, List<Trace> traces, ExecutionTree tree,
      List<CheckResult> checks, Timings timings, Runnable giveBack, ObjectContracts objects) {
    this.giveBack = giveBack;
    this.objects = objects;
    this.ctx = ctx;
    this.inputs = inputs;
    this.traces = List.copyOf(traces);
    this.tree = tree;
    this.checks = List.copyOf(checks);
    this.timings = timings;
  }

  /** The Z3 context of every term in the traces. */
  public Context context() {
    return ctx;
  }

  public SymbolicInputs inputs() {
    return inputs;
  }

  public List<Trace> traces() {
    return traces;
  }

  public ExecutionTree tree() {
    return tree;
  }

  /** Every failed or undecided check, in the order found. */
  public List<CheckResult> checks() {
    return checks;
  }

  /** The failed checks only. */
  public List<CheckResult> failures() {
    return checks.stream().filter(c -> c.status() == CheckResult.Status.FAILED).toList();
  }

  public Timings timings() {
    return timings;
  }

  /**
   * The same traces in the same context, for one user at a time while this result's owner keeps
   * it across runs: closing the view runs giveBack instead of closing the context (the owner
   * closes this result itself, and must not lend it again before giveBack ran).
   */
  public SymexResult lend(Runnable giveBack) {
    SymexResult view = new SymexResult(ctx, inputs, traces, tree, checks, timings,
        java.util.Objects.requireNonNull(giveBack), objects);
    view.perTrace = perTrace;
    return view;
  }

  /**
   * Keeps what validators build per trace (see {@link #perTrace}) from now on, for an owner that
   * validates the same traces again and again (the editor's live verification): Z3 then reads a
   * trace's path condition, call facts and the axioms specs need once, not once per edit.
   */
  public SymexResult keepPerTrace() {
    if (perTrace == null) {
      perTrace = new java.util.IdentityHashMap<>();
    }
    return this;
  }

  /** Whether values built per trace are kept (see {@link #keepPerTrace}). */
  public boolean keepsPerTrace() {
    return perTrace != null;
  }

  /**
   * The value kept for trace when values are kept (built afresh after it served long enough or
   * when not usable), else a fresh one from build. One user at a time: a kept value is for the
   * context's thread.
   */
  @SuppressWarnings("unchecked")
  public <T> T perTrace(Trace trace, java.util.function.Supplier<T> build,
      java.util.function.Predicate<T> usable) {
    if (perTrace == null) {
      return build.get();
    }
    synchronized (perTrace) {
      Kept kept = perTrace.get(trace);
      if (kept == null || kept.uses >= PER_TRACE_USES || !usable.test((T) kept.value)) {
        kept = new Kept(build.get());
        perTrace.put(trace, kept);
      }
      kept.uses++;
      return (T) kept.value;
    }
  }

  /**
   * What the executor assumes of object's state between packets at the points: its contract's
   * invariant, with the C bounds of stored elements at the packet's time (the validator's own
   * state objects leave bounds out); true when the object or the contracts are unknown.
   */
  public com.microsoft.z3.BoolExpr invariantAt(String object, com.microsoft.z3.Expr<?> state,
      dev.vigor.libvig.contract.Points points) {
    dev.vigor.libvig.contract.StructureContract<?> c =
        objects == null ? null : objects.contracts.get(object);
    return c == null ? ctx.mkTrue() : c.assumedInvariant(state, points, objects.now);
  }

  @Override
  public void close() {
    if (giveBack != null) {
      giveBack.run();
    } else {
      ctx.close();
    }
  }
}
