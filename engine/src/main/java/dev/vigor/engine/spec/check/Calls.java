package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.parse.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Attribute;
import org.python.antlr.ast.Call;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.keyword;
import org.python.antlr.base.expr;

/**
 * Lowers calls in expressions: header constructors (with a base header or every field, {@code ...}
 * allowed), record constructors and hashes (checked against the NF's record types when there is
 * one), {@code mem}, {@code vector_get}, and method calls (handed to {@link StateCalls}).
 */
final class Calls {
  private final SourceFile file;
  private final CheckSession session;
  private final ExpressionLowering expressions;

  Calls(SourceFile file, CheckSession session, ExpressionLowering expressions) {
    this.file = file;
    this.session = session;
    this.expressions = expressions;
  }

  private SourceLocation at(PythonTree node) {
    return file.at(node);
  }


  Expr call(Call call) {
    if (call.getInternalStarargs() != null || call.getInternalKwargs() != null) {
      return expressions.error(call, "*args and **kwargs are not part of the spec language; pass arguments one by one");
    }
    expr func = call.getInternalFunc();
    if (func instanceof Attribute attr) {
      return expressions.stateCalls().methodCall(call, attr);
    }
    if (!(func instanceof Name fname)) {
      return expressions.error(call, "only header types, record types, has_header, mem, vector_get and state methods can be called; call one of those");
    }
    String id = fname.getInternalId();
    if (id.equals("pop_header")) {
      return expressions.error(call, "pop_header binds a variable; write it as its own statement: h = pop_header(T, on_mismatch=([], []))");
    }
    if (id.equals("vector_set")) {
      return expressions.error(call, "vector_set changes state and has no value; write it as a statement");
    }
    if (session.variables.containsKey(id) || Input.bySpecName(id).isPresent()
        || session.stateObjects.containsKey(id)) {
      return expressions.error(call, id + " is a value, not a function; remove the parentheses");
    }
    if (id.equals("has_header")) {
      return hasHeader(call);
    }
    if (id.equals("mem")) {
      if (!expectPositional(call, 2, "mem(x, list)")) {
        return ExpressionLowering.poison(at(call));
      }
      Expr element = expressions.lower(call.getInternalArgs().get(0));
      Expr list = expressions.lower(call.getInternalArgs().get(1));
      if (!(list.type() instanceof SpecType.ListOf) && !list.type().equals(SpecType.UNKNOWN)) {
        session.error(at(call.getInternalArgs().get(1)), "the second argument of mem must be a list, not "
            + ExpressionLowering.describe(list.type()) + "; pass a list such as sent_on_ports or [a, b]");
      }
      return new Expr.Mem(at(call), element, list);
    }
    if (id.equals("vector_get")) {
      if (!expectPositional(call, 2, "vector_get(v, i)")) {
        return ExpressionLowering.poison(at(call));
      }
      Expr target = expressions.lower(call.getInternalArgs().get(0));
      if (!(target instanceof Expr.StateRef state)) {
        return expressions.error(call.getInternalArgs().get(0), "the first argument of vector_get must be an imported vector; import it with 'from state import ...'");
      }
      if (state.kind() != StateKind.UNKNOWN && state.kind() != StateKind.VECTOR) {
        return expressions.error(call.getInternalArgs().get(0), state.object() + " is " + state.kind().withArticle()
            + ", not a vector; vector_get needs a vector");
      }
      List<expr> argNodes = call.getInternalArgs().subList(1, 2);
      List<Expr> args = List.of(expressions.lower(argNodes.get(0)));
      expressions.stateCalls().checkArguments(call, state, StateMethod.GET, args, argNodes);
      return new Expr.StateCall(at(call), state.object(), state.kind(), StateMethod.GET, args,
          expressions.stateCalls().resultType(state, StateMethod.GET));
    }
    Optional<HeaderType> header = HeaderType.bySpecName(id);
    if (header.isPresent()) {
      return headerValue(call, header.get());
    }
    String hashed = Names.hashedRecord(id);
    if (hashed != null) {
      return recordHash(call, fname, hashed);
    }
    if (Names.PYTHON_BUILTINS.contains(id)) {
      return expressions.error(func, id + "(...) is a Python builtin, which is not part of the spec language; "
          + (id.equals("len") ? "the received packet's length is the input packet_size" : "write the value out")
          + " (mem(x, list) tests membership)");
    }
    return recordValue(call, fname);
  }

