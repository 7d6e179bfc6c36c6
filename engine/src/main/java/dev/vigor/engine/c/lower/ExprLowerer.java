package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.c.parser.CSubsetParser.ExprContext;
import dev.vigor.engine.c.preprocess.CharValue;
import dev.vigor.engine.c.preprocess.PpToken;
import dev.vigor.engine.c.types.IntRules;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.IntKind;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Type-checks one C expression and lowers it to pure IR, appending its side effects (assignments,
 * calls) as statements to a sink in C's evaluation order. Short-circuit operators and ?: whose
 * operands have side effects become If statements over a temporary.
 */
final class ExprLowerer {
  static final Set<String> HEAP = Set.of("malloc", "calloc", "realloc", "free", "aligned_alloc");
  private final Globals globals;
  private final FunctionContext fn;
  private final CType boundElement;
  private TypeResolver types;
  private final CallLowerer calls;
  private final AssignmentLowerer assignments;

  /** fn is null in constant contexts; boundElement is the element type when lowering a libVig bound. */
  ExprLowerer(Globals globals, FunctionContext fn, CType boundElement) {
    this.globals = globals;
    this.fn = fn;
    this.boundElement = boundElement;
    this.calls = new CallLowerer(globals, fn, this);
    this.assignments = new AssignmentLowerer(fn, this);
  }

  void setTypes(TypeResolver types) {
    this.types = types;
  }

  // ------------------------------------------------------------------------------- entry points

  Expr rvalue(ExprContext e, List<Stmt> sink) {
    Expr v = argument(e, sink);
    if (v instanceof Expr.ObjectRef ref) {
      throw Conversions.objectMisuse(ref, Loc.of(e));
    }
    return v;
  }

  /** Like rvalue, but a libVig object may appear (only call arguments use this). */
  Expr argument(ExprContext e, List<Stmt> sink) {
    Operand o = lower(e, sink);
    if (o.type() instanceof CType.Void) {
      throw new CompileError(Loc.of(e), "this expression has type void; it has no value to use");
    }
    return o.rvalue();
  }

  /** e as a truth value: an int 0/1 expression. */
  Expr condition(ExprContext e, List<Stmt> sink) {
    return truth(rvalue(e, sink), Loc.of(e));
  }

  Expr condition(CSubsetParser.ExpressionContext e, List<Stmt> sink) {
    return truth(lowerExpression(e, sink, false).rvalue(), Loc.of(e));
  }

  /** The comma-separated expression; only the last value is kept. */
  Operand lowerExpression(CSubsetParser.ExpressionContext e, List<Stmt> sink, boolean discard) {
    List<ExprContext> parts = e.expr();
    for (int i = 0; i < parts.size() - 1; i++) {
      lowerForEffect(parts.get(i), sink);
    }
    ExprContext last = parts.get(parts.size() - 1);
    if (discard) {
      lowerForEffect(last, sink);
      return null;
    }
    return lower(last, sink);
  }

  /** Lowers e only for its side effects (x++ then needs no copy of the old value). */
  void lowerForEffect(ExprContext e, List<Stmt> sink) {
    if (e instanceof CSubsetParser.PostfixExprContext p) {
      assignments.increment(p.expr(), p.op.getText().equals("++"), Loc.of(p), sink);
      return;
    }
    if (e instanceof CSubsetParser.ParenExprContext p) {
      lowerExpression(p.expression(), sink, true);
      return;
    }
    lower(e, sink);
  }

  /** The value of a constant expression. */
  BigInteger constant(ExprContext e) {
    List<Stmt> sink = new ArrayList<>();
    Operand o = lower(e, sink);
    if (!sink.isEmpty() || o.type() instanceof CType.Void || !(o.type() instanceof CType.Int)) {
      throw new CompileError(Loc.of(e), "expected an integer constant expression");
    }
    return ConstFold.value(o.rvalue()).orElseThrow(() ->
        new CompileError(Loc.of(e), "'" + e.getText() + "' is not a constant expression; use literals, #defines, enums and sizeof"));
  }

  // ------------------------------------------------------------------------------------ dispatch

