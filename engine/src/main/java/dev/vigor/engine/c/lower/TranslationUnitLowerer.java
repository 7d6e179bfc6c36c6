package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Lowers the file-scope declarations of one translation unit, in order, into the shared {@link Globals}. */
final class TranslationUnitLowerer {
  private static final String MUTABLE_GLOBAL = "a global that changes across packets must be a libVig object: "
      + "declare it with VIG_VECTOR/VIG_MAP/... and export it (or make it const if it never changes)";
  private final Globals globals;
  private final List<Diagnostic> diagnostics;
  private final ExprLowerer constants;
  private final TypeResolver types;
  private final LibVigForms forms;

  TranslationUnitLowerer(Globals globals, List<Diagnostic> diagnostics) {
    this.globals = globals;
    this.diagnostics = diagnostics;
    this.constants = new ExprLowerer(globals, null, null);
    this.types = new TypeResolver(globals, constants::constant);
    constants.setTypes(types);
    this.forms = new LibVigForms(globals, types, constants);
  }

  void lower(CSubsetParser.TranslationUnitContext tu) {
    for (CSubsetParser.ExternalDeclarationContext d : tu.externalDeclaration()) {
      SourceLocation at = Loc.of(d);
      if (globals.seen.contains(at)) {
        continue; // the same header declaration, already lowered from another translation unit
      }
      try {
        if (d.functionDefinition() != null) {
          function(d.functionDefinition());
        } else if (d.staticAssert() != null) {
          StaticAsserts.check(d.staticAssert(), constants);
        } else if (d.libvigForm() != null) {
          forms.declare(d.libvigForm());
        } else if (d.declaration() != null) {
          declaration(d.declaration());
        }
      } catch (CompileError e) {
        diagnostics.add(e.diagnostic());
      }
      globals.seen.add(at);
    }
  }

  private FunctionSig signature(TypeResolver.Declared d, boolean libVig) {
    return new FunctionSig(d.name(), d.function().returnType(), d.function().params(), libVig, d.loc());
  }

  private void function(CSubsetParser.FunctionDefinitionContext f) {
    TypeResolver.Base base = types.base(f.declarationSpecifiers());
    TypeResolver.Declared d = types.declarator(base, f.declarator());
    if (d.function() == null) {
      throw new CompileError(d.loc(), "'" + d.name() + "' is followed by a body but is not declared as a function");
    }
    if (d.function().returnType() instanceof CType.Struct s && !s.complete()) {
      throw new CompileError(d.loc(), "return type struct " + s.tag() + " is incomplete; define it first");
    }
    FunctionSig prior = globals.functions.get(d.name());
    // libVig's own C defines the API's functions: they stay libVig calls when made on an object
    FunctionSig sig = signature(d, globals.layer && prior != null && prior.libVig());
    if (prior != null && !prior.sameTypeAs(sig)) {
      throw new CompileError(d.loc(), d.name() + " is defined as " + sig.describe() + " but declared as " + prior.describe()
          + " at " + prior.loc() + "; make them agree");
    }
    if (globals.definitions.containsKey(d.name())) {
      throw new CompileError(d.loc(), d.name() + " is defined twice (also at " + globals.definitions.get(d.name()).loc() + "); keep one definition");
    }
    globals.functions.put(d.name(), sig);
    FunctionContext ctx = new FunctionContext(d.name(), sig.returnType());
    int before = diagnostics.size();
    Function fn = new FunctionLowerer(globals, ctx, types, diagnostics).lower(sig, f.compoundStatement());
    if (diagnostics.size() == before) {
      ReturnCheck.requireReturn(fn, diagnostics);
    }
    globals.definitions.put(d.name(), fn);
  }

  private void declaration(CSubsetParser.DeclarationContext decl) {
    TypeResolver.Base base = types.base(decl.declarationSpecifiers());
    boolean isTypedef = "typedef".equals(base.storage());
    for (CSubsetParser.InitDeclaratorContext id : decl.initDeclarator()) {
      TypeResolver.Declared d = types.declarator(base, id.declarator());
      if (isTypedef) {
        if (d.function() != null) {
          throw TypeResolver.functionPointer(d.loc());
        }
        globals.typedefs.put(d.name(), d.type());
      } else if (d.function() != null) {
        prototype(d);
      } else {
        variable(base, d, id);
      }
    }
  }

