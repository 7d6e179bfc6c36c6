package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.parse.SourceFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Attribute;
import org.python.antlr.ast.BinOp;
import org.python.antlr.ast.BoolOp;
import org.python.antlr.ast.Call;
import org.python.antlr.ast.Compare;
import org.python.antlr.ast.Index;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.Num;
import org.python.antlr.ast.Subscript;
import org.python.antlr.ast.UnaryOp;
import org.python.antlr.ast.cmpopType;
import org.python.antlr.base.expr;
import org.python.core.PyInteger;
import org.python.core.PyLong;

/** Lowers one file's expressions to the spec IR, checking names, types, methods and arities. */
final class ExpressionLowering {
  private final SourceFile file;
  private final CheckSession session;

  private final StateCalls stateCalls;
  private final Calls calls;

  ExpressionLowering(SourceFile file, CheckSession session) {
    this.file = file;
    this.session = session;
    this.stateCalls = new StateCalls(file, session, this);
    this.calls = new Calls(file, session, this);
  }

  SourceLocation at(PythonTree node) {
    return file.at(node);
  }

  /** A stand-in after an error, so checking continues without cascading messages. */
  static Expr poison(SourceLocation at) {
    return new Expr.VarRef(at, "<error>", SpecType.UNKNOWN);
  }

  Expr error(PythonTree node, String message) {
    session.error(at(node), message);
    return poison(at(node));
  }

  /** Lowers an expression in a value position (no wildcard, no outcome). */
  Expr lower(expr node) {
    if (file.isEllipsis(node)) {
      return error(node, "'...' (any value) is only allowed as a header field or a port in an outcome; write a value here");
    }
    String forbidden = SubsetRules.forbiddenExpression(node);
    if (forbidden != null) {
      return error(node, forbidden);
    }
    if (node instanceof Num num) {
      return number(num);
    }
    if (node instanceof Name name) {
      return name(name);
    }
    if (node instanceof Attribute attr) {
      return fieldRead(attr);
    }
    if (node instanceof Call call) {
      return calls.call(call);
    }
    if (node instanceof Subscript sub) {
      return subscript(sub);
    }
    if (node instanceof BinOp bin) {
      return binary(bin);
    }
    if (node instanceof UnaryOp un) {
      return unary(un);
    }
    if (node instanceof BoolOp bool) {
      List<Expr> operands = new ArrayList<>();
      for (expr e : bool.getInternalValues()) {
        operands.add(condition(e));
      }
      Expr.LogicalOp op =
          bool.getInternalOp() == org.python.antlr.ast.boolopType.And ? Expr.LogicalOp.AND : Expr.LogicalOp.OR;
      return new Expr.Logical(at(node), op, operands);
    }
    if (node instanceof Compare cmp) {
      return compare(cmp);
    }
    if (node instanceof org.python.antlr.ast.List list) {
      List<Expr> elements = new ArrayList<>();
      for (expr e : list.getInternalElts()) {
        elements.add(lower(e));
      }
      SpecType element = elements.isEmpty() ? SpecType.UNKNOWN : elements.get(0).type();
      return new Expr.ListValue(at(node), elements, SpecType.listOf(element));
    }
    if (node instanceof org.python.antlr.ast.Tuple) {
      return error(node, "a tuple is only allowed as the outcome of a return, (ports, headers); use a list [..] for values");
    }
    return error(node, "this expression is not part of the spec language; see docs/spec-language.md");
  }

  /** Lowers a condition (if, assert, and/or operand): a truth value or an integer. */
  Expr condition(expr node) {
    Expr e = lower(node);
    expectScalar(node, e, "a condition");
    return e;
  }

  void expectScalar(PythonTree node, Expr e, String role) {
    SpecType t = e.type();
    if (t.equals(SpecType.INT) || t.equals(SpecType.BOOL) || t.equals(SpecType.UNKNOWN)) {
      return;
    }
    if (t instanceof SpecType.Record r && !r.known()) {
      return;
    }
    session.error(at(node), role + " must be a number or a truth value, but this is " + describe(t) + advice(t));
  }