  Operand lower(ExprContext e, List<Stmt> sink) {
    SourceLocation at = Loc.of(e);
    if (e instanceof CSubsetParser.NameExprContext n) {
      return name(n.Identifier().getText(), at);
    }
    if (e instanceof CSubsetParser.IntExprContext i) {
      return Operand.value(integerConstant(i.IntegerConstant().getText(), at));
    }
    if (e instanceof CSubsetParser.CharExprContext c) {
      return Operand.value(new Expr.IntConst(charValue(c.getText(), at), CType.INT, at));
    }
    if (e instanceof CSubsetParser.FloatExprContext) {
      throw new CompileError(at, "floating point is not supported: NF code computes with integers only; use an integer (e.g. fixed-point)");
    }
    if (e instanceof CSubsetParser.StringExprContext str) {
      if (globals == null || !globals.layer) {
        throw new CompileError(at, "string literals are only allowed as NF_EXPORT_STATE names; NF code has no strings");
      }
      return stringLiteral(str, at);
    }
    if (e instanceof CSubsetParser.ParenExprContext p) {
      return lowerExpression(p.expression(), sink, false);
    }
    if (e instanceof CSubsetParser.IndexExprContext ix) {
      return index(ix, sink);
    }
    if (e instanceof CSubsetParser.CallExprContext c) {
      return calls.call(c, sink);
    }
    if (e instanceof CSubsetParser.MemberExprContext m) {
      return member(m, sink);
    }
    if (e instanceof CSubsetParser.PostfixExprContext p) {
      return assignments.postfix(p, sink);
    }
    if (e instanceof CSubsetParser.PrefixExprContext p) {
      Operand target = assignments.increment(p.expr(), p.op.getText().equals("++"), at, sink);
      return target;
    }
    if (e instanceof CSubsetParser.UnaryExprContext u) {
      return unary(u, sink);
    }
    if (e instanceof CSubsetParser.CastExprContext c) {
      return cast(c, sink);
    }
    if (e instanceof CSubsetParser.SizeofTypeExprContext s) {
      CType t = types.typeName(s.typeName());
      return Operand.value(sizeOf(t, at));
    }
    if (e instanceof CSubsetParser.SizeofExprContext s) {
      // sizeof does not evaluate its operand: lower it into a scratch sink and keep only the type
      int mark = fn == null ? 0 : fn.mark();
      Operand o;
      try {
        o = lower(s.expr(), new ArrayList<>());
      } finally {
        if (fn != null) {
          fn.forgetTemporariesSince(mark);
        }
      }
      return Operand.value(sizeOf(o.type(), at));
    }
    if (e instanceof CSubsetParser.OffsetofExprContext o) {
      return Operand.value(offsetOf(o, at));
    }
    if (e instanceof CSubsetParser.BinaryExprContext b) {
      Expr l = rvalue(b.expr(0), sink);
      Expr r = rvalue(b.expr(1), sink);
      return Operand.value(Arithmetic.binary(b.op.getText(), l, r, Loc.of(b.op)));
    }
    if (e instanceof CSubsetParser.LogicalExprContext l) {
      return logical(l, sink);
    }
    if (e instanceof CSubsetParser.ConditionalExprContext c) {
      return conditional(c, sink);
    }
    if (e instanceof CSubsetParser.AssignExprContext a) {
      return assignments.assign(a, sink);
    }
    throw new CompileError(at, "unsupported expression '" + e.getText() + "'");
  }

  // ------------------------------------------------------------------------------------- leaves

