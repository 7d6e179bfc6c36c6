package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Type-checks and lowers one function body, statement by statement, collecting every error. */
final class FunctionLowerer {
  private final Globals globals;
  private final FunctionContext fn;
  private final ExprLowerer exprs;
  private final TypeResolver types;
  private final Initializers inits;
  private final LoopBounds loops;
  private final List<Diagnostic> diagnostics;

  FunctionLowerer(Globals globals, FunctionContext fn, TypeResolver constTypes, List<Diagnostic> diagnostics) {
    this.globals = globals;
    this.fn = fn;
    this.exprs = new ExprLowerer(globals, fn, null);
    ExprLowerer constants = new ExprLowerer(globals, null, null);
    this.types = new TypeResolver(globals, constants::constant);
    constants.setTypes(types);
    exprs.setTypes(types);
    this.inits = new Initializers(exprs);
    this.loops = new LoopBounds(fn, exprs);
    this.diagnostics = diagnostics;
  }

  /** The IR function for a definition with signature sig. */
  Function lower(FunctionSig sig, CSubsetParser.CompoundStatementContext body) {
    List<Function.Local> params = new ArrayList<>();
    for (FunctionSig.Param p : sig.params()) {
      if (p.name() == null) {
        throw new CompileError(p.loc(), "parameter of " + sig.name() + " needs a name in a function definition");
      }
      types.requireComplete(p.type(), p.loc(), "parameter " + p.name());
      params.add(fn.declare(p.name(), p.type(), p.constQualified(), p.loc()));
    }
    List<Stmt> out = new ArrayList<>();
    block(body, out);
    List<Function.Local> locals = new ArrayList<>(fn.locals);
    locals.removeAll(params);
    return new Function(sig.name(), sig.returnType(), params, locals, out, sig.loc());
  }

  /** The block item just before the statement being lowered (a while loop's counter is set there). */
  private CSubsetParser.BlockItemContext previous;

  private void block(CSubsetParser.CompoundStatementContext b, List<Stmt> out) {
    fn.push();
    CSubsetParser.BlockItemContext before = null;
    for (CSubsetParser.BlockItemContext item : b.blockItem()) {
      previous = before;
      before = item;
      try {
        if (item.staticAssert() != null) {
          StaticAsserts.check(item.staticAssert(), exprs);
        } else if (item.declaration() != null) {
          declaration(item.declaration(), out);
        } else {
          statement(item.statement(), out);
        }
      } catch (CompileError e) {
        diagnostics.add(e.diagnostic());
      }
    }
    fn.pop();
  }

  private void declaration(CSubsetParser.DeclarationContext d, List<Stmt> out) {
    TypeResolver.Base base = types.base(d.declarationSpecifiers());
    if (base.storage() != null) {
      switch (base.storage()) {
        case "static":
          throw new CompileError(base.storageLoc(), "static local variables keep state across packets, which the engine "
              + "cannot see; keep that state in a libVig object (VIG_VECTOR, VIG_MAP, ...) or make it an ordinary local");
        case "typedef":
          throw new CompileError(base.storageLoc(), "declare typedefs at file scope");
        case "extern":
          throw new CompileError(base.storageLoc(), "extern declarations belong at file scope");
        default:
          break; // auto, register: no meaning for the engine
      }
    }
    for (CSubsetParser.InitDeclaratorContext id : d.initDeclarator()) {
      TypeResolver.Declared v = types.declarator(base, id.declarator());
      if (v.function() != null) {
        throw new CompileError(v.loc(), "declare functions at file scope, not inside " + fn.name);
      }
      CType vt = types.completeArray(v.type(), id.initializer(), exprs::constant);
      v = new TypeResolver.Declared(v.name(), vt, v.constQualified(), v.function(), v.loc());
      types.requireComplete(v.type(), v.loc(), "variable " + v.name());
      if (CallLowerer.isLibVigHandle(v.type()) && !globals.layer) {
        throw new CompileError(v.loc(), "libVig objects cannot be held in variables; name the object directly in each libVig call");
      }
      List<Stmt> initStmts = new ArrayList<>();
      // C scope: the name is visible in its own initializer, but reading it there is a defect; declare first
      Function.Local local = fn.declare(v.name(), v.type(), v.constQualified(), v.loc());
      if (id.initializer() != null) {
        Expr addr = new Expr.LocalAddress(local.name(), new CType.Pointer(v.type(), false), v.loc());
        inits.initialize(addr, v.type(), id.initializer(), initStmts);
      } else if (v.constQualified()) {
        throw new CompileError(v.loc(), "const local '" + v.name() + "' needs an initializer");
      }
      if (v.constQualified() && v.type() instanceof CType.Int && initStmts.size() == 1
          && initStmts.get(0) instanceof Stmt.Store st && st.value() instanceof Expr.IntConst c) {
        fn.setConstant(v.name(), c.value());
      }
      out.addAll(initStmts);
    }
  }