  /** A type in words, with its article, for messages. */
  static String describe(SpecType t) {
    if (t instanceof SpecType.Header h) {
      return h.header().withArticle() + " header";
    }
    if (t instanceof SpecType.State s) {
      return "the state object " + s.object();
    }
    if (t.equals(SpecType.PACKET)) {
      return "the packet (pkt)";
    }
    if (t.equals(SpecType.NONE)) {
      return "a state update (which has no value)";
    }
    if (t.equals(SpecType.INT)) {
      return "a number";
    }
    if (t.equals(SpecType.BOOL)) {
      return "a truth value";
    }
    if (t instanceof SpecType.ListOf) {
      return "a list";
    }
    return "a " + t;
  }

  static String advice(SpecType t) {
    if (t instanceof SpecType.Header h) {
      return "; read one of its fields: " + h.header().describeFields();
    }
    if (t instanceof SpecType.State) {
      return "; call one of its methods";
    }
    if (t instanceof SpecType.Record) {
      return "; read one of its fields";
    }
    if (t.equals(SpecType.PACKET)) {
      return "; pop a header instead: h = pop_header(ether, on_mismatch=([], []))";
    }
    return "; use a number here";
  }

  private Expr number(Num num) {
    Object n = num.getInternalN();
    if (n instanceof PyInteger i) {
      return new Expr.IntLit(at(num), BigInteger.valueOf(i.getValue()));
    }
    if (n instanceof PyLong l) {
      return new Expr.IntLit(at(num), l.getValue());
    }
    return error(num, "only integers are allowed (spec values are mathematical integers); write " + n
        + " as an integer, e.g. scale it to nanoseconds or bytes");
  }

  private Expr name(Name node) {
    String id = node.getInternalId();
    SourceLocation at = at(node);
    switch (id) {
      case "True":
        return new Expr.BoolLit(at, true);
      case "False":
        return new Expr.BoolLit(at, false);
      case "None":
        return error(node, "None is not a spec value; use an integer, a boolean, or a record");
      case "DROP":
      case "BROADCAST":
        return error(node, id + " is an outcome; use it only in a return or on_mismatch, e.g. return " + id
            + (id.equals("DROP") ? "" : ", pkt"));
      default:
        break;
    }
    SpecType variable = session.variables.get(id);
    if (variable != null) {
      if (!session.definitelyAssigned.contains(id)) {
        return error(node, id + " is not assigned on every path that reaches here (it is assigned only in some"
            + " branches above); assign it before the if, or in every branch");
      }
      return new Expr.VarRef(at, id, variable);
    }
    Optional<Input> input = Input.bySpecName(id);
    if (input.isPresent()) {
      return new Expr.InputRef(at, input.get());
    }
    Spec.StateObject object = session.stateObjects.get(id);
    if (object != null) {
      return new Expr.StateRef(at, id, object.kind());
    }
    if (Names.TCP_FLAGS.containsKey(id)) {
      return new Expr.FlagConst(at, id, Names.TCP_FLAGS.get(id));
    }
    if (HeaderType.bySpecName(id).isPresent()) {
      return error(node, id + " is a header type; use it as pop_header(" + id + ", on_mismatch=([], [])) or "
          + id + "(h, field=value)");
    }
    if (Names.RESERVED.contains(id) || Names.PYTHON_BUILTINS.contains(id)) {
      return error(node, id + " is a function, not a value; call it with its arguments");
    }
    if (session.assignedSomewhere.contains(id)) {
      return error(node, id + " is used before it is assigned; assign it above this line");
    }
    if (session.nf.isPresent()) {
      NfInterface nf = session.nf.get();
      if (nf.configNames().contains(id)) {
        session.configNames.add(id);
        return new Expr.ConfigRef(at, id);
      }
      java.math.BigInteger constant = nf.constants().get(id);
      if (constant != null) {
        return new Expr.IntLit(at, constant); // nf.properties' constant.NAME: fixed, as if assigned
      }
      if (nf.stateObjects().containsKey(id)) {
        return error(node, id + " is a state object of the NF but is not imported; add 'from state import " + id + "'");
      }
      return error(node, unknownNameMessage(id, nf));
    }
    if (Names.isConstant(id)) {
      return error(node, "unknown constant " + id + "; define it before its use, e.g. " + id + " = 10");
    }
    if (session.configNames.add(id)) {
      session.note(at, id + " is not defined in the spec; taken as a configuration value of the NF"
          + " (checked against the NF when one is given)");
    }
    return new Expr.ConfigRef(at, id);
  }

