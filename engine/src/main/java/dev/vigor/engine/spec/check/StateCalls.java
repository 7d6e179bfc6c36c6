package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Attribute;
import org.python.antlr.ast.Call;
import org.python.antlr.ast.Name;
import org.python.antlr.base.expr;

/**
 * Lowers calls of state objects' methods: checks the object is imported, the method belongs to its
 * kind, the arity and the argument types, and gives the result its type from the NF interface.
 */
final class StateCalls {
  private final SourceFile file;
  private final CheckSession session;
  private final ExpressionLowering expressions;

  StateCalls(SourceFile file, CheckSession session, ExpressionLowering expressions) {
    this.file = file;
    this.session = session;
    this.expressions = expressions;
  }

  private SourceLocation at(PythonTree node) {
    return file.at(node);
  }

  /** A method call in a value position; updates are statements ({@link #stateMethod}). */
  Expr methodCall(Call call, Attribute attr) {
    Optional<StateInvocation> inv = stateMethod(call, attr);
    if (inv.isEmpty()) {
      return ExpressionLowering.poison(at(call));
    }
    StateInvocation s = inv.get();
    if (s.method().updatesState()) {
      return expressions.error(call, s.object().object() + "." + s.method().specName() + "(...) changes state and has no value;"
          + " write it as a statement on its own line");
    }
    return new Expr.StateCall(at(call), s.object().object(), s.object().kind(), s.method(), s.args(),
        resultType(s.object(), s.method()));
  }

  /** A checked call of a state object's method. */
  record StateInvocation(Expr.StateRef object, StateMethod method, List<Expr> args) {}

  /**
   * Without an NF interface, a name used as a state object but never imported is taken as one,
   * with a warning: specs written for the original Vigor took their state objects from the NF's
   * data spec and some never import them. With an interface it stays an error (the editor knows
   * what the NF exports). True when the name is now a state object.
   */
  boolean importImplicitly(Name node) {
    String id = node.getInternalId();
    if (session.nf.isPresent()) {
      return false;
    }
    String suggestion = Names.suggest(id, session.stateObjects.keySet());
    session.warning(at(node), id + " is not imported; taken as a state object"
        + (suggestion != null ? " (did you mean " + suggestion + "?)" : "")
        + "; add 'from state import " + id + "' at the top");
    session.stateObjects.put(id, new Spec.StateObject(id, StateKind.UNKNOWN, at(node)));
    return true;
  }

  /** Checks and lowers {@code m.method(args)}; empty after an error (already reported). */
  Optional<StateInvocation> stateMethod(Call call, Attribute attr) {
    PythonTree methodNode = attr.getInternalAttrName() != null ? attr.getInternalAttrName() : attr;
    String methodName = attr.getInternalAttr();
    if (!(attr.getInternalValue() instanceof Name objectName)) {
      session.error(at(call), "only state objects have methods; write object.method(...) with an imported state object");
      return Optional.empty();
    }
    String id = objectName.getInternalId();
    Spec.StateObject object = session.stateObjects.get(id);
    if (object == null) {
      if (session.variables.containsKey(id) || Input.bySpecName(id).isPresent()) {
        session.error(at(objectName), id + " is a value, not a state object; only state objects have methods");
        return Optional.empty();
      }
      if (session.nf.isPresent() && !session.nf.get().stateObjects().containsKey(id)) {
        String suggestion = Names.suggest(id, session.nf.get().stateObjects().keySet());
        session.error(at(objectName), "unknown state object " + id
            + (suggestion != null ? "; did you mean " + suggestion + "?" : "")
            + "; the NF exports " + exportedNames());
        return Optional.empty();
      }
      if (!importImplicitly(objectName)) {
        session.error(at(objectName), id + " is not imported; add 'from state import " + id + "' before its use");
        return Optional.empty();
      }
      object = session.stateObjects.get(id);
    }
    Expr.StateRef ref = new Expr.StateRef(at(objectName), id, object.kind());
    if (!call.getInternalKeywords().isEmpty()) {
      session.error(at(call.getInternalKeywords().get(0)), "state methods take positional arguments only; drop the name=");
      return Optional.empty();
    }
    Optional<StateMethod> method = StateMethod.bySpecName(methodName);
    if (method.isEmpty() || !method.get().appliesTo(object.kind())) {
      String kindWord = object.kind() == StateKind.UNKNOWN ? "a state object" : object.kind().withArticle();
      List<String> names = new ArrayList<>();
      for (StateMethod m : StateMethod.values()) {
        if (m.appliesTo(object.kind())) {
          names.add(m.specName());
        }
      }
      session.error(at(methodNode), id + " is " + kindWord + " and has no method " + methodName
          + Names.didYouMean(methodName, names) + "; its methods are " + StateMethod.namesFor(object.kind()));
      return Optional.empty();
    }
    List<expr> argNodes = call.getInternalArgs();
    List<Expr> args = new ArrayList<>();
    for (expr a : argNodes) {
      args.add(expressions.lower(a));
    }
    if (!checkArguments(call, ref, method.get(), args, argNodes)) {
      return Optional.empty();
    }
    return Optional.of(new StateInvocation(ref, method.get(), args));
  }