  private void statement(CSubsetParser.StatementContext s, List<Stmt> out) {
    SourceLocation at = Loc.of(s);
    if (s instanceof CSubsetParser.BlockStmtContext b) {
      List<Stmt> inner = new ArrayList<>();
      block(b.compoundStatement(), inner);
      out.addAll(inner);
    } else if (s instanceof CSubsetParser.ExprStmtContext e) {
      if (e.expression() != null) {
        exprs.lowerExpression(e.expression(), out, true);
      }
    } else if (s instanceof CSubsetParser.IfStmtContext i) {
      Expr c = exprs.condition(i.expression(), out);
      List<Stmt> then = nested(i.statement(0));
      List<Stmt> otherwise = i.statement().size() > 1 ? nested(i.statement(1)) : List.of();
      out.add(new Stmt.If(c, then, otherwise, at));
    } else if (s instanceof CSubsetParser.ForStmtContext f) {
      forLoop(f, out);
    } else if (s instanceof CSubsetParser.WhileStmtContext w) {
      whileLoop(at, w.expression(), w.statement(), true, out);
    } else if (s instanceof CSubsetParser.DoStmtContext d) {
      whileLoop(at, d.expression(), d.statement(), false, out);
    } else if (s instanceof CSubsetParser.BreakStmtContext) {
      requireLoop(at, "break");
      out.add(new Stmt.Break(at));
    } else if (s instanceof CSubsetParser.ContinueStmtContext) {
      requireLoop(at, "continue");
      out.add(new Stmt.Continue(at));
    } else if (s instanceof CSubsetParser.ReturnStmtContext r) {
      returnStmt(r, at, out);
    } else if (s instanceof CSubsetParser.GotoStmtContext || s instanceof CSubsetParser.LabelStmtContext) {
      throw new CompileError(at, "goto and labels are not supported: the engine follows structured control flow; "
          + "use if/else, break, continue or return instead");
    } else if (s instanceof CSubsetParser.SwitchStmtContext sw) {
      switchStmt(sw, at, out);
    } else if (s instanceof CSubsetParser.CaseStmtContext) {
      throw new CompileError(at, "case label outside a switch; remove it");
    } else if (s instanceof CSubsetParser.LibvigStmtContext) {
      throw new CompileError(at, "libVig objects are declared at file scope (they outlive every packet); move this line out of " + fn.name);
    } else if (s instanceof CSubsetParser.AsmStmtContext) {
      throw new CompileError(at, "inline assembly is not supported: the engine only understands C; write it in C");
    } else {
      throw new CompileError(at, "unsupported statement");
    }
  }

