package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Outcome;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.ir.Stmt;
import dev.vigor.engine.spec.parse.EllipsisMasking;
import dev.vigor.engine.spec.parse.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Assert;
import org.python.antlr.ast.Assign;
import org.python.antlr.ast.Attribute;
import org.python.antlr.ast.AugAssign;
import org.python.antlr.ast.Call;
import org.python.antlr.ast.If;
import org.python.antlr.ast.Import;
import org.python.antlr.ast.ImportFrom;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.Pass;
import org.python.antlr.ast.Return;
import org.python.antlr.ast.Str;
import org.python.antlr.ast.Subscript;
import org.python.antlr.ast.keyword;
import org.python.antlr.base.expr;
import org.python.antlr.base.stmt;

/** Lowers one file's statements to the spec IR; {@code import NAME} includes another file in place. */
final class FileLowering {
  private final SourceFile file;
  private final CheckSession session;
  private final ExpressionLowering expressions;
  private final OutcomeLowering outcomes;
  private final PropertyImports imports;

  FileLowering(SourceFile file, CheckSession session) {
    this.file = file;
    this.session = session;
    this.expressions = new ExpressionLowering(file, session);
    this.outcomes = new OutcomeLowering(file, session, expressions);
    this.imports = new PropertyImports(file, session);
    session.assignedSomewhere.addAll(AssignedNames.of(file.module()));
    session.mentionedSomewhere.addAll(MentionedNames.of(file));
  }

  private SourceLocation at(PythonTree node) {
    return file.at(node);
  }

  /** The file's top-level block (Vigor's if rule is applied once the caller has spliced it in). */
  List<Stmt> lowerFile() {
    return lowerStatements(file.module().getInternalBody());
  }

  /** Lowers a nested block: its statements, with imports spliced in and Vigor's if rule applied. */
  List<Stmt> lowerBlock(List<stmt> body) {
    List<Stmt> block = lowerStatements(body);
    return VigorIfRule.apply(block);
  }

  private List<Stmt> lowerStatements(List<stmt> body) {
    List<Stmt> out = new ArrayList<>();
    List<Stmt> unreachable = new ArrayList<>();
    boolean warned = false;
    for (stmt s : body) {
      boolean ended = VigorIfRule.ends(out);
      if (ended && !warned) {
        warned = true;
        session.warning(at(s), "this statement is never reached: the path already ended ("
            + (out.get(out.size() - 1) instanceof Stmt.Pass ? "pass" : "return") + " above); remove it or move it above");
      }
      // Statements after the end of a path are still checked, but kept out of the IR: an interpreter
      // never has to skip anything.
      lowerStatement(s, ended ? unreachable : out);
    }
    return out;
  }

  private void lowerStatement(stmt s, List<Stmt> out) {
    String forbidden = SubsetRules.forbiddenStatement(s);
    if (forbidden != null) {
      session.error(SubsetRules.isCompound(s) ? file.atLineStart(s) : at(s), forbidden);
      return;
    }
    if (s instanceof Assign assign) {
      assign(assign, out);
    } else if (s instanceof AugAssign aug) {
      augmentedAssign(aug, out);
    } else if (s instanceof If ifs) {
      lowerIf(ifs, out);
    } else if (s instanceof Return ret) {
      outcomes.lower(ret, ret.getInternalValue(), "return").ifPresent(o -> out.add(new Stmt.Return(at(s), o)));
    } else if (s instanceof Pass) {
      out.add(new Stmt.Pass(at(s)));
    } else if (s instanceof org.python.antlr.ast.Break) {
      // Early Vigor properties wrote break where later ones write pass ("nothing to say here").
      session.warning(at(s), "break is the early Vigor spelling of pass; read as pass (write pass)");
      out.add(new Stmt.Pass(at(s)));
    } else if (s instanceof Assert a) {
      if (a.getInternalMsg() != null) {
        session.error(at(a.getInternalMsg()), a.getInternalMsg() instanceof Str
            ? "strings are not part of the spec language; drop the assert message and write it in a # comment"
            : "assert takes a condition only; drop the message");
      }
      out.add(new Stmt.Assert(at(s), expressions.condition(a.getInternalTest())));
    } else if (s instanceof ImportFrom from) {
      imports.importState(from);
    } else if (s instanceof Import imp) {
      imports.importProperties(imp, out);
    } else if (s instanceof org.python.antlr.ast.Expr e) {
      expressionStatement(e, out);
    } else {
      session.error(at(s), "this statement is not part of the spec language; see docs/spec-language.md for what is");
    }
  }

