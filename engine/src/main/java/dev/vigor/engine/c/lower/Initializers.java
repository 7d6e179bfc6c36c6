package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.List;

/**
 * Lowers an initializer to stores: a brace list first zeroes the whole object (C: members without
 * an initializer are zero), then stores each given member, following {@code .field} and
 * {@code [index]} designators.
 */
final class Initializers {
  private final ExprLowerer exprs;

  Initializers(ExprLowerer exprs) {
    this.exprs = exprs;
  }

  void initialize(Expr address, CType type, CSubsetParser.InitializerContext init, List<Stmt> sink) {
    SourceLocation at = Loc.of(init);
    if (init.expr() != null) {
      Expr v = exprs.rvalue(init.expr(), sink);
      sink.add(new Stmt.Store(address, Conversions.forAssignment(v, type, at, "initializer"), at));
      return;
    }
    if (type.isScalar()) {
      List<CSubsetParser.InitializerItemContext> items = init.initializerItem();
      if (items.size() != 1 || !items.get(0).designator().isEmpty()) {
        throw new CompileError(at, "a scalar is initialized with one value, as in = {0} or = x");
      }
      initialize(address, type, items.get(0).initializer(), sink);
      return;
    }
    sink.add(new Stmt.Store(address, new Expr.Zero(type, at), at));
    int position = 0;
    for (CSubsetParser.InitializerItemContext item : init.initializerItem()) {
      Expr target = address;
      CType t = type;
      List<CSubsetParser.DesignatorContext> ds = item.designator();
      if (ds.isEmpty()) {
        Member m = member(address, type, position, Loc.of(item));
        target = m.address;
        t = m.type;
        position++;
      } else {
        for (int i = 0; i < ds.size(); i++) {
          CSubsetParser.DesignatorContext d = ds.get(i);
          int index = designated(t, d);
          Member m = member(target, t, index, Loc.of(d));
          if (i == 0) {
            position = index + 1;
          }
          target = m.address;
          t = m.type;
        }
      }
      if (item.initializer().expr() != null && !t.isScalar()) {
        Expr v = exprs.rvalue(item.initializer().expr(), sink);
        if (!v.type().equals(t)) {
          throw new CompileError(Loc.of(item), "initialize the nested " + t.cName() + " with its own braces { ... }");
        }
        sink.add(new Stmt.Store(target, v, Loc.of(item)));
      } else {
        initialize(target, t, item.initializer(), sink);
      }
    }
  }

  private record Member(Expr address, CType type) {}

  private Member member(Expr base, CType type, int index, SourceLocation at) {
    if (type instanceof CType.Struct s) {
      if (index >= s.fields().size()) {
        throw new CompileError(at, "too many initializers for " + s.cName() + " (it has " + s.fields().size() + " fields)");
      }
      CType.Field f = s.fields().get(index);
      return new Member(new Expr.FieldAddress(base, f.name(), f.offset(), new CType.Pointer(f.type(), false), at), f.type());
    }
    if (type instanceof CType.Array a) {
      if (index >= a.length()) {
        throw new CompileError(at, "too many initializers for an array of " + a.length());
      }
      Expr idx = new Expr.IntConst(BigInteger.valueOf(index), CType.LONG, at);
      return new Member(new Expr.ElementAddress(base, idx, a.element().size(), a.length(), new CType.Pointer(a.element(), false), at), a.element());
    }
    throw new CompileError(at, "a " + type.cName() + " has no members to initialize");
  }

  private int designated(CType t, CSubsetParser.DesignatorContext d) {
    SourceLocation at = Loc.of(d);
    if (d.Identifier() != null) {
      if (!(t instanceof CType.Struct s)) {
        throw new CompileError(at, "'." + d.Identifier().getText() + "' designates a field, but this is a " + t.cName());
      }
      String n = d.Identifier().getText();
      for (int i = 0; i < s.fields().size(); i++) {
        if (s.fields().get(i).name().equals(n)) {
          return i;
        }
      }
      throw new CompileError(at, "struct " + s.tag() + " has no field '" + n + "'");
    }
    if (!(t instanceof CType.Array)) {
      throw new CompileError(at, "'[...]' designates an array element, but this is a " + t.cName());
    }
    BigInteger i = exprs.constant(d.expr());
    if (i.signum() < 0 || i.bitLength() > 31) {
      throw new CompileError(at, "array designator " + i + " is out of range");
    }
    return i.intValue();
  }
}