  private Operand name(String n, SourceLocation at) {
    if (boundElement != null) {
      if (boundElement instanceof CType.Struct s) {
        var f = s.field(n);
        if (f.isPresent()) {
          Expr base = new Expr.BoundElement(new CType.Pointer(s, true), at);
          return Operand.lvalue(new Expr.FieldAddress(base, n, f.get().offset(), new CType.Pointer(f.get().type(), true), at),
              f.get().type(), true, at);
        }
      } else if (n.equals("value")) {
        return Operand.lvalue(new Expr.BoundElement(new CType.Pointer(boundElement, true), at), boundElement, true, at);
      }
      if (n.equals("now")) {
        // not a field: the packet's arrival time (vigor_time_t), so a bound can say "stamped in the past"
        return Operand.value(new Expr.BoundNow(CType.LONG, at));
      }
    }
    if (fn != null) {
      FunctionContext.LocalSym l = fn.lookup(n);
      if (l != null) {
        Function.Local local = l.local();
        Expr address = new Expr.LocalAddress(local.name(), new CType.Pointer(local.type(), l.constQualified()), at);
        if (l.constant() != null) {
          // still an lvalue (for &k), but it reads as its constant
          return new Operand(new Expr.IntConst(l.constant(), (CType.Int) local.type(), at), address, local.type(), true, at);
        }
        return Operand.lvalue(address, local.type(), l.constQualified(), at);
      }
    }
    BigInteger ec = globals.enumConstants.get(n);
    if (ec != null) {
      return Operand.value(new Expr.IntConst(ec, CType.INT, at));
    }
    BigInteger cv = globals.constantValues.get(n);
    if (cv != null) {
      return Operand.value(new Expr.IntConst(cv, (CType.Int) globals.globals.get(n).type(), at));
    }
    var g = globals.globals.get(n);
    if (g != null) {
      return Operand.lvalue(new Expr.GlobalAddress(n, new CType.Pointer(g.type(), !g.writable()), at), g.type(),
          !g.writable(), at);
    }
    LibVigObject o = globals.objects.get(n);
    if (o != null) {
      CType.Struct desc = globals.structs.getOrDefault(o.kind().structTag(), CType.Struct.incomplete(o.kind().structTag()));
      return Operand.value(new Expr.ObjectRef(n, new CType.Pointer(desc, false), at));
    }
    if (globals.functions.containsKey(n)) {
      throw new CompileError(at, "'" + n + "' is a function used as a value; function pointers are not supported: call it directly");
    }
    if (HEAP.contains(n)) {
      throw heap(n, at);
    }
    if (fn == null && boundElement == null) {
      throw new CompileError(at, "'" + n + "' is not a constant; use a literal, a #define or an enum here");
    }
    if (boundElement != null) {
      throw new CompileError(at, "unknown name '" + n + "' in a bound: a bound may only name the element's fields"
          + (boundElement instanceof CType.Struct ? "" : " (the element itself is `value`)") + ", constants and `now`"
          + (n.equals(n.toUpperCase(java.util.Locale.ROOT)) ? " (a #define takes effect only below it: define "
              + n + " above this line)" : ""));
    }
    throw new CompileError(at, "unknown identifier '" + n + "'; declare it before use (is it misspelled, or is a #include missing?)");
  }

  static CompileError heap(String n, SourceLocation at) {
    return new CompileError(at, n + "() is not available: NF code has no heap; keep persistent state in "
        + "libVig objects (VIG_EMAP, VIG_VECTOR, VIG_MAP, ...) and per-packet data in local variables");
  }