  /** switch (v) { case A: ... break; ... default: ... } as: t = v; if (t == A) {...} else if ... else {default}. */
  private void switchStmt(CSubsetParser.SwitchStmtContext sw, SourceLocation at, List<Stmt> out) {
    Expr v = exprs.lowerExpression(sw.expression(), out, false).rvalue();
    if (!(v.type() instanceof CType.Int)) {
      throw new CompileError(Loc.of(sw.expression()), "switch needs an integer, not " + v.type().cName());
    }
    Expr promoted = Conversions.promote(v);
    CType.Int t = (CType.Int) promoted.type();
    Function.Local tmp = fn.temp(t, at);
    Expr ta = new Expr.LocalAddress(tmp.name(), new CType.Pointer(t, false), at);
    out.add(new Stmt.Store(ta, promoted, at));
    List<SwitchGroups.Group> groups = SwitchGroups.of(sw);
    java.util.Set<BigInteger> seen = new java.util.HashSet<>();
    List<Stmt> otherwise = List.of();
    List<Expr> tests = new ArrayList<>();
    List<List<Stmt>> bodies = new ArrayList<>();
    for (SwitchGroups.Group g : groups) {
      List<Stmt> body = new ArrayList<>();
      fn.push();
      try {
        for (org.antlr.v4.runtime.tree.ParseTree item : g.items()) {
          try {
            if (item instanceof CSubsetParser.StaticAssertContext sa) {
              StaticAsserts.check(sa, exprs);
            } else if (item instanceof CSubsetParser.DeclarationContext d) {
              declaration(d, body);
            } else {
              statement((CSubsetParser.StatementContext) item, body);
            }
          } catch (CompileError e) {
            diagnostics.add(e.diagnostic());
          }
        }
      } finally {
        fn.pop();
      }
      Expr test = null;
      for (CSubsetParser.ExprContext c : g.cases()) {
        BigInteger value = exprs.constant(c);
        BigInteger converted = dev.vigor.engine.c.types.IntRules.wrap(value, t.kind());
        if (!seen.add(converted)) {
          throw new CompileError(Loc.of(c), "duplicate case value " + converted + " in this switch");
        }
        Expr eq = new Expr.Binary(Expr.BinaryOp.EQ, new Expr.Load(ta, t, Loc.of(c)), new Expr.IntConst(converted, t, Loc.of(c)), CType.INT, Loc.of(c));
        test = test == null ? eq : new Expr.Binary(Expr.BinaryOp.LOGICAL_OR, test, eq, CType.INT, Loc.of(c));
      }
      if (g.isDefault()) {
        otherwise = body; // default also covers its own case labels: no other group can match them
      } else {
        tests.add(test);
        bodies.add(body);
      }
    }
    List<Stmt> chain = otherwise;
    for (int i = tests.size() - 1; i >= 0; i--) {
      chain = List.of(new Stmt.If(tests.get(i), bodies.get(i), chain, tests.get(i).loc()));
    }
    out.addAll(chain);
  }

  private List<Stmt> nested(CSubsetParser.StatementContext s) {
    List<Stmt> out = new ArrayList<>();
    fn.push();
    try {
      statement(s, out);
    } catch (CompileError e) {
      diagnostics.add(e.diagnostic());
    } finally {
      fn.pop();
    }
    return out;
  }

  private void requireLoop(SourceLocation at, String what) {
    if (fn.loopDepth == 0) {
      throw new CompileError(at, what + " outside a loop; " + (what.equals("break") ? "switch is not supported, so break only leaves loops" : "continue only works in loops"));
    }
  }

  private void returnStmt(CSubsetParser.ReturnStmtContext r, SourceLocation at, List<Stmt> out) {
    if (r.expression() == null) {
      if (!(fn.returnType instanceof CType.Void)) {
        throw new CompileError(at, fn.name + " returns " + fn.returnType.cName() + "; return a value");
      }
      out.add(new Stmt.Return(null, at));
      return;
    }
    Operand o = exprs.lowerExpression(r.expression(), out, false);
    if (fn.returnType instanceof CType.Void) {
      if (!(o.type() instanceof CType.Void)) {
        throw new CompileError(at, fn.name + " returns void; remove the returned value");
      }
      out.add(new Stmt.Return(null, at));
      return;
    }
    if (o.type() instanceof CType.Void) {
      throw new CompileError(at, "this expression has type void; it has no value to return");
    }
    Expr value = Conversions.forAssignment(o.rvalue(), fn.returnType, at, "return value of " + fn.name);
    String local = localRegion(value);
    if (local != null) {
      throw new CompileError(at, fn.name + " returns the address of its local '" + local + "', which no longer exists "
          + "after the return; return the value itself, or write through a pointer the caller passes");
    }
    out.add(new Stmt.Return(value, at));
  }

  /** The local a pointer value certainly points into, or null. */
  private String localRegion(Expr e) {
    while (true) {
      if (e instanceof Expr.LocalAddress l) {
        return fn.locals.stream().filter(x -> x.name().equals(l.local())).map(Function.Local::sourceName)
            .findFirst().orElse(l.local());
      } else if (e instanceof Expr.Convert c && c.type() instanceof CType.Pointer) {
        e = c.operand();
      } else if (e instanceof Expr.FieldAddress f) {
        e = f.base();
      } else if (e instanceof Expr.ElementAddress a) {
        e = a.base();
      } else {
        return null;
      }
    }
  }

