package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.LibVigKind;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Declares libVig objects from the instantiation forms (VIG_EMAP, ...) and records NF_EXPORT_STATE names. */
final class LibVigForms {
  private final Globals globals;
  private final TypeResolver types;
  private final ExprLowerer constants;

  LibVigForms(Globals globals, TypeResolver types, ExprLowerer constants) {
    this.globals = globals;
    this.types = types;
    this.constants = constants;
  }

  void declare(CSubsetParser.LibvigFormContext form) {
    if (form instanceof CSubsetParser.ExportFormContext e) {
      export(e);
      return;
    }
    String name;
    LibVigKind kind;
    CType key = null;
    CType value = null;
    long capacity;
    long height = 0;
    Expr bound = null;
    CompileError badBound = null;
    if (form instanceof CSubsetParser.EmapFormContext f) {
      name = f.Identifier().getText();
      kind = LibVigKind.EMAP;
      key = element(f.typeName(), "key");
      capacity = capacity(f.expr());
    } else if (form instanceof CSubsetParser.VectorFormContext f) {
      arity(f.kind.getText(), f.expr().size(), Loc.of(f));
      name = f.Identifier().getText();
      kind = LibVigKind.VECTOR;
      value = element(f.typeName(), "element");
      capacity = capacity(f.expr(0));
      try {
        bound = f.expr().size() > 1 ? bound(f.expr(1), value) : null;
      } catch (CompileError e) {
        badBound = e;
      }
    } else if (form instanceof CSubsetParser.MapFormContext f) {
      arity(f.kind.getText(), f.expr().size(), Loc.of(f));
      name = f.Identifier().getText();
      kind = LibVigKind.MAP;
      key = element(f.typeName(0), "key");
      value = element(f.typeName(1), "value");
      capacity = capacity(f.expr(0));
      try {
        bound = f.expr().size() > 1 ? bound(f.expr(1), value) : null;
      } catch (CompileError e) {
        badBound = e;
      }
    } else if (form instanceof CSubsetParser.DchainFormContext f) {
      name = f.Identifier().getText();
      kind = LibVigKind.DCHAIN;
      capacity = capacity(f.expr());
    } else if (form instanceof CSubsetParser.ChtFormContext f) {
      name = f.Identifier().getText();
      kind = LibVigKind.CHT;
      capacity = capacity(f.expr(0));
      height = capacity(f.expr(1));
    } else {
      CSubsetParser.LpmFormContext f = (CSubsetParser.LpmFormContext) form;
      name = f.Identifier().getText();
      kind = LibVigKind.LPM;
      capacity = capacity(f.expr());
    }
    SourceLocation at = Loc.of(form);
    if (globals.objects.containsKey(name) || globals.globals.containsKey(name) || globals.functions.containsKey(name)) {
      throw new CompileError(at, "'" + name + "' is already declared; give this libVig object another name");
    }
    LibVigObject object = new LibVigObject(name, kind, key, value, capacity, height, bound, null, at);
    globals.objects.put(name, object);
    if (globals.layer) {
      descriptor(object, at);
    }
    if (badBound != null) {
      throw badBound; // after declaring the object, so its uses are not reported as unknown too
    }
  }

  /**
   * In libVig's own C (the libvig layer), an object is also what a C compiler makes of its form:
   * its descriptor (struct vig_emap, ...) with the sizes and capacity filled in and no impl yet,
   * which libVig's functions receive when the harness calls them on the object.
   */
  private void descriptor(LibVigObject o, SourceLocation at) {
    CType.Struct desc = globals.structs.get(o.kind().structTag());
    if (desc == null || !desc.complete()) {
      throw new CompileError(at, "struct " + o.kind().structTag() + " is not defined here; include <vigor/libvig.h> first");
    }
    java.util.Map<String, Long> values = new java.util.LinkedHashMap<>();
    values.put("key_size", o.keyType() == null ? 0 : o.keyType().size());
    values.put("value_size", o.valueType() == null ? 0 : o.valueType().size());
    values.put("elem_size", o.valueType() == null ? 0 : o.valueType().size());
    values.put("capacity", o.capacity());
    values.put("backend_capacity", o.capacity());
    values.put("height", o.height());
    List<dev.vigor.engine.ir.ConstGlobal.Init> init = new ArrayList<>();
    for (CType.Field f : desc.fields()) {
      Long v = values.get(f.name());
      if (v != null && v != 0 && f.type() instanceof CType.Int t) {
        init.add(new dev.vigor.engine.ir.ConstGlobal.Init(f.offset(), t, BigInteger.valueOf(v)));
      }
    }
    String g = LibVigObject.descriptorGlobal(o.name());
    globals.globals.put(g, new dev.vigor.engine.ir.ConstGlobal(g, desc, init, false, at, true));
  }