  /** {@code has_header(T)}: T must be a header type, named bare. */
  private Expr hasHeader(Call call) {
    String form = "has_header(T) with T one of " + HeaderType.allSpecNames();
    if (!expectPositional(call, 1, form)) {
      return ExpressionLowering.poison(at(call));
    }
    expr arg = call.getInternalArgs().get(0);
    Optional<HeaderType> header = arg instanceof Name n ? HeaderType.bySpecName(n.getInternalId())
        : Optional.empty();
    if (header.isEmpty()) {
      return expressions.error(arg, "has_header takes a header type; write " + form);
    }
    return new Expr.HasHeader(at(call), header.get());
  }

  private boolean expectPositional(Call call, int count, String form) {
    if (!call.getInternalKeywords().isEmpty() || call.getInternalArgs().size() != count) {
      session.error(at(call), "wrong number of arguments; write " + form);
      return false;
    }
    return true;
  }

  private Expr recordHash(Call call, Name fname, String spelledType) {
    String type = spelledType;
    if (session.nf.isPresent()) {
      Optional<NfInterface.RecordType> rt = session.nf.get().recordTypeSpelled(spelledType);
      if (rt.isEmpty()) {
        return expressions.error(fname, "unknown record type " + spelledType + " in " + fname.getInternalId()
            + "; the NF's record types are " + recordTypeNames());
      }
      type = rt.get().name();
    }
    if (!expectPositional(call, 1, fname.getInternalId() + "(record)")) {
      return ExpressionLowering.poison(at(call));
    }
    Expr record = expressions.lower(call.getInternalArgs().get(0));
    return new Expr.RecordHash(at(call), type, record);
  }

