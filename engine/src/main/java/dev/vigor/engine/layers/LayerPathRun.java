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

  LayerPathRun(Context ctx, Solver solver, Z3Domain domain, List<Boolean> prefix,
      Consumer<List<Boolean>> queue, CancelToken cancel) {
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

  private Status ask(BoolExpr... assumptions) {
    return solver.check(assumptions);
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
    Boolean settled = domain.truthOf(domain.simplified(safe));
    if (Boolean.TRUE.equals(settled)) {
      return;
    }
    BoolExpr s = (BoolExpr) safe;
    if (choices.size() < prefix.size()) {
      solver.add(s); // asked by the run that queued this prefix, on the same path
      return;
    }
    Status broken = Boolean.FALSE.equals(settled) ? Status.SATISFIABLE : ask(ctx.mkNot(s));
    if (broken == Status.UNSATISFIABLE) {
      solver.add(s);
      return;
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    List<String> trace = new ArrayList<>();
    if (broken == Status.SATISFIABLE) {
      // the model of the last query, or (a check false by its form) of the path itself
      if (Boolean.FALSE.equals(settled)) {
        ask();
      }
      Model model = solver.getModel();
      anys.forEach((name, term) -> inputs.put(name, show(model, term, true)));
      if (!shown.isEmpty()) {
        message += " where " + String.join(", ", shown.entrySet().stream()
            .map(e -> e.getKey() + " = " + shownValue(model, e.getValue())).toList());
      }
      for (StepRecord r : steps) {
        trace.add(r.loc() + ": " + r.what() + (r.value() == null ? "" : " " + show(model, r.value(), r.signed())));
      }
    } else {
      steps.forEach(r -> trace.add(r.loc() + ": " + r.what()));
    }
    findings.add(new LayerFinding(check.name(), loc.toString(), message,
        broken == Status.SATISFIABLE, inputs, trace));
    solver.add(s);
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
  public List<Expr<?>> libVig(String function, LibVigObject object, List<Expr<?>> args, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": " + function + ": a layer's harness calls libVig only"
        + " through a model");
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