  private String unknownNameMessage(String id, NfInterface nf) {
    List<String> known = new ArrayList<>(session.variables.keySet());
    known.addAll(nf.configNames());
    known.addAll(nf.constants().keySet());
    for (Input i : Input.values()) {
      known.add(i.specName());
    }
    known.addAll(session.stateObjects.keySet());
    String suggestion = Names.suggest(id, known);
    return "unknown name " + id + (suggestion != null ? "; did you mean " + suggestion + "?" : "")
        + "; a name is an input, a variable assigned above, an imported state object, or one of the NF's"
        + " configuration values (" + (nf.configNames().isEmpty() ? "it has none" : String.join(", ", nf.configNames())) + ")"
        + " or constants (" + (nf.constants().isEmpty() ? "it has none" : String.join(", ", nf.constants().keySet())) + ")"
        + (Names.isConstant(id) ? "; assign " + id + " above this line (" + id + " = 10), or declare it in the NF's"
            + " nf.properties as constant." + id + " = 10" : "");
  }

  private Expr fieldRead(Attribute attr) {
    PythonTree fieldNode = attr.getInternalAttrName() != null ? attr.getInternalAttrName() : attr;
    String field = attr.getInternalAttr();
    Expr target = lower(attr.getInternalValue());
    SpecType t = target.type();
    SourceLocation at = at(attr);
    if (t instanceof SpecType.Header h) {
      Optional<String> canonical = h.header().canonicalField(field);
      if (canonical.isEmpty()) {
        session.error(at(fieldNode), h.header().specName() + " headers have no field " + field
            + Names.didYouMean(field, h.header().spellings())
            + "; the fields are " + h.header().describeFields());
        return poison(at);
      }
      return new Expr.FieldRead(at, target, canonical.get(), SpecType.INT);
    }
    if (t instanceof SpecType.Record r) {
      if (r.known() && session.nf.isPresent()) {
        NfInterface.RecordType type = session.nf.get().recordTypes().get(r.name());
        if (type != null && !type.fields().contains(field)) {
          session.error(at(fieldNode), "record " + r.name() + " has no field " + field + "; its fields are "
              + String.join(", ", type.fields()));
          return poison(at);
        }
        // The interface lists field names only; record fields are numbers (nested structs are flattened).
        return new Expr.FieldRead(at, target, field, SpecType.INT);
      }
      return new Expr.FieldRead(at, target, field, SpecType.UNKNOWN);
    }
    if (t.equals(SpecType.UNKNOWN)) {
      return new Expr.FieldRead(at, target, field, SpecType.UNKNOWN);
    }
    if (t instanceof SpecType.State s) {
      session.error(at(fieldNode), s.object() + " is a state object; call one of its methods, e.g. "
          + s.object() + "." + field + "(...) if " + field + " is one (" + StateMethod.namesFor(s.kind()) + ")");
      return poison(at);
    }
    session.error(at(fieldNode), describe(t) + " has no fields" + advice(t));
    return poison(at);
  }

  private Expr subscript(Subscript sub) {
    if (!(sub.getInternalSlice() instanceof Index index)) {
      return error(sub, "slices are not part of the spec language; index a state object with one key, m[k]");
    }
    if (isUnboundName(sub.getInternalValue()) && !stateCalls.importImplicitly((Name) sub.getInternalValue())) {
      return notImported(sub.getInternalValue());
    }
    Expr target = lower(sub.getInternalValue());
    if (!(target instanceof Expr.StateRef state)) {
      return error(sub, "only state objects can be indexed (m[k], v[i]); to test list membership use mem(x, list)");
    }
    if (state.kind() != StateKind.UNKNOWN && !StateMethod.GET.appliesTo(state.kind())) {
      return error(sub, state.object() + " is " + state.kind().withArticle() + " and cannot be indexed; its methods are "
          + StateMethod.namesFor(state.kind()));
    }
    List<Expr> args = List.of(lower(index.getInternalValue()));
    stateCalls.checkArguments(sub, state, StateMethod.GET, args, List.of(index.getInternalValue()));
    return new Expr.StateCall(at(sub), state.object(), state.kind(), StateMethod.GET, args,
        stateCalls.resultType(state, StateMethod.GET));
  }