  private void forLoop(CSubsetParser.ForStmtContext f, List<Stmt> out) {
    SourceLocation at = Loc.of(f);
    fn.push();
    try {
      CSubsetParser.ExprContext initValue = null;
      if (f.declaration() != null) {
        declaration(f.declaration(), out);
        var ids = f.declaration().initDeclarator();
        if (ids.size() == 1 && ids.get(0).initializer() != null) {
          initValue = ids.get(0).initializer().expr();
        }
      } else if (f.init != null) {
        exprs.lowerExpression(f.init, out, true);
        if (f.init.expr().size() == 1 && LoopBounds.strip(f.init.expr(0)) instanceof CSubsetParser.AssignExprContext a
            && a.op.getText().equals("=")) {
          initValue = a.expr(1);
        }
      }
      CSubsetParser.ExprContext step = f.step == null ? null : f.step.expr().size() == 1 ? f.step.expr(0) : null;
      CSubsetParser.ExprContext init = initOf(f, step, initValue);
      LoopBounds.Bound bound = layerBound(() -> loops.bound(at, f.cond, step, init, f.statement()));
      List<Stmt> header = new ArrayList<>();
      Expr test = exprs.condition(f.cond, header);
      List<Stmt> stepStmts = new ArrayList<>();
      exprs.lowerExpression(f.step, stepStmts, true);
      List<Stmt> body = loopBody(f.statement());
      out.add(new Stmt.Loop(header, test, true, body, stepStmts, bound.maxIterations(), bound.explanation(), at));
    } finally {
      fn.pop();
    }
  }

  /**
   * A loop's bound; in a layer's code (libVig's C loops up to an object's capacity, a value its
   * descriptor holds), one the compiler cannot see is left to the run: there the bound is a
   * concrete value, and the step budget stops a loop that never ends.
   */
  private LoopBounds.Bound layerBound(java.util.function.Supplier<LoopBounds.Bound> bound) {
    try {
      return bound.get();
    } catch (CompileError e) {
      if (!globals.layer) {
        throw e;
      }
      return new LoopBounds.Bound(Long.MAX_VALUE, "bounded at run time (a layer's code): " + e.getMessage());
    }
  }

  /** The init value only counts when it initializes the stepped variable. */
  private static CSubsetParser.ExprContext initOf(CSubsetParser.ForStmtContext f, CSubsetParser.ExprContext step, CSubsetParser.ExprContext initValue) {
    if (initValue == null || step == null) {
      return null;
    }
    String initialized = null;
    if (f.declaration() != null) {
      var dd = f.declaration().initDeclarator(0).declarator().directDeclarator();
      initialized = dd instanceof CSubsetParser.NameDeclaratorContext n ? n.getText() : null;
    } else if (LoopBounds.strip(f.init.expr(0)) instanceof CSubsetParser.AssignExprContext a) {
      initialized = LoopBounds.strip(a.expr(0)).getText();
    }
    return initialized != null && LoopBounds.modifies(step, initialized) != null ? initValue : null;
  }

  private List<Stmt> loopBody(CSubsetParser.StatementContext s) {
    fn.loopDepth++;
    try {
      return nested(s);
    } finally {
      fn.loopDepth--;
    }
  }

