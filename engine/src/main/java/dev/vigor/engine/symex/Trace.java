package dev.vigor.engine.symex;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.Decision;
import java.util.List;

/**
 * One feasible path through nf_process. Terms live in the {@link SymexResult}'s Z3 context.
 *
 * @param id the path's number, in exploration order
 * @param decisions every branch taken (constant ones too), as both interpreters record them
 * @param pathCondition the constraints this path added: branch conditions and the low-level
 *     checks' conditions it assumed after checking them
 * @param pathText each path-condition entry in C syntax
 * @param pathLocs each path-condition entry's source location
 * @param axioms the libVig contracts' invariants and postconditions instantiated on this path
 * @param calls the libVig calls in order
 * @param verdict nf_process's result (a 32-bit term), or null when a check ended the path
 * @param outputPacket the packet after the NF's stores; with the input length
 * @param steps the linear C trace
 * @param checks the checks that failed or were undecided on this path (beyond its shared prefix)
 * @param endedBy the check that ended the path (cannot pass here), or null
 * @param input a concrete input that takes this path (null if the solver said unknown)
 * @param feasibilityUnknown whether some branch was kept only because Z3 said unknown
 * @param keyPoints per libVig object, the key terms the path's calls mention (the points its
 *     contracts were instantiated at; a validator adds the spec's and re-instantiates)
 * @param indexPoints per libVig object, the index terms the path's calls mention
 * @param context the Z3 context every term of this trace lives in (owned by the {@link SymexResult})
 * @param witness a model of the path's constraints and instantiated contracts, the one its input
 *     was read from; null when there is none (an ended path, a run replayed from a record)
 */
public record Trace(
    int id,
    List<Decision> decisions,
    List<BoolExpr> pathCondition,
    List<String> pathText,
    List<SourceLocation> pathLocs,
    List<BoolExpr> axioms,
    List<LibVigCallRecord> calls,
    Expr<?> verdict,
    ArrayExpr<BitVecSort, BitVecSort> outputPacket,
    List<Step> steps,
    List<CheckResult> checks,
    CheckResult endedBy,
    ConcreteInput input,
    Long concreteVerdict,
    boolean feasibilityUnknown,
    java.util.Map<String, List<Expr<?>>> keyPoints,
    java.util.Map<String, List<Expr<?>>> indexPoints,
    Context context,
    com.microsoft.z3.Model witness) {
  public Trace {
    decisions = List.copyOf(decisions);
    pathCondition = List.copyOf(pathCondition);
    pathText = List.copyOf(pathText);
    pathLocs = List.copyOf(pathLocs);
    axioms = List.copyOf(axioms);
    calls = List.copyOf(calls);
    steps = List.copyOf(steps);
    checks = List.copyOf(checks);
    keyPoints = copy(keyPoints);
    indexPoints = copy(indexPoints);
  }

  private static java.util.Map<String, List<Expr<?>>> copy(java.util.Map<String, List<Expr<?>>> m) {
    java.util.Map<String, List<Expr<?>>> c = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> c.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(c);
  }

  /** The verdict as people read it: a device number, NF_DROP, NF_FLOOD, or the check that ended the path. */
  public String verdictText() {
    if (endedBy != null) {
      return "FAILED " + endedBy.check() + " at " + endedBy.loc();
    }
    if (verdict == null || concreteVerdict == null) {
      return "verdict unknown (no model)";
    }
    if (verdict.simplify().isNumeral()) {
      return describe(concreteVerdict);
    }
    return "a device read from state (e.g. " + describe(concreteVerdict) + ")";
  }

  private static String describe(long v) {
    return v == -1 ? "NF_DROP" : v == -2 ? "NF_FLOOD" : "device " + v;
  }
}