  private Expr binary(BinOp bin) {
    Expr.BinaryOp op = binaryOp(bin, bin.getInternalOp());
    if (op == null) {
      return poison(at(bin));
    }
    Expr left = lower(bin.getInternalLeft());
    Expr right = lower(bin.getInternalRight());
    expectScalar(bin.getInternalLeft(), left, "an operand of " + op.symbol());
    expectScalar(bin.getInternalRight(), right, "an operand of " + op.symbol());
    Expr.Binary result = new Expr.Binary(at(bin), op, left, right);
    ByteSwapIdiom.swappedField(result).ifPresent(field -> session.warning(at(bin),
        "this swaps the two bytes of " + field + ", as original Vigor specs did with raw"
            + " network-order memory; here header fields are already the numbers the standard"
            + " writes, so write " + field + " itself"));
    return result;
  }

  /** {@code x op= e} as {@code x = x op e}, with {@code current} the value of x. */
  Expr augmented(org.python.antlr.ast.AugAssign aug, Expr current) {
    Expr.BinaryOp op = binaryOp(aug, aug.getInternalOp());
    if (op == null) {
      return poison(at(aug));
    }
    Expr right = lower(aug.getInternalValue());
    expectScalar(aug.getInternalTarget(), current, "an operand of " + op.symbol());
    expectScalar(aug.getInternalValue(), right, "an operand of " + op.symbol());
    return new Expr.Binary(at(aug), op, current, right);
  }

  private Expr.BinaryOp binaryOp(PythonTree node, org.python.antlr.ast.operatorType op) {
    switch (op) {
      case Add: return Expr.BinaryOp.ADD;
      case Sub: return Expr.BinaryOp.SUB;
      case Mult: return Expr.BinaryOp.MUL;
      case Div: return Expr.BinaryOp.DIV;
      case FloorDiv: return Expr.BinaryOp.FLOOR_DIV;
      case Mod: return Expr.BinaryOp.MOD;
      case BitAnd: return Expr.BinaryOp.BIT_AND;
      case BitOr: return Expr.BinaryOp.BIT_OR;
      case BitXor: return Expr.BinaryOp.BIT_XOR;
      case LShift: return Expr.BinaryOp.SHL;
      case RShift: return Expr.BinaryOp.SHR;
      default:
        session.error(at(node), "the operator " + op + " is not part of the spec language"
            + " (there is no **: write the product or a shift)");
        return null;
    }
  }

  private Expr unary(UnaryOp un) {
    Expr.UnaryOp op;
    switch (un.getInternalOp()) {
      case Not: op = Expr.UnaryOp.NOT; break;
      case USub: op = Expr.UnaryOp.NEG; break;
      case UAdd: op = Expr.UnaryOp.POS; break;
      case Invert: op = Expr.UnaryOp.INVERT; break;
      default:
        return error(un, "this unary operator is not part of the spec language; use -, ~ or not");
    }
    Expr operand = lower(un.getInternalOperand());
    expectScalar(un.getInternalOperand(), operand, "the operand of " + op.symbol());
    return new Expr.Unary(at(un), op, operand);
  }

  private Expr compare(Compare cmp) {
    List<cmpopType> ops = cmp.getInternalOps();
    List<expr> rights = cmp.getInternalComparators();
    boolean membership = ops.stream().anyMatch(o -> o == cmpopType.In || o == cmpopType.NotIn);
    if (membership) {
      if (ops.size() != 1) {
        return error(cmp, "'in' cannot be chained with other comparisons; split it with 'and'");
      }
      Expr test = membership(cmp, cmp.getInternalLeft(), rights.get(0));
      return ops.get(0) == cmpopType.NotIn ? new Expr.Unary(at(cmp), Expr.UnaryOp.NOT, test) : test;
    }
    List<Expr> operands = new ArrayList<>();
    List<Expr.CompareOp> lowered = new ArrayList<>();
    operands.add(comparand(cmp.getInternalLeft()));
    for (int i = 0; i < ops.size(); i++) {
      switch (ops.get(i)) {
        case Eq: lowered.add(Expr.CompareOp.EQ); break;
        case NotEq: lowered.add(Expr.CompareOp.NE); break;
        case Lt: lowered.add(Expr.CompareOp.LT); break;
        case LtE: lowered.add(Expr.CompareOp.LE); break;
        case Gt: lowered.add(Expr.CompareOp.GT); break;
        case GtE: lowered.add(Expr.CompareOp.GE); break;
        default:
          return error(cmp, "'is' and 'is not' are not part of the spec language; compare values with == or !=");
      }
      operands.add(comparand(rights.get(i)));
    }
    Expr.Compare result = new Expr.Compare(at(cmp), operands, lowered);
    ByteSwapIdiom.swappedEthertype(result).ifPresent(m -> session.warning(at(cmp), m));
    return result;
  }

