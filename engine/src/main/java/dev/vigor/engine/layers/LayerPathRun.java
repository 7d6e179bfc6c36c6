package dev.vigor.engine.layers;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.Decision;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.Machine;
import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.exec.PacketMemory;
import dev.vigor.engine.exec.PathEnded;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.symex.Z3Domain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of a layer's harness along a decision prefix (depth-first re-execution, as the NF's
 * executor does): decisions inside the prefix are replayed without queries; past it, each asks Z3
 * which ways are feasible, follows true and queues the other. Checks that can fail are recorded
 * with the open values that break them; the run then goes on assuming they hold.
 */
final class LayerPathRun implements Machine<Expr<?>> {
  private final Context ctx;
  private final Solver solver;
  private final Z3Domain domain;
  private final List<Boolean> prefix;
  private final Consumer<List<Boolean>> queue;
  private final CancelToken cancel;

  final List<Boolean> choices = new ArrayList<>();
  final List<LayerFinding> findings = new ArrayList<>();
  /** Open values taken so far, by a readable name. */
  private final Map<String, Expr<?>> anys = new LinkedHashMap<>();
  private final List<StepRecord> steps = new ArrayList<>();

  private record StepRecord(SourceLocation loc, String what, Expr<?> value, boolean signed) {}

  /** libVig's contracts along this path, when the layer's code is libVig's C; else null. */
  private final LibVigConformance conformance;

  /** The per-query limits of this exploration, for solvers of one query. */
  private final com.microsoft.z3.Params queryParams;

  LayerPathRun(Context ctx, Solver solver, Z3Domain domain, List<Boolean> prefix,
      Consumer<List<Boolean>> queue, CancelToken cancel, LibVigConformance conformance,
      com.microsoft.z3.Params queryParams) {
    this.conformance = conformance;
    this.queryParams = queryParams;
    this.ctx = ctx;
    this.solver = solver;
    this.domain = domain;
    this.prefix = prefix;
    this.queue = queue;
    this.cancel = cancel;
  }

  @Override
  public Z3Domain domain() {
    return domain;
  }

  @Override
  public PacketMemory<Expr<?>> packet() {
    throw new OutsideSubsetException("a layer's code has no packet of its own: its buffers are memory");
  }

  /** Whether the next query goes to a solver of its own (see {@link #checkKeeping}). */
  private boolean freshQuery;
  /** The solver of the last query, whose model a failed check reports. */
  private Solver lastModelSolver;
  private Status ask(BoolExpr... assumptions) {
    if (lastModelSolver != null && lastModelSolver != solver) {
      // frees what it built now: every solver in a context works slower the more it holds
      lastModelSolver.reset();
    }
    Status st;
    if (freshQuery) {
      // a libVig contract's check: a quantifier must not stay among the path's assertions, and
      // Z3 answers it from a solver of its own (full preprocessing) in milliseconds
      Solver fresh = ctx.mkSolver();
      fresh.setParameters(queryParams);
      fresh.add(solver.getAssertions());
      st = fresh.check(assumptions);
      lastModelSolver = fresh;
    } else {
      st = solver.check(assumptions);
      lastModelSolver = solver;
    }
    return st;
  }

  @Override
  public boolean decide(Expr<?> cond, String conditionText, SourceLocation loc, Decision.Kind kind) {
    Boolean settled = domain.truthOf(domain.simplified(cond));
    if (settled != null) {
      return settled;
    }
    BoolExpr c = (BoolExpr) cond;
    int at = choices.size();
    boolean taken;
    if (at < prefix.size()) {
      taken = prefix.get(at);
    } else {
      Status yes = ask(c);
      Status no = yes == Status.UNSATISFIABLE ? Status.SATISFIABLE : ask(ctx.mkNot(c));
      if (yes == Status.UNSATISFIABLE && no == Status.UNSATISFIABLE) {
        throw new PathEnded("no way of this branch is feasible");
      }
      taken = yes != Status.UNSATISFIABLE;
      if (taken && no != Status.UNSATISFIABLE) {
        List<Boolean> other = new ArrayList<>(choices);
        other.add(false);
        queue.accept(other);
      }
    }
    choices.add(taken);
    solver.add(taken ? c : ctx.mkNot(c));
    return taken;
  }

  /** Values a failed check's message shows (set only around {@link #checkShowing}). */
  private Map<String, Expr<?>> shown = Map.of();

  @Override
  public void checkShowing(Expr<?> safe, LowLevelCheck check, SourceLocation loc, String message,
      Map<String, Expr<?>> values) {
    shown = values;
    try {
      check(safe, check, loc, message);
    } finally {
      shown = Map.of();
    }
  }

  @Override
  public void check(Expr<?> safe, LowLevelCheck check, SourceLocation loc, String message) {
    checkKeeping(safe, null, check, loc, message);
  }