  String exportedNames() {
    List<String> names = new ArrayList<>(new TreeSet<>(session.nf.orElseThrow().stateObjects().keySet()));
    return names.isEmpty() ? "no state objects" : String.join(", ", names);
  }

  /** Arity and argument types of a state method; false (reported) when wrong. */
  boolean checkArguments(PythonTree call, Expr.StateRef object, StateMethod method, List<Expr> args, List<expr> argNodes) {
    if (args.size() != method.arity()) {
      session.error(at(call), "wrong number of arguments: " + object.object() + "." + method.specName() + " takes "
          + method.arity() + " argument" + (method.arity() == 1 ? "" : "s") + (method.arity() == 0 ? "" : " (" + signature(method) + ")") + ", "
          + args.size() + " given; write " + object.object() + "." + method.specName() + "(" + signature(method) + ")");
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < args.size(); i++) {
      SpecType actual = args.get(i).type();
      boolean chtArgument = (method == StateMethod.EXISTS_WITH_CHT || method == StateMethod.CHOOSE_WITH_CHT) && i == 0;
      if (chtArgument) {
        if (!(args.get(i) instanceof Expr.StateRef ref)
            || (ref.kind() != StateKind.CHT && ref.kind() != StateKind.UNKNOWN)) {
          session.error(at(argNodes.get(i)), "the first argument of " + method.specName()
              + " must be an imported cht state object; import it with 'from state import ...'");
          ok = false;
        }
        continue;
      }
      if (actual instanceof SpecType.State || actual.equals(SpecType.PACKET) || actual instanceof SpecType.Header
          || actual instanceof SpecType.ListOf || actual.equals(SpecType.NONE)) {
        session.error(at(argNodes.get(i)), "argument " + (i + 1) + " of " + object.object() + "." + method.specName()
            + " must be a number or a record, not " + ExpressionLowering.describe(actual) + ExpressionLowering.advice(actual));
        ok = false;
        continue;
      }
      String expectedRecord = expectedRecordType(object, method, i);
      if (expectedRecord != null && actual instanceof SpecType.Record r && r.known()
          && !r.name().equals(expectedRecord)) {
        session.error(at(argNodes.get(i)), "argument " + (i + 1) + " of " + object.object() + "." + method.specName()
            + " must be a " + expectedRecord + ", not a " + r.name() + "; build it with " + expectedRecord + "(...)");
        ok = false;
      }
    }
    return ok;
  }

  private static String signature(StateMethod m) {
    switch (m) {
      case EXPIRE_ALL: return "time";
      case HAS: case ERASE: return "key";
      case GET: return "key or index";
      case HAS_IDX: case GET_KEY: return "index";
      case FULL: return "";
      case ADD: return "key, index, time";
      case REFRESH_IDX: return "index, time";
      case SET: return "index, value";
      case PUT: return "key, value";
      case EXISTS_WITH_CHT: case CHOOSE_WITH_CHT: return "cht, hash";
      case LOOKUP: return "address";
      default: return m.specName();
    }
  }

  /** The record type argument {@code i} must have, when the NF says so; null when unconstrained. */
  private String expectedRecordType(Expr.StateRef object, StateMethod method, int i) {
    if (session.nf.isEmpty()) {
      return null;
    }
    NfInterface.ExportedState exported = session.nf.get().stateObjects().get(object.object());
    if (exported == null) {
      return null;
    }
    boolean keyArgument = i == 0 && (method == StateMethod.HAS || method == StateMethod.ERASE || method == StateMethod.ADD
        || method == StateMethod.PUT || (method == StateMethod.GET && object.kind() != StateKind.VECTOR));
    boolean valueArgument = i == 1 && (method == StateMethod.SET || method == StateMethod.PUT);
    String type = keyArgument ? exported.keyType() : valueArgument ? exported.valueType() : null;
    return type != null && session.nf.get().recordTypes().containsKey(type) ? type : null;
  }

  /** The type of a non-updating method's result. */
  SpecType resultType(Expr.StateRef object, StateMethod method) {
    switch (method) {
      case HAS: case HAS_IDX: case FULL: case EXISTS_WITH_CHT:
        return SpecType.BOOL;
      case CHOOSE_WITH_CHT: case LOOKUP:
        return SpecType.INT;
      case GET:
        if (object.kind() == StateKind.EMAP) {
          return SpecType.INT;
        }
        return declaredType(object, false);
      case GET_KEY:
        return declaredType(object, true);
      default:
        return SpecType.NONE;
    }
  }

  private SpecType declaredType(Expr.StateRef object, boolean key) {
    if (session.nf.isEmpty()) {
      return SpecType.UNKNOWN;
    }
    NfInterface.ExportedState exported = session.nf.get().stateObjects().get(object.object());
    if (exported == null) {
      return SpecType.UNKNOWN;
    }
    String name = key ? exported.keyType() : exported.valueType();
    if (name == null) {
      return SpecType.UNKNOWN;
    }
    if (name.equals(NfInterface.INT)) {
      return SpecType.INT;
    }
    return session.nf.get().recordTypes().containsKey(name) ? new SpecType.Record(name, true) : SpecType.UNKNOWN;
  }
}