  private String recordTypeNames() {
    List<String> names = new ArrayList<>(session.nf.orElseThrow().recordTypes().keySet());
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  private Expr recordValue(Call call, Name fname) {
    String spelled = fname.getInternalId();
    if (!call.getInternalKeywords().isEmpty()) {
      return expressions.error(call.getInternalKeywords().get(0), "record constructors take their fields positionally; write "
          + spelled + "(a, b, ...)");
    }
    List<Expr> args = new ArrayList<>();
    for (expr a : call.getInternalArgs()) {
      args.add(expressions.lower(a));
    }
    if (session.nf.isPresent()) {
      Optional<NfInterface.RecordType> rt = session.nf.get().recordTypeSpelled(spelled);
      if (rt.isEmpty()) {
        if (Names.looksLikeRecord(spelled)) {
          String suggestion = Names.suggest(spelled, session.nf.get().recordTypes().keySet());
          return expressions.error(fname, "unknown record type " + spelled
              + (suggestion != null ? "; did you mean " + suggestion + "?" : "")
              + "; the NF's record types are " + recordTypeNames());
        }
        return expressions.error(fname, "unknown function " + spelled + "; the spec language has mem, vector_get, pop_header, has_header,"
            + " header types (" + HeaderType.allSpecNames() + ") and the NF's record types (" + recordTypeNames() + ")");
      }
      NfInterface.RecordType type = rt.get();
      if (args.size() != type.fields().size()) {
        return expressions.error(call, "wrong number of arguments: record " + type.name() + " has " + type.fields().size()
            + " field" + (type.fields().size() == 1 ? "" : "s") + " (" + String.join(", ", type.fields()) + "), "
            + args.size() + " given; give one value per field, in order");
      }
      for (int i = 0; i < args.size(); i++) {
        warnIfWider(args.get(i), type, i);
      }
      return new Expr.RecordValue(at(call), type.name(), spelled, true, args);
    }
    if (!Names.looksLikeRecord(spelled)) {
      return expressions.error(fname, "unknown function " + spelled + "; only header types (" + HeaderType.allSpecNames()
          + "), record types (CamelCase or Vigor's ...c spelling), mem, vector_get, pop_header and has_header can be called");
    }
    return new Expr.RecordValue(at(call), spelled, spelled, false, args);
  }

  /**
   * Warns where a header field wider than the record field it is given for (a 4-byte address for
   * a uint16_t port): nearly always fields given in another order than the C struct's, as Vigor's
   * {@code FlowIdc(sp, dp, sip, dip, prot)} against a struct that starts with the addresses.
   */
  private void warnIfWider(Expr arg, NfInterface.RecordType type, int i) {
    int size = type.sizes().get(i);
    if (size <= 0 || !(arg instanceof Expr.FieldRead f) || !(f.target() instanceof Expr.VarRef v)
        || !(v.type() instanceof SpecType.Header h)) {
      return;
    }
    h.header().spot(f.field()).filter(spot -> spot.width() > size).ifPresent(spot ->
        session.warning(arg.at(), v.name() + "." + f.field() + " (" + spot.width() + " bytes) is"
            + " given for " + type.fields().get(i) + ", " + (type.cTypes().get(i).isEmpty() ? ""
            : type.cTypes().get(i) + " of ") + size + " byte" + (size == 1 ? "" : "s") + "; "
            + type.name() + "'s fields are, in order, " + String.join(", ", type.fields())));
  }

  /** {@code ether(h, daddr=X)} or {@code ether(saddr=.., daddr=.., type=..)}; fields may be {@code ...}. */
  Expr headerValue(Call call, HeaderType header) {
    List<expr> args = call.getInternalArgs();
    if (args.size() > 1) {
      return expressions.error(args.get(1), header.specName() + "(...) takes at most one positional argument, the base header;"
          + " give fields by name, e.g. " + header.specName() + "(h, " + header.fields().get(0) + "=x)");
    }
    Optional<Expr> base = Optional.empty();
    if (args.size() == 1) {
      Expr b = expressions.lower(args.get(0));
      SpecType expected = new SpecType.Header(header);
      if (!b.type().equals(expected) && !b.type().equals(SpecType.UNKNOWN)) {
        session.error(at(args.get(0)), "the base of " + header.specName() + "(...) must be " + header.withArticle()
            + " header, but this is " + ExpressionLowering.describe(b.type()) + "; pass a header bound by pop_header(" + header.specName() + ", ...)");
      }
      base = Optional.of(b);
    }
    Map<String, Expr.FieldValue> fields = new LinkedHashMap<>();
    for (keyword kw : call.getInternalKeywords()) {
      String spelled = kw.getInternalArg();
      Optional<String> canonical = header.canonicalField(spelled);
      if (canonical.isEmpty()) {
        session.error(at(kw), header.specName() + " headers have no field " + spelled
            + Names.didYouMean(spelled, header.spellings()) + "; the fields are "
            + header.describeFields());
        continue;
      }
      if (fields.containsKey(canonical.get())) {
        session.error(at(kw), "field " + canonical.get() + " is given twice" + (spelled.equals(canonical.get()) ? "" : " (" + spelled
            + " is another name for it)") + "; give each field once");
        continue;
      }
      expr valueNode = kw.getInternalValue();
      Expr value;
      if (file.isEllipsis(valueNode)) {
        value = new Expr.Wildcard(at(valueNode));
      } else {
        value = expressions.lower(valueNode);
        expressions.expectScalar(valueNode, value, "the field " + canonical.get());
      }
      fields.put(canonical.get(), new Expr.FieldValue(at(kw), canonical.get(), value));
    }
    if (base.isEmpty()) {
      List<String> missing = new ArrayList<>();
      for (String f : header.fields()) {
        if (!fields.containsKey(f) && !header.mayOmit(f)) {
          missing.add(f);
        }
      }
      if (!missing.isEmpty()) {
        session.error(at(call), header.specName() + "(...) without a base header must give every field; missing "
            + String.join(", ", missing) + "; give them (... for any value) or start from a header: "
            + header.specName() + "(h, ...)");
      }
      // Without a base, the IR lists fields in wire order.
      List<Expr.FieldValue> ordered = new ArrayList<>();
      for (String f : header.fields()) {
        if (fields.containsKey(f)) {
          ordered.add(fields.get(f));
        }
      }
      return new Expr.HeaderValue(at(call), header, base, ordered);
    }
    return new Expr.HeaderValue(at(call), header, base, new ArrayList<>(fields.values()));
  }
}