  /**
   * Checks safe on this path and goes on assuming kept (safe itself when null): a quantified
   * safe (libVig's contracts) never enters the path's solver, whose queries would all slow down.
   */
  private void checkKeeping(Expr<?> safe, BoolExpr kept, LowLevelCheck check, SourceLocation loc,
      String message) {
    Boolean settled = domain.truthOf(domain.simplified(safe));
    BoolExpr s = (BoolExpr) safe;
    BoolExpr keep = kept == null ? s : kept;
    if (Boolean.TRUE.equals(settled)) {
      if (kept != null) {
        solver.add(keep);
      }
      return;
    }
    if (choices.size() < prefix.size()) {
      solver.add(keep); // asked by the run that queued this prefix, on the same path
      return;
    }
    Status broken;
    if (Boolean.FALSE.equals(settled)) {
      broken = Status.SATISFIABLE;
    } else {
      freshQuery = kept != null;
      try {
        broken = ask(ctx.mkNot(s));
      } finally {
        freshQuery = false;
      }
    }
    if (broken == Status.UNSATISFIABLE) {
      solver.add(keep);
      return;
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    List<String> trace = new ArrayList<>();
    if (broken == Status.SATISFIABLE && Boolean.FALSE.equals(settled)) {
      // a check false by its form: the model is the path's own
      broken = ask();
    }
    if (broken == Status.SATISFIABLE) {
      Model model = lastModelSolver.getModel();
      anys.forEach((name, term) -> inputs.put(name, show(model, term, true)));
      if (!shown.isEmpty()) {
        message += " where " + String.join(", ", shown.entrySet().stream()
            .map(e -> e.getKey() + " = " + shownValue(model, e.getValue())).toList());
      }
      message += allowed(model);
      for (StepRecord r : steps) {
        trace.add(r.loc() + ": " + r.what() + (r.value() == null ? "" : " " + show(model, r.value(), r.signed())));
      }
    } else {
      steps.forEach(r -> trace.add(r.loc() + ": " + r.what()));
    }
    findings.add(new LayerFinding(check.name(), loc.toString(), message,
        broken == Status.SATISFIABLE, inputs, trace));
    solver.add(keep);
    if (ask() == Status.UNSATISFIABLE) {
      throw new PathEnded("the check cannot hold here");
    }
  }

  /** An integer as C code would write it: decimal, and hex too when it reads better so (registers). */
  private static String shownValue(Model model, Expr<?> term) {
    String d = show(model, term, false);
    try {
      java.math.BigInteger v = new java.math.BigInteger(d);
      return v.compareTo(java.math.BigInteger.valueOf(9)) > 0 ? "0x" + v.toString(16) + " (" + d + ")" : d;
    } catch (NumberFormatException e) {
      return d;
    }
  }

  private static String show(Model model, Expr<?> term, boolean signed) {
    Expr<?> v = model.eval(term, true);
    if (v instanceof BitVecNum n) {
      BigInteger u = n.getBigInteger();
      int bits = n.getSortSize();
      BigInteger value = signed && u.testBit(bits - 1) ? u.subtract(BigInteger.ONE.shiftLeft(bits)) : u;
      return value.toString();
    }
    return v.toString();
  }

  @Override
  public Expr<?> any(String intrinsic, int bits, SourceLocation loc) {
    String name = intrinsic + "() at " + loc + (anys.keySet().stream()
        .anyMatch(k -> k.startsWith(intrinsic + "() at " + loc)) ? " #" + (anys.size() + 1) : "");
    Expr<?> v = ctx.mkBVConst("any!" + anys.size() + "!" + loc.line(), bits);
    anys.put(name, v);
    return v;
  }

  @Override
  public void assume(Expr<?> cond, String text, SourceLocation loc) {
    Boolean settled = domain.truthOf(domain.simplified(cond));
    if (Boolean.TRUE.equals(settled)) {
      return;
    }
    if (Boolean.FALSE.equals(settled)) {
      throw new PathEnded("assumed " + text + ", which cannot hold");
    }
    solver.add((BoolExpr) cond);
    if (choices.size() >= prefix.size() && ask() == Status.UNSATISFIABLE) {
      throw new PathEnded("assumed " + text + ", which cannot hold here");
    }
  }


  @Override
  public void libVigEntered(String function, LibVigObject object, List<LibVigObject> others,
      List<Expr<?>> args, SourceLocation loc) {
    if (conformance == null) {
      Machine.super.libVigEntered(function, object, others, args, loc);
      return;
    }
    BoolExpr pre = conformance.precondition(function, object, conformance.contractArgs(function, others, args));
    List<BoolExpr> facts = conformance.takeFacts();
    facts.forEach(solver::add);
    // a call outside its contract is no obligation of libVig's C: that path ends here
    if (!decide(pre, function + "'s precondition", loc, Decision.Kind.CONDITION)) {
      throw new PathEnded("outside " + function + "'s precondition");
    }
  }

  @Override
  public void libVigReturned(String function, LibVigObject object, List<LibVigObject> others,
      List<Expr<?>> args, List<Expr<?>> results, SourceLocation loc) {
    List<Expr<?>> all = conformance.contractArgs(function, others, args);
    LibVigConformance.Post post = conformance.postcondition(function, object, all, results);
    conformance.takeFacts().forEach(solver::add);
    Map<String, Expr<?>> values = new LinkedHashMap<>();
    List<String> argNames = LibVigConformance.argumentNames(function);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).getSort() instanceof com.microsoft.z3.BitVecSort) {
        values.put(i < argNames.size() ? argNames.get(i) : "arg" + i, all.get(i));
      }
    }
    List<String> resultNames = LibVigConformance.resultNames(function);
    for (int i = 0; i < results.size(); i++) {
      values.put(resultNames.get(i), results.get(i));
    }
    contractCall = new Object[] {function, object, all};
    shown = values;
    try {
      checkKeeping(post.obligation(), post.definition(), LowLevelCheck.LIBVIG_CONTRACT, loc,
          function + "(" + object.name() + ", ...) returned what its contract does not allow");
    } finally {
      contractCall = null;
      shown = Map.of();
    }
  }

  @Override
  public Expr<?> unwritten(String function, int index, LibVigObject object, SourceLocation loc) {
    return conformance.anyResult(function, object, index);
  }

  /** The contract call being checked (function, object, arguments), for what it would allow. */
  private Object[] contractCall;

  /** ", where the contract allows returned = 0, ..." for the open values of model; "" if none. */
  private String allowed(Model model) {
    if (contractCall == null) {
      return "";
    }
    String function = (String) contractCall[0];
    LibVigObject object = (LibVigObject) contractCall[1];
    @SuppressWarnings("unchecked")
    List<Expr<?>> args = (List<Expr<?>>) contractCall[2];
    List<BoolExpr> post = new ArrayList<>();
    Map<String, Expr<?>> fresh = conformance.alternative(function, object, args,
        conformance.lastBefore(object.name()), post);
    List<BoolExpr> fixed = new ArrayList<>(post);
    anys.values().forEach(v -> fixed.add(ctx.mkEq(v, model.eval(v, true))));
    // the path so far, this call's results left open
    Solver alone = ctx.mkSolver();
    alone.setParameters(queryParams);
    alone.add(solver.getAssertions());
    try {
      if (alone.check(fixed.toArray(BoolExpr[]::new)) != Status.SATISFIABLE) {
        return "; for these values the contract allows no result at all (an earlier call's"
            + " results already left it)";
      }
      Model m = alone.getModel();
      return "; for these values the contract allows " + String.join(", ", fresh.entrySet()
          .stream().map(e -> e.getKey() + " = " + shownValue(m, e.getValue())).toList());
    } finally {
      alone.reset();
    }
  }

  /**
   * In libVig's C an offset is symbolic where an index comes from a hash or a stored link:
   * this path forks over the values it can have (halving the range each time), so that memory
   * stays a list of plain cells and each query small.
   */
  @Override
  public Expr<?> pinned(Expr<?> offset, int size, SourceLocation loc) {
    if (conformance == null) {
      return offset;
    }
    int bits = domain.bits(offset);
    int lo = 0;
    int hi = size; // the access was checked: lo <= offset < hi
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (decide(domain.slt(offset, domain.num(mid, bits)), "offset < " + mid, loc,
          Decision.Kind.CONDITION)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    Expr<?> k = domain.num(lo, bits);
    solver.add((BoolExpr) domain.eq(offset, k));
    return k;
  }

  @Override
  public List<Expr<?>> libVig(String function, LibVigObject object, List<Expr<?>> args, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": " + function + ": a layer's harness calls libVig"
        + " only on its objects, by name, and only where libVig's C is the layer's code");
  }

  @Override
  public void step(SourceLocation loc, String what, Expr<?> value) {
    steps.add(new StepRecord(loc, what, value, true));
  }

  @Override
  public void step(SourceLocation loc, String what, Expr<?> value, boolean signed) {
    steps.add(new StepRecord(loc, what, value, signed));
  }

  /** Thrown by {@code vig_end}: the run is over, complete. */
  static final class Finished extends RuntimeException {
    Finished() {
      super("vig_end", null, false, false);
    }
  }

  @Override
  public void end(SourceLocation loc) {
    throw new Finished();
  }

  @Override
  public void poll() {
    cancel.throwIfCancelled();
  }

  @Override
  public void budgetExhausted(SourceLocation loc, String message) {
    findings.add(new LayerFinding(LowLevelCheck.STEP_BUDGET.name(), loc.toString(), message, false,
        Map.of(), List.of()));
    throw new PathEnded("step budget");
  }
}