  /** VIG_VECTOR/VIG_MAP take no bound (a C compiler would reject the extra argument); the _BOUNDED forms need one. */
  private static void arity(String form, int exprs, SourceLocation at) {
    boolean bounded = form.endsWith("_BOUNDED");
    if (bounded != (exprs == 2)) {
      throw new CompileError(at, bounded
          ? form + " needs a bound after the capacity"
          : form + " takes no bound; to declare one, use " + form + "_BOUNDED(..., capacity, bound)");
    }
  }

  private CType element(CSubsetParser.TypeNameContext tn, String what) {
    CType t = types.typeName(tn);
    types.requireComplete(t, Loc.of(tn), "the " + what + " type");
    if (containsPointer(t)) {
      throw new CompileError(Loc.of(tn), "a libVig " + what + " cannot be or contain a pointer (it would outlive what it "
          + "points to); store the value itself, or an index");
    }
    return t;
  }

  private static boolean containsPointer(CType t) {
    if (t instanceof CType.Pointer) {
      return true;
    }
    if (t instanceof CType.Array a) {
      return containsPointer(a.element());
    }
    return t instanceof CType.Struct s && s.fields().stream().anyMatch(f -> containsPointer(f.type()));
  }

  private long capacity(CSubsetParser.ExprContext e) {
    BigInteger c = constants.constant(e);
    if (c.signum() <= 0 || c.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new CompileError(Loc.of(e), "a capacity must be between 1 and INT_MAX, not " + c);
    }
    return c.longValueExact();
  }

  private Expr bound(CSubsetParser.ExprContext e, CType element) {
    ExprLowerer lowerer = new ExprLowerer(globals, null, element);
    lowerer.setTypes(types);
    List<Stmt> sink = new ArrayList<>();
    Expr b = lowerer.condition(e, sink);
    if (!sink.isEmpty()) {
      throw new CompileError(Loc.of(e), "a bound must not call functions or assign; write a condition over the element's fields");
    }
    Expr.BoundNow n = dev.vigor.engine.ir.BoundNowRule.nonMonotoneUse(b);
    if (n != null) {
      throw new CompileError(n.loc(), "a bound may read `now` only as the larger side of a comparison"
          + " (`time <= now`, `time < now`) joined by && or ||: it is proved when an element is stored"
          + " and assumed at later packets, whose time is never smaller");
    }
    return b;
  }

  private void export(CSubsetParser.ExportFormContext e) {
    SourceLocation at = Loc.of(e);
    String obj = e.Identifier().getText();
    StringBuilder sb = new StringBuilder();
    for (var s : e.StringLiteral()) {
      String t = s.getText();
      sb.append(t, 1, t.length() - 1);
    }
    String spec = sb.toString();
    if (!spec.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new CompileError(Loc.of(e.StringLiteral(0)), "spec name \"" + spec + "\" must be a Python identifier (letters, digits, _)");
    }
    LibVigObject o = globals.objects.get(obj);
    if (o == null) {
      throw new CompileError(Loc.of(e.Identifier()), "NF_EXPORT_STATE names '" + obj + "', which is not a libVig object; declare it first with VIG_EMAP, VIG_VECTOR, ...");
    }
    if (o.exportName() != null) {
      throw new CompileError(at, "'" + obj + "' is already exported as \"" + o.exportName() + "\"; export each object once");
    }
    for (LibVigObject other : globals.objects.values()) {
      if (spec.equals(other.exportName())) {
        throw new CompileError(at, "spec name \"" + spec + "\" is already used by '" + other.name() + "'; choose another");
      }
    }
    globals.objects.put(obj, o.exportedAs(spec));
  }
}