  private static Expr integerConstant(String text, SourceLocation at) {
    String digits = text.replaceAll("[uUlL]+$", "");
    String suffix = text.substring(digits.length()).toLowerCase(java.util.Locale.ROOT);
    boolean u = suffix.contains("u");
    int longs = suffix.contains("ll") ? 2 : suffix.contains("l") ? 1 : 0;
    BigInteger v;
    boolean decimal = false;
    try {
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        v = new BigInteger(digits.substring(2), 16);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        v = new BigInteger(digits.substring(1), 8);
      } else {
        v = new BigInteger(digits);
        decimal = true;
      }
    } catch (NumberFormatException ex) {
      throw new CompileError(at, "'" + text + "' is not a valid integer constant");
    }
    CType.Int t = IntRules.constantType(v, decimal, u, longs);
    if (t == null) {
      throw new CompileError(at, "integer constant " + text + " is too large for any integer type");
    }
    return new Expr.IntConst(v, t, at);
  }

  /**
   * A string literal of a layer's code (NFOS's console messages): a read-only array of its bytes
   * and a NUL, as a C compiler makes one, named by where it is written.
   */
  private Operand stringLiteral(CSubsetParser.StringExprContext str, SourceLocation at) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (var token : str.StringLiteral()) {
      String body = token.getText().substring(1, token.getText().length() - 1);
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c != '\\') {
          bytes.write(c);
          continue;
        }
        // one escape sequence, decoded as a character constant would be
        int end = i + 2;
        if (end <= body.length() && body.charAt(i + 1) == 'x') {
          while (end < body.length() && Character.digit(body.charAt(end), 16) >= 0) {
            end++;
          }
        } else if (end <= body.length() && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
          while (end < body.length() && end < i + 4 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
          }
        }
        bytes.write(charValue("'" + body.substring(i, end) + "'", at).intValue());
        i = end - 1;
      }
    }
    bytes.write(0);
    byte[] b = bytes.toByteArray();
    String name = "<string at " + at + ">";
    CType type = new CType.Array(new CType.Int(dev.vigor.engine.ir.IntKind.CHAR), b.length);
    if (!globals.globals.containsKey(name)) {
      java.util.List<dev.vigor.engine.ir.ConstGlobal.Init> init = new java.util.ArrayList<>();
      for (int i = 0; i < b.length; i++) {
        if (b[i] != 0) {
          init.add(new dev.vigor.engine.ir.ConstGlobal.Init(i, new CType.Int(dev.vigor.engine.ir.IntKind.CHAR),
              BigInteger.valueOf(b[i])));
        }
      }
      globals.globals.put(name, new dev.vigor.engine.ir.ConstGlobal(name, type, init, false, at));
    }
    return Operand.lvalue(new Expr.GlobalAddress(name, new CType.Pointer(type, true), at), type, true, at);
  }

  private static BigInteger charValue(String text, SourceLocation at) {
    try {
      return BigInteger.valueOf(CharValue.of(new PpToken(PpToken.Kind.CHAR, text, at, false, Set.of())));
    } catch (DiagnosticException ex) {
      throw new CompileError(at, ex.diagnostics().get(0).message());
    }
  }

  /** offsetof(struct T, a.b): the member's byte offset, a size_t constant. */
  private Expr offsetOf(CSubsetParser.OffsetofExprContext o, SourceLocation at) {
    CType t = types.typeName(o.typeName());
    long offset = 0;
    for (var id : o.Identifier()) {
      if (!(t instanceof CType.Struct s) || !s.complete()) {
        throw new CompileError(Loc.of(id), "offsetof needs a complete struct, not " + t.cName());
      }
      CType.Field f = s.field(id.getText()).orElseThrow(() -> new CompileError(Loc.of(id),
          "struct " + s.tag() + " has no field '" + id.getText() + "'"));
      offset += f.offset();
      t = f.type();
    }
    return new Expr.IntConst(BigInteger.valueOf(offset), CType.ULONG, at);
  }

  private Expr sizeOf(CType t, SourceLocation at) {
    if (t instanceof CType.Void || (t instanceof CType.Struct s && !s.complete())) {
      throw new CompileError(at, "sizeof of an incomplete type " + t.cName() + "; define it first");
    }
    return new Expr.IntConst(BigInteger.valueOf(t.size()), CType.ULONG, at);
  }

  // --------------------------------------------------------------------------- memory access

  private Operand index(CSubsetParser.IndexExprContext ix, List<Stmt> sink) {
    SourceLocation at = Loc.of(ix);
    Operand base = lower(ix.expr(), sink);
    Expr i = lowerExpression(ix.expression(), sink, false).rvalue();
    if (!(i.type() instanceof CType.Int)) {
      throw new CompileError(Loc.of(ix.expression()), "an array index must be an integer, not " + i.type().cName());
    }
    Expr idx = Conversions.toInt(i, CType.LONG);
    if (base.isLvalue() && base.type() instanceof CType.Array a) {
      Expr addr = new Expr.ElementAddress(base.address(), idx, a.element().size(), a.length(),
          new CType.Pointer(a.element(), base.constQualified()), at);
      return Operand.lvalue(addr, a.element(), base.constQualified(), at);
    }
    Expr p = base.rvalue();
    if (!(p.type() instanceof CType.Pointer pt) || pt.target() instanceof CType.Void) {
      throw new CompileError(at, "'" + ix.expr().getText() + "' is not an array or a pointer to a complete type; it cannot be indexed");
    }
    types.requireComplete(pt.target(), at, "the indexed element");
    Expr addr = new Expr.ElementAddress(p, idx, pt.target().size(), -1, pt, at);
    return Operand.lvalue(addr, pt.target(), pt.targetConst(), at);
  }

  private Operand member(CSubsetParser.MemberExprContext m, List<Stmt> sink) {
    SourceLocation at = Loc.of(m.Identifier());
    Operand base = lower(m.expr(), sink);
    Expr structAddr;
    CType st;
    boolean isConst;
    if (m.op.getText().equals("->")) {
      Expr p = base.rvalue();
      if (!(p.type() instanceof CType.Pointer pt) || !(pt.target() instanceof CType.Struct)) {
        throw new CompileError(Loc.of(m.op), "'->' needs a pointer to a struct, but '" + m.expr().getText() + "' has type "
            + p.type().cName() + (p.type() instanceof CType.Struct ? "; use '.'" : ""));
      }
      structAddr = p;
      st = pt.target();
      isConst = pt.targetConst();
    } else {
      if (!(base.type() instanceof CType.Struct)) {
        throw new CompileError(Loc.of(m.op), "'.' needs a struct, but '" + m.expr().getText() + "' has type " + base.type().cName()
            + (base.type() instanceof CType.Pointer ? "; use '->'" : ""));
      }
      if (!base.isLvalue()) {
        throw new CompileError(at, "cannot take a field of a struct value that is not stored; store it in a local variable first");
      }
      structAddr = base.address();
      st = base.type();
      isConst = base.constQualified();
    }
    CType.Struct s = globals.structs.getOrDefault(((CType.Struct) st).tag(), (CType.Struct) st);
    if (!s.complete()) {
      throw new CompileError(at, "struct " + s.tag() + " is incomplete here; define it before use");
    }
    String fname = m.Identifier().getText();
    CType.Field f = s.field(fname).orElseThrow(() -> new CompileError(at,
        "struct " + s.tag() + " has no field '" + fname + "'; its fields are "
            + String.join(", ", s.fields().stream().map(CType.Field::name).toList())));
    boolean c = isConst || f.constQualified();
    Expr addr = new Expr.FieldAddress(structAddr, fname, f.offset(), new CType.Pointer(f.type(), c), at);
    return Operand.lvalue(addr, f.type(), c, at);
  }

  private Operand unary(CSubsetParser.UnaryExprContext u, List<Stmt> sink) {
    SourceLocation at = Loc.of(u);
    String op = u.op.getText();
    if (op.equals("&")) {
      Operand o = lower(u.expr(), sink);
      if (!o.isLvalue()) {
        if (o.value() instanceof Expr.ObjectRef) {
          throw new CompileError(at, "a libVig object is already a handle; pass '" + u.expr().getText() + "' without '&'");
        }
        throw new CompileError(at, "cannot take the address of '" + u.expr().getText() + "': it is not a variable, field or element");
      }
      return Operand.value(retype(o.address(), new CType.Pointer(o.type(), o.constQualified()), at));
    }
    if (op.equals("*")) {
      Expr p = rvalue(u.expr(), sink);
      if (!(p.type() instanceof CType.Pointer pt)) {
        throw new CompileError(at, "cannot dereference '" + u.expr().getText() + "' of type " + p.type().cName() + ": it is not a pointer");
      }
      if (pt.target() instanceof CType.Void) {
        throw new CompileError(at, "cannot dereference a void pointer; cast it to a pointer to the element type first");
      }
      return Operand.lvalue(p, pt.target(), pt.targetConst(), at);
    }
    Expr v = rvalue(u.expr(), sink);
    if (op.equals("!")) {
      Expr t = truth(v, at);
      return Operand.value(Arithmetic.negateTruth(t, at));
    }
    if (!(v.type() instanceof CType.Int)) {
      throw new CompileError(at, "unary '" + op + "' needs an integer, not " + v.type().cName());
    }
    Expr p = Conversions.promote(v);
    CType.Int t = (CType.Int) p.type();
    switch (op) {
      case "+":
        return Operand.value(p);
      case "-":
        return Operand.value(fold(new Expr.Unary(Expr.UnaryOp.NEG, p, t, at)));
      default:
        return Operand.value(fold(new Expr.Unary(Expr.UnaryOp.BIT_NOT, p, t, at)));
    }
  }

  private static Expr retype(Expr address, CType.Pointer to, SourceLocation at) {
    if (address.type().equals(to)) {
      return address;
    }
    return new Expr.Convert(address, to, at);
  }

  static Expr fold(Expr e) {
    if (e.type() instanceof CType.Int t) {
      var v = ConstFold.value(e);
      if (v.isPresent() && !(e instanceof Expr.IntConst)) {
        requireNoSignedOverflow(e, t);
        return new Expr.IntConst(v.get(), t, e.loc());
      }
    }
    return e;
  }

  /** Folding wraps, but a signed constant that overflows is undefined in C: say so, as compilers do. */
  private static void requireNoSignedOverflow(Expr e, CType.Int t) {
    if (!t.signed()) {
      return;
    }
    BigInteger exact = null;
    if (e instanceof Expr.Binary b && b.left() instanceof Expr.IntConst l && b.right() instanceof Expr.IntConst r) {
      switch (b.op()) {
        case ADD: exact = l.value().add(r.value()); break;
        case SUB: exact = l.value().subtract(r.value()); break;
        case MUL: exact = l.value().multiply(r.value()); break;
        case SHL:
          exact = l.value().signum() < 0 ? BigInteger.ONE.shiftLeft(t.kind().bits()) : l.value().shiftLeft(r.value().intValue());
          break;
        default: break;
      }
    } else if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.IntConst c) {
      exact = c.value().negate();
    }
    if (exact != null && !IntRules.fits(exact, t.kind())) {
      throw new CompileError(e.loc(), "signed integer overflow in a constant expression (" + t.cName()
          + " cannot hold " + exact + "); make an operand wider or unsigned, e.g. with an LL or U suffix");
    }
  }

  private Operand cast(CSubsetParser.CastExprContext c, List<Stmt> sink) {
    SourceLocation at = Loc.of(c);
    CType to = types.typeName(c.typeName());
    if (to instanceof CType.Void) {
      lowerForEffect(c.expr(), sink);
      return new Operand(new Expr.IntConst(BigInteger.ZERO, CType.INT, at), null, CType.VOID, false, at);
    }
    Expr v = rvalue(c.expr(), sink);
    if (to instanceof CType.Int ti) {
      if (v.type() instanceof CType.Pointer && ti.kind() != IntKind.BOOL) {
        throw new CompileError(at, "converting a pointer to an integer is not supported; compare pointers, or use offsets instead of addresses");
      }
      if (!(v.type() instanceof CType.Int) && !(v.type() instanceof CType.Pointer)) {
        throw new CompileError(at, "cannot cast " + v.type().cName() + " to " + to.cName());
      }
      return Operand.value(Conversions.toInt(v, ti));
    }
    if (to instanceof CType.Pointer tp) {
      if (Conversions.isNullConstant(v)) {
        return Operand.value(new Expr.NullPointer(tp, at));
      }
      if (!(v.type() instanceof CType.Pointer fp)) {
        throw new CompileError(at, "converting an integer to a pointer is not supported; point into the packet, a local or a libVig element");
      }
      if (fp.targetConst() && !tp.targetConst()) {
        throw new CompileError(at, "this cast discards const from " + fp.cName() + "; keep const in the target type");
      }
      return Operand.value(v.type().equals(tp) ? v : new Expr.Convert(v, tp, at));
    }
    throw new CompileError(at, "cannot cast to " + to.cName() + "; only integer and pointer casts are supported");
  }

  // ---------------------------------------------------------------------------------- control

  static Expr truth(Expr v, SourceLocation at) {
    if (v instanceof Expr.ObjectRef ref) {
      throw Conversions.objectMisuse(ref, at);
    }
    if (v.type() instanceof CType.Int t) {
      if (v instanceof Expr.Binary b && b.op().isComparisonOrLogic()) {
        return v;
      }
      if (v instanceof Expr.IntConst c) {
        return new Expr.IntConst(c.value().signum() != 0 ? BigInteger.ONE : BigInteger.ZERO, CType.INT, at);
      }
      Expr p = Conversions.promote(v);
      return new Expr.Binary(Expr.BinaryOp.NE, p, new Expr.IntConst(BigInteger.ZERO, (CType.Int) p.type(), at), CType.INT, at);
    }
    if (v.type() instanceof CType.Pointer pt) {
      return new Expr.Binary(Expr.BinaryOp.NE, v, new Expr.NullPointer(pt, at), CType.INT, at);
    }
    throw new CompileError(at, "a condition must be an integer or a pointer, not " + v.type().cName());
  }

  private Operand logical(CSubsetParser.LogicalExprContext l, List<Stmt> sink) {
    SourceLocation at = Loc.of(l.op);
    boolean and = l.op.getText().equals("&&");
    Expr left = condition(l.expr(0), sink);
    List<Stmt> rightSink = new ArrayList<>();
    Expr right = condition(l.expr(1), rightSink);
    if (rightSink.isEmpty()) {
      return Operand.value(fold(new Expr.Binary(and ? Expr.BinaryOp.LOGICAL_AND : Expr.BinaryOp.LOGICAL_OR, left, right, CType.INT, at)));
    }
    requireFunction(at);
    Function.Local t = fn.temp(CType.INT, at);
    Expr ta = new Expr.LocalAddress(t.name(), new CType.Pointer(CType.INT, false), at);
    sink.add(new Stmt.Store(ta, left, at));
    List<Stmt> then = new ArrayList<>(rightSink);
    then.add(new Stmt.Store(ta, right, at));
    Expr tv = new Expr.Load(ta, CType.INT, at);
    Expr test = and ? tv : Arithmetic.negateTruth(tv, at);
    sink.add(new Stmt.If(test, then, List.of(), at));
    return Operand.value(new Expr.Load(ta, CType.INT, at));
  }

  private Operand conditional(CSubsetParser.ConditionalExprContext c, List<Stmt> sink) {
    SourceLocation at = Loc.of(c);
    Expr cond = condition(c.expr(0), sink);
    List<Stmt> thenSink = new ArrayList<>();
    List<Stmt> elseSink = new ArrayList<>();
    Operand a = lowerExpression(c.expression(), thenSink, false);
    Operand b = lower(c.expr(1), elseSink);
    if (a.type() instanceof CType.Void || b.type() instanceof CType.Void) {
      requireFunction(at);
      sink.add(new Stmt.If(cond, thenSink, elseSink, at));
      return new Operand(new Expr.IntConst(BigInteger.ZERO, CType.INT, at), null, CType.VOID, false, at);
    }
    Expr av = a.rvalue();
    Expr bv = b.rvalue();
    CType t = commonType(av, bv, at);
    av = Conversions.forAssignment(av, t, at, "the first arm of ?:");
    bv = Conversions.forAssignment(bv, t, at, "the second arm of ?:");
    if (thenSink.isEmpty() && elseSink.isEmpty()) {
      return Operand.value(fold(new Expr.Conditional(cond, av, bv, t, at)));
    }
    requireFunction(at);
    Function.Local tmp = fn.temp(t, at);
    Expr ta = new Expr.LocalAddress(tmp.name(), new CType.Pointer(t, false), at);
    thenSink.add(new Stmt.Store(ta, av, at));
    elseSink.add(new Stmt.Store(ta, bv, at));
    sink.add(new Stmt.If(cond, thenSink, elseSink, at));
    return Operand.value(new Expr.Load(ta, t, at));
  }

  private static CType commonType(Expr a, Expr b, SourceLocation at) {
    if (a.type() instanceof CType.Int x && b.type() instanceof CType.Int y) {
      return IntRules.usualArithmetic(x, y);
    }
    if (a.type() instanceof CType.Pointer && Conversions.isNullConstant(b)) {
      return a.type();
    }
    if (b.type() instanceof CType.Pointer && Conversions.isNullConstant(a)) {
      return b.type();
    }
    if (a.type().equals(b.type())) {
      return a.type();
    }
    if (a.type() instanceof CType.Pointer pa && b.type() instanceof CType.Pointer pb && pa.target().equals(pb.target())) {
      return new CType.Pointer(pa.target(), pa.targetConst() || pb.targetConst());
    }
    throw new CompileError(at, "the arms of ?: have incompatible types " + a.type().cName() + " and " + b.type().cName());
  }

  void requireFunction(SourceLocation at) {
    if (fn == null) {
      throw new CompileError(at, "side effects (assignments, calls) are not allowed in a constant expression or bound");
    }
  }
}
