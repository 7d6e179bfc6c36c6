package dev.vigor.engine.specexec;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.symex.StagedCheck;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers whether branch conditions are possible together with the background facts a solver
 * holds. Each condition is asserted once, behind a fresh literal, and asked as an assumption:
 * spec paths share most of their conditions, and Z3 then translates each of them once instead of
 * once per question. The solver may be used for other queries between questions, inside
 * push/pop.
 *
 * <p>Most questions need no solver call: the sets of conditions found impossible together (the
 * solver's unsat cores) answer every later question containing one of them, and the last few
 * models answer every question they satisfy. A spec asks a branch and its negation, so one of the
 * two usually holds in the model that answered the branch before; and the specs checked on one
 * trace ask the same impossible branch after different prefixes (the policer's refill, once per
 * file), which its core answers.
 */
public final class FeasibilitySolver {
  private final Context ctx;
  private final Solver solver;
  private final long budgetMs;
  private final Memory memory;
  private final Deque<Model> models = new ArrayDeque<>();
  private static final int MODELS_KEPT = 4;
  private long queries;

  /** Asks {@code solver}, which holds the background facts, with no budget of its own. */
  public FeasibilitySolver(Context ctx, Solver solver) {
    this(ctx, solver, 0);
  }

  /** Asks {@code solver}, whose queries a watchdog stops past budgetMs (0: none). */
  public FeasibilitySolver(Context ctx, Solver solver, long budgetMs) {
    this(ctx, solver, budgetMs, new Memory(), List.of());
  }

  /**
   * As the other constructor, remembering in memory (and starting from what it holds): an
   * earlier asker's of the same solver, whose literals are still asserted in it. A question the
   * solver cannot answer at once goes to a fresh solver given also {@code strengthening}: facts
   * that hold wherever the background does (the trace's instantiated contracts), too many to keep
   * in the long-lived solver, which they slow down.
   */
  public FeasibilitySolver(Context ctx, Solver solver, long budgetMs, Memory memory,
      List<BoolExpr> strengthening) {
    this.ctx = ctx;
    this.solver = solver;
    this.budgetMs = budgetMs;
    this.memory = memory;
    this.strengthening = List.copyOf(strengthening);
  }

  private final List<BoolExpr> strengthening;

  /** A model of the background found before the first question, or null. */
  private Model witness;

  /**
   * Answers "possible" from witness, a model of the background (e.g. the one symbolic execution
   * read the trace's input from), for every question it satisfies: the first question on a
   * trace, which is usually possible, then costs no model search. A model that misses some
   * background fact can only keep a branch that the final query finds infeasible.
   */
  public FeasibilitySolver knowing(Model witness) {
    this.witness = witness;
    return this;
  }

  /**
   * What questions to one solver learned, for every later asker of that solver while its
   * background only grows by facts that hold (then an impossible set stays impossible, and a
   * condition's literal still implies it). An answer "possible" may turn impossible as facts
   * grow; keeping it only keeps a branch that the final query then finds infeasible.
   */
  public static final class Memory {
    final Map<BoolExpr, BoolExpr> literals = new HashMap<>();
    final Map<BoolExpr, BoolExpr> conditionOf = new HashMap<>();
    // Specs checked on one trace often ask the same question (e.g. the lookup most bridge
    // properties start with).
    final Map<Set<BoolExpr>, Boolean> answers = new HashMap<>();
    final List<Set<BoolExpr>> cores = new ArrayList<>();
    final Map<BoolExpr, Boolean> entailed = new HashMap<>();
  }

  /** How long Z3 may try to show that the background implies a condition. */
  static final long ENTAILMENT_BUDGET_MS = 200;

  /**
   * Whether the background and the strengthening imply c: true only when Z3 shows it (within
   * {@link #ENTAILMENT_BUDGET_MS}, on a fresh solver given both). Remembered per condition.
   */
  public boolean entailed(BoolExpr c) {
    Boolean known = memory.entailed.get(c);
    if (known != null) {
      return known;
    }
    Solver fresh = StagedCheck.freshCopy(ctx, solver, strengthening, ENTAILMENT_BUDGET_MS);
    fresh.add(ctx.mkNot(c));
    Status st = dev.vigor.engine.symex.SolverWatchdog.check(ctx, fresh, ENTAILMENT_BUDGET_MS);
    boolean implied = st == Status.UNSATISFIABLE;
    if (st != Status.UNKNOWN || !"canceled".equals(fresh.getReasonUnknown())) {
      memory.entailed.put(c, implied); // not when a stopped run interrupted it: ask again next time
    }
    fresh.reset(); // frees what it built now, not when collected (StagedCheck.discard)
    return implied;
  }

  /** How many questions went to Z3 (the rest were answered from earlier answers). */
  public long queries() {
    return queries;
  }

  /** The solver holding the background facts. */
  public Solver solver() {
    return solver;
  }

  /** Whether every condition can hold at once with the background; true when Z3 cannot tell. */
  public boolean possible(List<BoolExpr> conditions) {
    Set<BoolExpr> key = new HashSet<>(conditions);
    Boolean known = memory.answers.get(key);
    if (known == null) {
      known = fromCores(key) ? Boolean.FALSE : fromModels(conditions) ? Boolean.TRUE : null;
    }
    if (known != null) {
      memory.answers.put(key, known);
      return known;
    }
    List<BoolExpr> assumed = new ArrayList<>(conditions.size());
    for (BoolExpr c : conditions) {
      assumed.add(memory.literals.computeIfAbsent(c, k -> {
        BoolExpr l = (BoolExpr) ctx.mkFreshConst("branch", ctx.getBoolSort());
        solver.add(ctx.mkImplies(l, k));
        memory.conditionOf.put(l, k);
        return l;
      }));
    }
    queries++;
    StagedCheck.Answer answer = StagedCheck.check(ctx, solver, strengthening, budgetMs, budgetMs,
        assumed.toArray(new BoolExpr[0]));
    Status st = answer.status();
    if (st == Status.SATISFIABLE) {
      models.addFirst(answer.solver().getModel());
      if (models.size() > MODELS_KEPT) {
        models.removeLast();
      }
    } else if (st == Status.UNSATISFIABLE) {
      Set<BoolExpr> core = new HashSet<>();
      for (BoolExpr l : answer.solver().getUnsatCore()) {
        BoolExpr c = memory.conditionOf.get(l);
        if (c != null) {
          core.add(c);
        }
      }
      memory.cores.add(core);
    }
    StagedCheck.discard(answer, solver);
    if (st != Status.UNKNOWN) {
      memory.answers.put(key, st == Status.SATISFIABLE);
    }
    return st != Status.UNSATISFIABLE;
  }

  /** Whether a known impossible set lies within these conditions. */
  private boolean fromCores(Set<BoolExpr> conditions) {
    for (Set<BoolExpr> core : memory.cores) {
      if (conditions.containsAll(core)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a kept model of the background satisfies every condition. */
  private boolean fromModels(List<BoolExpr> conditions) {
    for (Model m : models) {
      if (satisfies(m, conditions)) {
        return true;
      }
    }
    return witness != null && satisfies(witness, conditions);
  }

  private static boolean satisfies(Model m, List<BoolExpr> conditions) {
    for (BoolExpr c : conditions) {
      if (!m.eval(c, true).isTrue()) {
        return false;
      }
    }
    return true;
  }
}