  /**
   * An if with its branches; afterwards, the variables definitely assigned are those assigned on
   * every branch that continues (a branch ending in return or pass does not).
   */
  private void lowerIf(If ifs, List<Stmt> out) {
    Expr cond = expressions.condition(ifs.getInternalTest());
    Set<String> before = new HashSet<>(session.definitelyAssigned);
    List<Stmt> then = lowerBlock(ifs.getInternalBody());
    Set<String> afterThen = session.definitelyAssigned;
    session.definitelyAssigned = new HashSet<>(before);
    boolean hasElse = !ifs.getInternalOrelse().isEmpty();
    List<Stmt> otherwise = hasElse ? lowerBlock(ifs.getInternalOrelse()) : List.of();
    Set<String> afterElse = session.definitelyAssigned;
    boolean thenEnds = VigorIfRule.ends(then);
    boolean elseEnds = hasElse && VigorIfRule.ends(otherwise);
    Set<String> merged;
    if (thenEnds && !elseEnds) {
      merged = afterElse;
    } else if (elseEnds && !thenEnds) {
      merged = afterThen;
    } else {
      merged = new HashSet<>(afterThen);
      merged.retainAll(afterElse);
    }
    session.definitelyAssigned = merged;
    out.add(new Stmt.If(at(ifs), cond, then, otherwise, hasElse ? Stmt.ElseFrom.WRITTEN : Stmt.ElseFrom.NONE));
  }

  // ---- assignment ----

  private void assign(Assign assign, List<Stmt> out) {
    List<expr> targets = assign.getInternalTargets();
    if (targets.size() != 1) {
      session.error(at(targets.get(1)), "chained assignment (a = b = x) is not supported; assign one name at a time");
      return;
    }
    expr target = targets.get(0);
    expr value = assign.getInternalValue();
    if (target instanceof Subscript sub) {
      subscriptAssign(assign, sub, value, out);
      return;
    }
    if (target instanceof Attribute) {
      session.error(at(target), "fields of headers and records cannot be assigned; build a new value instead,"
          + " e.g. T(a, b) or ether(h, daddr=x)");
      return;
    }
    if (!(target instanceof Name name)) {
      session.error(at(target), "only a single name can be assigned (no unpacking: a, b = ...); assign one name at a time");
      return;
    }
    String id = name.getInternalId();
    if (value instanceof Call call && call.getInternalFunc() instanceof Name f
        && f.getInternalId().equals("pop_header")) {
      if (checkAssignable(name, id)) {
        popHeader(assign, call, Optional.of(id)).ifPresent(p -> {
          out.add(p);
          SpecType popped = new SpecType.Header(p.header());
          SpecType previous = session.variables.get(id);
          // one name popped as tcp on one path and udp on another: known per path, not statically
          session.variables.put(id, previous == null || previous.equals(popped) ? popped : SpecType.UNKNOWN);
          session.definitelyAssigned.add(id);
        });
      }
      return;
    }
    Expr lowered = expressions.lower(value);
    if (!checkAssignable(name, id)) {
      return;
    }
    if (lowered.type().equals(SpecType.NONE)) {
      session.error(at(value), "this has no value; a state update is a statement on its own line");
    }
    bind(name, id, lowered, out);
  }

  private void bind(Name name, String id, Expr value, List<Stmt> out) {
    boolean constant = Names.isConstant(id);
    if (constant) {
      session.constants.put(id, at(name));
    }
    SpecType previous = session.variables.get(id);
    // A variable assigned different kinds of values on different paths has no single static type.
    SpecType type = previous == null || previous.equals(value.type()) ? value.type() : SpecType.UNKNOWN;
    session.variables.put(id, type);
    session.definitelyAssigned.add(id);
    out.add(new Stmt.Assign(at(name), id, value, constant));
  }