  private Expr comparand(expr node) {
    Expr e = lower(node);
    if (e.type() instanceof SpecType.State || e.type().equals(SpecType.NONE)) {
      session.error(at(node), "cannot compare " + describe(e.type()) + advice(e.type()));
    }
    return e;
  }

  /** A name the spec never bound and the NF does not export as configuration: likely a state object. */
  private boolean isUnboundName(expr node) {
    if (!(node instanceof Name n) || file.isEllipsis(node)) {
      return false;
    }
    String id = n.getInternalId();
    return !session.variables.containsKey(id) && Input.bySpecName(id).isEmpty()
        && !session.stateObjects.containsKey(id) && !Names.TCP_FLAGS.containsKey(id)
        && HeaderType.bySpecName(id).isEmpty() && !Names.RESERVED.contains(id) && !Names.isConstant(id)
        && !session.assignedSomewhere.contains(id)
        && !session.nf.map(nf -> nf.configNames().contains(id) || nf.constants().containsKey(id)).orElse(false);
  }

  private Expr notImported(expr node) {
    String id = ((Name) node).getInternalId();
    if (session.nf.isPresent() && !session.nf.get().stateObjects().containsKey(id)) {
      return error(node, "unknown state object " + id + "; the NF exports " + stateCalls.exportedNames());
    }
    return error(node, id + " is not imported; add 'from state import " + id + "' before its use");
  }

  private Expr membership(Compare cmp, expr elementNode, expr containerNode) {
    if (isUnboundName(containerNode) && !stateCalls.importImplicitly((Name) containerNode)) {
      lower(elementNode);
      return notImported(containerNode);
    }
    Expr container = lower(containerNode);
    Expr element = lower(elementNode);
    SpecType t = container.type();
    if (container instanceof Expr.StateRef state) {
      if (!StateMethod.HAS.appliesTo(state.kind())) {
        return error(containerNode, "'k in " + state.object() + "' needs an emap, a map or an lpm, but " + state.object()
            + " is " + state.kind().withArticle() + "; its methods are " + StateMethod.namesFor(state.kind()));
      }
      List<Expr> args = List.of(element);
      stateCalls.checkArguments(cmp, state, StateMethod.HAS, args, List.of(elementNode));
      return new Expr.StateCall(at(cmp), state.object(), state.kind(), StateMethod.HAS, args, SpecType.BOOL);
    }
    if (t instanceof SpecType.ListOf) {
      return new Expr.Mem(at(cmp), element, container);
    }
    boolean tcpFlags = container instanceof Expr.FieldRead f && f.field().equals("flags")
        && f.target().type().equals(new SpecType.Header(HeaderType.TCP));
    if (tcpFlags || (element instanceof Expr.FlagConst && (t.equals(SpecType.INT) || t.equals(SpecType.UNKNOWN)))) {
      return new Expr.FlagTest(at(cmp), element, container); // 'SYN in t.flags': a flag bit test
    }
    if (t.equals(SpecType.UNKNOWN)) {
      return new Expr.Mem(at(cmp), element, container); // open world: a list we cannot see
    }
    return error(containerNode, "'in' needs a state object (k in m), a list (x in [a, b]) or TCP flags (SYN in h.flags), not "
        + describe(t) + "; use one of those on the right of 'in'");
  }

  /** The lowering of calls (headers, records, builtins of the language). */
  Calls calls() {
    return calls;
  }

  /** The lowering of state method calls, sharing this file and session. */
  StateCalls stateCalls() {
    return stateCalls;
  }
}