  private void whileLoop(SourceLocation at, CSubsetParser.ExpressionContext cond, CSubsetParser.StatementContext bodyCtx,
      boolean testFirst, List<Stmt> out) {
    List<Stmt> header = new ArrayList<>();
    Expr test = exprs.condition(cond, header);
    var constant = ConstFold.value(test);
    if (header.isEmpty() && constant.isPresent() && constant.get().signum() == 0) {
      List<Stmt> body = loopBody(bodyCtx);
      out.add(new Stmt.Loop(List.of(), test, testFirst, body, List.of(), testFirst ? 0 : 1,
          "condition is always false", at));
      return;
    }
    CSubsetParser.ExprContext step = trailingStep(bodyCtx);
    if (step == null && globals.layer && testFirst) {
      // A layer's packet loop runs as long as traffic does: its models end it (the io back end's
      // model says "done" after one burst), and the step budget stops a model that never does.
      List<Stmt> body = loopBody(bodyCtx);
      out.add(new Stmt.Loop(header, test, true, body, List.of(), Long.MAX_VALUE,
          "none: the layer's outer loop, ended by its models", at));
      return;
    }
    if (step == null) {
      throw LoopBounds.unbounded(at, "a while/do loop is only accepted when its body ends with the step (i++; or i += K;)"
          + " and has no continue; a counted for loop is clearer");
    }
    LoopBounds.Bound bound = layerBound(() -> loops.bound(at, cond, step, initBefore(loops.stepVariable(step), (CSubsetParser.StatementContext) bodyCtx.getParent()), withoutLast(bodyCtx)));
    // the step stays the body's last statement: continue is rejected, so it always runs
    List<Stmt> body = loopBody(bodyCtx);
    long max = testFirst ? bound.maxIterations() : bound.maxIterations() + 1;
    out.add(new Stmt.Loop(header, test, testFirst, body, List.of(), max, bound.explanation(), at));
  }

  /** The value the statement right before the loop gives variable (`int j = 0;` or `j = 0;`), or null. */
  private CSubsetParser.ExprContext initBefore(String variable, CSubsetParser.StatementContext loop) {
    // only a block item directly before the loop: nothing runs between it and the loop
    if (variable == null || previous == null || !(loop.getParent() instanceof CSubsetParser.BlockItemContext item)
        || !(item.getParent() instanceof CSubsetParser.CompoundStatementContext block)) {
      return null;
    }
    int at = block.blockItem().indexOf(item);
    if (at < 1 || block.blockItem().get(at - 1) != previous) {
      return null;
    }
    if (previous.declaration() != null) {
      for (CSubsetParser.InitDeclaratorContext id : previous.declaration().initDeclarator()) {
        if (id.declarator().pointer().isEmpty() && id.declarator().directDeclarator() instanceof CSubsetParser.NameDeclaratorContext n
            && n.getText().equals(variable) && id.initializer() != null) {
          return id.initializer().expr();
        }
      }
      return null;
    }
    if (previous.statement() instanceof CSubsetParser.ExprStmtContext e && e.expression() != null
        && e.expression().expr().size() == 1
        && LoopBounds.strip(e.expression().expr(0)) instanceof CSubsetParser.AssignExprContext a
        && a.op.getText().equals("=") && LoopBounds.strip(a.expr(0)).getText().equals(variable)) {
      return a.expr(1);
    }
    return null;
  }

  private static CSubsetParser.ExprContext trailingStep(CSubsetParser.StatementContext s) {
    if (!(s instanceof CSubsetParser.BlockStmtContext b) || hasContinue(b)) {
      return null;
    }
    var items = b.compoundStatement().blockItem();
    if (items.isEmpty() || !(items.get(items.size() - 1).statement() instanceof CSubsetParser.ExprStmtContext e)
        || e.expression() == null || e.expression().expr().size() != 1) {
      return null;
    }
    return e.expression().expr(0);
  }

  private static org.antlr.v4.runtime.ParserRuleContext withoutLast(CSubsetParser.StatementContext s) {
    var items = ((CSubsetParser.BlockStmtContext) s).compoundStatement().blockItem();
    CSubsetParser.CompoundStatementContext copy = new CSubsetParser.CompoundStatementContext(null, 0);
    for (int i = 0; i < items.size() - 1; i++) {
      copy.addAnyChild(items.get(i));
    }
    return copy;
  }

  private static boolean hasContinue(org.antlr.v4.runtime.tree.ParseTree t) {
    if (t instanceof CSubsetParser.ContinueStmtContext) {
      return true;
    }
    if (t instanceof CSubsetParser.ForStmtContext || t instanceof CSubsetParser.WhileStmtContext || t instanceof CSubsetParser.DoStmtContext) {
      return false;
    }
    for (int i = 0; i < t.getChildCount(); i++) {
      if (hasContinue(t.getChild(i))) {
        return true;
      }
    }
    return false;
  }

}