  /** Whether {@code id} may be assigned here; reports why not. */
  private boolean checkAssignable(Name name, String id) {
    if (file.isEllipsis(name)) {
      session.error(at(name), "'...' cannot be assigned; it only stands for any value in an outcome");
      return false;
    }
    if (Input.bySpecName(id).isPresent()) {
      session.error(at(name), "cannot assign to the input " + id + "; inputs are given by the packet and the NF,"
          + " use a new variable name");
      return false;
    }
    SourceLocation defined = session.constants.get(id);
    if (defined != null) {
      session.error(at(name), "constant " + id + " is already defined at " + defined + "; UPPERCASE names are assigned"
          + " once, use a lowercase variable for a value that changes");
      return false;
    }
    if (session.stateObjects.containsKey(id)) {
      session.error(at(name), "cannot assign to the state object " + id + "; change it with its methods");
      return false;
    }
    if (Names.RESERVED.contains(id) || HeaderType.bySpecName(id).isPresent() || Names.TCP_FLAGS.containsKey(id)
        || id.equals(EllipsisMasking.PLACEHOLDER)) {
      session.error(at(name), "cannot assign to " + id + ": the name has a fixed meaning in the spec language;"
          + " choose another name");
      return false;
    }
    if (session.nf.map(nf -> nf.configNames().contains(id)).orElse(false)) {
      session.error(at(name), "cannot assign to " + id + ": it is a configuration value of the NF; choose another name");
      return false;
    }
    return true;
  }

  private void augmentedAssign(AugAssign aug, List<Stmt> out) {
    if (!(aug.getInternalTarget() instanceof Name name)) {
      session.error(at(aug.getInternalTarget()), "only a variable can be updated with an augmented assignment"
          + " (x += 1); state objects change through their methods");
      return;
    }
    String id = name.getInternalId();
    if (!checkAssignable(name, id)) {
      return;
    }
    if (!session.variables.containsKey(id) || !session.definitelyAssigned.contains(id)) {
      session.error(at(name), id + " is not assigned on every path before this update; assign it first");
      return;
    }
    // x op= e is x = x op e.
    Expr current = new Expr.VarRef(at(name), id, session.variables.get(id));
    bind(name, id, expressions.augmented(aug, current), out);
  }

  private void subscriptAssign(Assign assign, Subscript sub, expr value, List<Stmt> out) {
    if (!(sub.getInternalValue() instanceof Name objectName)
        || !session.stateObjects.containsKey(objectName.getInternalId())) {
      session.error(at(sub), "only state objects can be assigned by index (v[i] = x, m[k] = x); import the object with"
          + " 'from state import ...'");
      return;
    }
    if (!(sub.getInternalSlice() instanceof org.python.antlr.ast.Index index)) {
      session.error(at(sub), "slices are not part of the spec language; write v[i] = x");
      return;
    }
    String id = objectName.getInternalId();
    Spec.StateObject object = session.stateObjects.get(id);
    StateMethod method;
    if (object.kind() == StateKind.MAP) {
      method = StateMethod.PUT;
    } else if (object.kind() == StateKind.VECTOR || object.kind() == StateKind.UNKNOWN) {
      method = StateMethod.SET;
    } else {
      session.error(at(sub), id + " is " + object.kind().withArticle() + "; only vectors and maps are assigned by index;"
          + " its methods are " + StateMethod.namesFor(object.kind()));
      return;
    }
    List<expr> argNodes = List.of(index.getInternalValue(), value);
    List<Expr> args = List.of(expressions.lower(index.getInternalValue()), expressions.lower(value));
    Expr.StateRef ref = new Expr.StateRef(at(objectName), id, object.kind());
    if (expressions.stateCalls().checkArguments(assign, ref, method, args, argNodes)) {
      out.add(new Stmt.StateUpdate(at(assign), id, object.kind(), method, args));
    }
  }

  // ---- pop_header ----

