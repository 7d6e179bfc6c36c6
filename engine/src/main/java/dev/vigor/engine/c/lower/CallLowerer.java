package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.c.parser.CSubsetParser.ExprContext;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers calls: to NF functions ({@link Stmt.Call}) and to libVig prototypes ({@link Stmt.LibVigCall},
 * objects passed by name), with arguments converted to the parameter types and the result, if any,
 * in a fresh temporary.
 */
final class CallLowerer {
  private final Globals globals;
  private final FunctionContext fn;
  private final ExprLowerer exprs;

  CallLowerer(Globals globals, FunctionContext fn, ExprLowerer exprs) {
    this.globals = globals;
    this.fn = fn;
    this.exprs = exprs;
  }

  Operand call(CSubsetParser.CallExprContext c, List<Stmt> sink) {
    SourceLocation at = Loc.of(c);
    if (!(c.expr(0) instanceof CSubsetParser.NameExprContext callee)) {
      throw new CompileError(at, "only named functions can be called; function pointers are not supported");
    }
    String name = callee.getText();
    if (fn != null && fn.lookup(name) != null) {
      throw new CompileError(at, "'" + name + "' is a variable, not a function; function pointers are not supported");
    }
    FunctionSig sig = globals.functions.get(name);
    if (sig == null) {
      if (ExprLowerer.HEAP.contains(name)) {
        throw ExprLowerer.heap(name, at);
      }
      throw new CompileError(at, "call to undeclared function '" + name + "'; declare or define it before this call "
          + "(NF code can call its own functions, the helpers of <vigor/packet.h> and the libVig API)");
    }
    exprs.requireFunction(at);
    List<ExprContext> argCtx = c.expr().subList(1, c.expr().size());
    if (argCtx.size() != sig.params().size()) {
      throw new CompileError(at, name + " takes " + sig.params().size() + " argument(s) but is given " + argCtx.size()
          + "; it is declared as " + sig.describe() + " at " + sig.loc());
    }
    List<Expr> args = new ArrayList<>();
    String object = null;
    for (int i = 0; i < argCtx.size(); i++) {
      Expr v = exprs.argument(argCtx.get(i), sink);
      FunctionSig.Param p = sig.params().get(i);
      if (isLibVigHandle(p.type()) && !(globals.layer && !(v instanceof Expr.ObjectRef))) {
        // (a layer's code is libVig's own C: there a handle is an ordinary pointer variable)
        if (!(v instanceof Expr.ObjectRef ref)) {
          throw new CompileError(Loc.of(argCtx.get(i)), "argument " + (i + 1) + " of " + name
              + " must name a libVig object declared with " + handleForm(p.type()) + " (objects are passed by name)");
        }
        if (!ref.type().target().equals(((CType.Pointer) p.type()).target())) {
          throw new CompileError(Loc.of(argCtx.get(i)), "'" + ref.object() + "' is a " + ref.type().target().cName()
              + " but " + name + " expects a " + ((CType.Pointer) p.type()).target().cName());
        }
        if (object == null) {
          object = ref.object();
        }
        args.add(v);
        continue;
      }
      if (v instanceof Expr.ObjectRef) {
        throw new CompileError(Loc.of(argCtx.get(i)), "a libVig object can only be passed to libVig functions");
      }
      args.add(Conversions.forAssignment(v, p.type(), Loc.of(argCtx.get(i)), "argument " + (i + 1) + " of " + name));
    }
    if (sig.libVig() && (object != null || !globals.layer)) {
      LibVigArgumentTypes.check(name, object == null ? null : globals.objects.get(object), args,
          argCtx.stream().map(Loc::of).toList());
    }
    Expr resultAddress = null;
    Operand result;
    if (sig.returnType() instanceof CType.Void) {
      result = new Operand(new Expr.IntConst(BigInteger.ZERO, CType.INT, at), null, CType.VOID, false, at);
    } else {
      Function.Local t = fn.temp(sig.returnType(), at);
      resultAddress = new Expr.LocalAddress(t.name(), new CType.Pointer(sig.returnType(), false), at);
      result = Operand.lvalue(resultAddress, sig.returnType(), true, at);
    }
    if (globals.layer && sig.loc().file().equals("vigor/verify.h")) {
      sink.add(new Stmt.Intrinsic(name, args, resultAddress, at));
      return result;
    }
    // a libVig call on an object named in the call; in libVig's own C, a call through a handle
    // variable is an ordinary call of its body
    sink.add(sig.libVig() && (object != null || !globals.layer)
        ? new Stmt.LibVigCall(name, object, args, resultAddress, at)
        : new Stmt.Call(name, args, resultAddress, at));
    return result;
  }

  static boolean isLibVigHandle(CType t) {
    return t instanceof CType.Pointer p && p.target() instanceof CType.Struct s && s.tag().startsWith("vig_");
  }

  private static String handleForm(CType t) {
    String tag = ((CType.Struct) ((CType.Pointer) t).target()).tag();
    for (var k : dev.vigor.engine.ir.LibVigKind.values()) {
      if (k.structTag().equals(tag)) {
        return k.form();
      }
    }
    return "a VIG_ form";
  }
}