  private void prototype(TypeResolver.Declared d) {
    boolean libVig = d.loc().file().equals("vigor/libvig.h");
    FunctionSig sig = signature(d, libVig);
    FunctionSig prior = globals.functions.get(d.name());
    if (prior != null) {
      if (!prior.sameTypeAs(sig)) {
        throw new CompileError(d.loc(), d.name() + " is declared as " + sig.describe() + " but earlier as " + prior.describe()
            + " at " + prior.loc() + "; make them agree");
      }
      return;
    }
    if (java.util.Set.of("malloc", "calloc", "realloc", "free").contains(d.name())) {
      throw ExprLowerer.heap(d.name(), d.loc());
    }
    globals.functions.put(d.name(), sig);
  }

  private void variable(TypeResolver.Base base, TypeResolver.Declared declared, CSubsetParser.InitDeclaratorContext id) {
    TypeResolver.Declared d = new TypeResolver.Declared(declared.name(),
        types.completeArray(declared.type(), id.initializer(), constants::constant), declared.constQualified(), null, declared.loc());
    SourceLocation at = d.loc();
    boolean writable = !d.constQualified();
    if (writable && !globals.layer) {
      throw new CompileError(at, "mutable global '" + d.name() + "': " + MUTABLE_GLOBAL);
    }
    types.requireComplete(d.type(), at, "global " + d.name());
    ConstGlobal prior = globals.globals.get(d.name());
    if (writable && globals.layer && ("extern".equals(base.storage()) || id.initializer() == null)
        && prior != null && prior.writable() && prior.type().equals(d.type())) {
      return; // a layer's extern declaration and its definition (static storage: zero) name one object
    }
    if (writable && globals.layer && "extern".equals(base.storage())) {
      if (id.initializer() != null) {
        throw new CompileError(at, "an extern declaration cannot have an initializer");
      }
      globals.globals.put(d.name(), new ConstGlobal(d.name(), d.type(), List.of(), false, at, true));
      return; // defined (zero) here or by a later file's definition
    }
    if (globals.globals.containsKey(d.name()) || globals.objects.containsKey(d.name())) {
      throw new CompileError(at, "'" + d.name() + "' is already declared; rename one of them");
    }
    if ("extern".equals(base.storage())) {
      if (id.initializer() != null) {
        throw new CompileError(at, "an extern declaration cannot have an initializer");
      }
      if (!(d.type() instanceof CType.Int)) {
        throw new CompileError(at, "configuration constants (NF_CONFIG) must have an integer type");
      }
      globals.globals.put(d.name(), new ConstGlobal(d.name(), d.type(), List.of(), true, at));
      return;
    }
    if (id.initializer() == null && writable) {
      globals.globals.put(d.name(), new ConstGlobal(d.name(), d.type(), List.of(), false, at, true));
      return; // static storage starts zeroed
    }
    if (id.initializer() == null) {
      throw new CompileError(at, "const global '" + d.name() + "' needs an initializer (or extern, via NF_CONFIG, for a configured value)");
    }
    // lower the initializer against the global's own region, then read the stores back as constants
    Expr addr = new Expr.GlobalAddress(d.name(), new CType.Pointer(d.type(), false), at);
    List<Stmt> stores = new ArrayList<>();
    new Initializers(constants).initialize(addr, d.type(), id.initializer(), stores);
    List<ConstGlobal.Init> init = new ArrayList<>();
    for (Stmt s : stores) {
      Stmt.Store st = (Stmt.Store) s;
      if (st.value() instanceof Expr.Zero) {
        continue;
      }
      Long offset = offset(st.address());
      var v = st.value().type() instanceof CType.Int ? ConstFold.value(st.value()) : java.util.Optional.<BigInteger>empty();
      if (offset == null || v.isEmpty()) {
        throw new CompileError(st.loc(), "the initializer of a global must be a constant expression");
      }
      if (v.get().signum() != 0) {
        init.add(new ConstGlobal.Init(offset, (CType.Int) st.value().type(), v.get()));
      }
    }
    globals.globals.put(d.name(), new ConstGlobal(d.name(), d.type(), init, false, at, writable));
    if (d.type() instanceof CType.Int && !writable) {
      globals.constantValues.put(d.name(), init.isEmpty() ? BigInteger.ZERO : init.get(0).value());
    }
  }

  /** The constant byte offset of an address into a global's initializer, or null. */
  private static Long offset(Expr a) {
    if (a instanceof Expr.GlobalAddress) {
      return 0L;
    }
    if (a instanceof Expr.FieldAddress f) {
      Long b = offset(f.base());
      return b == null ? null : b + f.offset();
    }
    if (a instanceof Expr.ElementAddress e) {
      Long b = offset(e.base());
      var i = ConstFold.value(e.index());
      return b == null || i.isEmpty() ? null : b + i.get().longValueExact() * e.elementSize();
    }
    return null;
  }
}