  private Optional<Stmt.PopHeader> popHeader(PythonTree owner, Call call, Optional<String> var) {
    List<expr> args = call.getInternalArgs();
    if (args.size() != 1 || !(args.get(0) instanceof Name typeName)) {
      session.error(at(call), "pop_header takes one header type (" + HeaderType.allSpecNames()
          + ") and on_mismatch: pop_header(ether, on_mismatch=([], []))");
      return Optional.empty();
    }
    Optional<HeaderType> header = HeaderType.bySpecName(typeName.getInternalId());
    if (header.isEmpty()) {
      session.error(at(typeName), "unknown header type " + typeName.getInternalId() + "; the header types are "
          + HeaderType.allSpecNames());
    }
    keyword onMismatch = null;
    for (keyword kw : call.getInternalKeywords()) {
      if (kw.getInternalArg().equals("on_mismatch") && onMismatch == null) {
        onMismatch = kw;
      } else {
        session.error(at(kw), "pop_header takes only on_mismatch=... besides the header type");
      }
    }
    if (onMismatch == null) {
      session.error(at(call), "pop_header needs on_mismatch, the outcome when the packet has no such header;"
          + " write pop_header(" + typeName.getInternalId() + ", on_mismatch=([], []))");
      return Optional.empty();
    }
    Optional<Outcome> outcome = outcomes.lower(onMismatch, onMismatch.getInternalValue(), "on_mismatch");
    if (header.isEmpty() || outcome.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Stmt.PopHeader(at(owner), var, header.get(), outcome.get()));
  }

  // ---- expression statements ----

  private void expressionStatement(org.python.antlr.ast.Expr e, List<Stmt> out) {
    expr value = e.getInternalValue();
    if (value instanceof Call call) {
      if (call.getInternalFunc() instanceof Name f) {
        if (f.getInternalId().equals("pop_header")) {
          popHeader(e, call, Optional.empty()).ifPresent(out::add);
          return;
        }
        if (f.getInternalId().equals("vector_set")) {
          vectorSet(e, call, out);
          return;
        }
      }
      if (call.getInternalFunc() instanceof Attribute attr) {
        if (call.getInternalStarargs() != null || call.getInternalKwargs() != null) {
          session.error(at(call), "*args and **kwargs are not part of the spec language; pass arguments one by one");
          return;
        }
        expressions.stateCalls().stateMethod(call, attr).ifPresent(inv -> {
          if (inv.method().updatesState()) {
            out.add(new Stmt.StateUpdate(at(e), inv.object().object(), inv.object().kind(), inv.method(), inv.args()));
          } else {
            session.error(at(e), "the result of " + inv.object().object() + "." + inv.method().specName()
                + "(...) is unused; use it in an if, an assert or an assignment");
          }
        });
        return;
      }
    }
    Expr lowered = expressions.lower(value);
    if (!(lowered instanceof Expr.VarRef v && v.name().equals("<error>"))) {
      session.error(at(e), "this expression has no effect; use it in an if, an assert or an assignment");
    }
  }

  private void vectorSet(PythonTree owner, Call call, List<Stmt> out) {
    List<expr> args = call.getInternalArgs();
    if (args.size() != 3 || !call.getInternalKeywords().isEmpty()) {
      session.error(at(call), "wrong number of arguments to vector_set; write vector_set(v, i, x)");
      return;
    }
    Expr target = expressions.lower(args.get(0));
    if (!(target instanceof Expr.StateRef ref)) {
      session.error(at(args.get(0)), "the first argument of vector_set must be an imported vector; import it with 'from state import ...'");
      return;
    }
    if (ref.kind() != StateKind.VECTOR && ref.kind() != StateKind.UNKNOWN) {
      session.error(at(args.get(0)), ref.object() + " is " + ref.kind().withArticle() + ", not a vector; vector_set needs a vector");
      return;
    }
    List<expr> argNodes = args.subList(1, 3);
    List<Expr> lowered = List.of(expressions.lower(argNodes.get(0)), expressions.lower(argNodes.get(1)));
    if (expressions.stateCalls().checkArguments(call, ref, StateMethod.SET, lowered, argNodes)) {
      out.add(new Stmt.StateUpdate(at(owner), ref.object(), ref.kind(), StateMethod.SET, lowered));
    }
  }
}
