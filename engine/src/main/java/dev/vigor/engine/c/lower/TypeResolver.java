package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.c.types.StructLayout;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.IntKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/** Turns declaration specifiers and declarators into C types, defining structs and enums on the way. */
final class TypeResolver {
  /** Declaration specifiers: the base type, its const-ness, storage class, and where each was written. */
  record Base(CType type, boolean constQualified, String storage, SourceLocation storageLoc, SourceLocation loc) {}

  /** A declared name: its type (after the declarator), whether the object itself is const, and, for a function declarator, its shape. */
  record Declared(String name, CType type, boolean constQualified, FunctionShape function, SourceLocation loc) {}

  /** A function declarator's result and parameters. */
  record FunctionShape(CType returnType, List<FunctionSig.Param> params) {}

  private final Globals globals;
  private final Function<CSubsetParser.ExprContext, BigInteger> constant;

  TypeResolver(Globals globals, Function<CSubsetParser.ExprContext, BigInteger> constant) {
    this.globals = globals;
    this.constant = constant;
  }

  Base base(CSubsetParser.DeclarationSpecifiersContext ctx) {
    List<CSubsetParser.TypeSpecifierContext> specs = new ArrayList<>();
    boolean isConst = false;
    String storage = null;
    SourceLocation storageLoc = null;
    for (CSubsetParser.DeclarationSpecifierContext d : ctx.declarationSpecifier()) {
      if (d.storage != null) {
        if (storage != null) {
          throw new CompileError(Loc.of(d.storage), "more than one storage class; keep one of " + storage + " and " + d.storage.getText());
        }
        storage = d.storage.getText();
        storageLoc = Loc.of(d.storage);
      } else if (d.typeQualifier() != null) {
        isConst |= d.typeQualifier().getText().equals("const");
      } else if (d.typeSpecifier() != null) {
        specs.add(d.typeSpecifier());
      }
    }
    CType t = combine(specs, Loc.of(ctx));
    return new Base(t, isConst, storage, storageLoc, Loc.of(ctx));
  }

  Base base(CSubsetParser.SpecifierQualifierListContext ctx) {
    boolean isConst = ctx.typeQualifier().stream().anyMatch(q -> q.getText().equals("const"));
    return new Base(combine(ctx.typeSpecifier(), Loc.of(ctx)), isConst, null, null, Loc.of(ctx));
  }

  private CType combine(List<CSubsetParser.TypeSpecifierContext> specs, SourceLocation at) {
    int longs = 0;
    int shorts = 0;
    int signed = 0;
    int unsigned = 0;
    int chars = 0;
    int ints = 0;
    int bools = 0;
    int voids = 0;
    CType named = null;
    for (CSubsetParser.TypeSpecifierContext s : specs) {
      SourceLocation sl = Loc.of(s);
      if (s.structSpecifier() != null) {
        named = setOnce(named, struct(s.structSpecifier()), sl);
      } else if (s.unionSpecifier() != null) {
        throw new CompileError(sl, "unions are not supported: the same bytes read as two types make the "
            + "engine's byte-precise checks ambiguous; use a struct, or separate variables");
      } else if (s.enumSpecifier() != null) {
        named = setOnce(named, enumType(s.enumSpecifier()), sl);
      } else if (s.TypedefName() != null) {
        CType t = globals.typedefs.get(s.TypedefName().getText());
        if (t == null) {
          throw new CompileError(sl, "unknown type '" + s.getText() + "'; declare the typedef before use");
        }
        named = setOnce(named, t, sl);
      } else {
        switch (s.getText()) {
          case "long": longs++; break;
          case "short": shorts++; break;
          case "signed": signed++; break;
          case "unsigned": unsigned++; break;
          case "char": chars++; break;
          case "int": ints++; break;
          case "_Bool": bools++; break;
          case "void": voids++; break;
          default:
            throw new CompileError(sl, "floating point (" + s.getText() + ") is not supported: NF code "
                + "computes with integers only; use an integer type (e.g. fixed-point in a uint32_t)");
        }
      }
    }
    int keywords = longs + shorts + signed + unsigned + chars + ints + bools + voids;
    if (named != null) {
      if (keywords > 0) {
        throw new CompileError(at, "a type cannot combine " + named.cName() + " with other type keywords");
      }
      return named;
    }
    if (keywords == 0) {
      throw new CompileError(at, "missing type; C11 has no implicit int: write the type (e.g. int)");
    }
    if (voids > 0) {
      check(keywords == 1, at);
      return CType.VOID;
    }
    if (bools > 0) {
      check(keywords == 1, at);
      return CType.BOOL;
    }
    check(signed + unsigned <= 1 && longs <= 2 && shorts <= 1 && chars <= 1 && ints <= 1
        && !(shorts > 0 && (longs > 0 || chars > 0)) && !(chars > 0 && longs > 0), at);
    boolean u = unsigned > 0;
    IntKind k;
    if (chars > 0) {
      check(ints == 0, at);
      k = u ? IntKind.UCHAR : signed > 0 ? IntKind.SCHAR : IntKind.CHAR;
    } else if (shorts > 0) {
      k = u ? IntKind.USHORT : IntKind.SHORT;
    } else if (longs == 1) {
      k = u ? IntKind.ULONG : IntKind.LONG;
    } else if (longs == 2) {
      k = u ? IntKind.ULLONG : IntKind.LLONG;
    } else {
      k = u ? IntKind.UINT : IntKind.INT;
    }
    return new CType.Int(k);
  }

  private static void check(boolean ok, SourceLocation at) {
    if (!ok) {
      throw new CompileError(at, "invalid combination of type keywords; write e.g. unsigned int, long long, or a <stdint.h> type");
    }
  }

  private static CType setOnce(CType old, CType t, SourceLocation at) {
    if (old != null) {
      throw new CompileError(at, "two types in one declaration; keep one");
    }
    return t;
  }

  CType.Struct struct(CSubsetParser.StructSpecifierContext s) {
    SourceLocation at = Loc.of(s);
    String tag = s.Identifier() != null ? s.Identifier().getText() : null;
    if (s.getChild(s.getChildCount() - 1).getText().equals("}")) {
      if (tag == null) {
        tag = globals.anonymousTag(at);
      }
      CType.Struct existing = globals.structs.get(tag);
      if (existing != null && existing.complete()) {
        if (globals.seen.contains(at) || sameLocation(existing, at)) {
          return existing;
        }
        throw new CompileError(at, "struct " + tag + " is already defined; rename one of them");
      }
      List<StructLayout.Member> members = new ArrayList<>();
      java.util.Set<String> names = new java.util.HashSet<>();
      for (CSubsetParser.StructDeclarationContext d : s.structDeclaration()) {
        Base b = base(d.specifierQualifierList());
        for (CSubsetParser.StructDeclaratorContext sd : d.structDeclarator()) {
          if (sd.expr() != null) {
            throw new CompileError(Loc.of(sd.expr()), "bit-fields are not supported; use a whole integer field and mask it (x & 0x0f)");
          }
          Declared f = declarator(b, sd.declarator());
          if (f.function() != null) {
            throw new CompileError(f.loc(), "a struct cannot contain a function; declare a function outside it");
          }
          requireComplete(f.type(), f.loc(), "field " + f.name());
          if (!names.add(f.name())) {
            throw new CompileError(f.loc(), "duplicate field '" + f.name() + "' in struct " + tag);
          }
          members.add(new StructLayout.Member(f.name(), f.type(), f.constQualified()));
        }
      }
      if (members.isEmpty()) {
        throw new CompileError(at, "struct " + tag + " has no fields; C11 requires at least one");
      }
      CType.Struct st = StructLayout.layout(tag, members);
      globals.structs.put(tag, st);
      definedAt.put(tag, at);
      return st;
    }
    return globals.structs.computeIfAbsent(tag, CType.Struct::incomplete);
  }

  private final java.util.Map<String, SourceLocation> definedAt = new java.util.HashMap<>();

  private boolean sameLocation(CType.Struct s, SourceLocation at) {
    return at.equals(definedAt.get(s.tag()));
  }

  private CType enumType(CSubsetParser.EnumSpecifierContext e) {
    BigInteger next = BigInteger.ZERO;
    for (CSubsetParser.EnumeratorContext en : e.enumerator()) {
      if (en.expr() != null) {
        next = constant.apply(en.expr());
      }
      if (next.compareTo(IntKind.INT.min()) < 0 || next.compareTo(IntKind.INT.max()) > 0) {
        throw new CompileError(Loc.of(en), "enumerator value " + next + " does not fit in int");
      }
      String n = en.Identifier().getText();
      BigInteger old = globals.enumConstants.get(n);
      if (old != null && !old.equals(next) && !globals.seen.contains(Loc.of(en))) {
        throw new CompileError(Loc.of(en), "enumerator " + n + " is already declared; rename it");
      }
      globals.enumConstants.put(n, next);
      next = next.add(BigInteger.ONE);
    }
    return CType.INT;
  }

  void requireComplete(CType t, SourceLocation at, String what) {
    if (t instanceof CType.Struct s && !s.complete()) {
      throw new CompileError(at, what + " has incomplete type struct " + s.tag() + "; define the struct before this use");
    }
    if (t instanceof CType.Void) {
      throw new CompileError(at, what + " cannot have type void");
    }
    if (t instanceof CType.Array a) {
      requireComplete(a.element(), at, what);
    }
  }

  /** Applies a declarator to base. */
  Declared declarator(Base base, CSubsetParser.DeclaratorContext d) {
    return declarator(base, d, null);
  }

  /**
   * As {@link #declarator(Base, CSubsetParser.DeclaratorContext)}, for a declaration whose
   * initializer is a brace list of initializerCount items (null otherwise): an array declared
   * without a length ({@code T a[] = {...}}) gets that many elements, as in C.
   */
  Declared declarator(Base base, CSubsetParser.DeclaratorContext d, Integer initializerCount) {
    unsizedArrayLength = initializerCount;
    try {
      TypeAndConst tc0 = pointers(new TypeAndConst(base.type(), base.constQualified()), d.pointer());
      return direct(tc0, d.directDeclarator(), null);
    } finally {
      unsizedArrayLength = null;
    }
  }

  private Integer unsizedArrayLength;

  /** A parameter's or type name's abstract declarator applied to base. */
  CType abstractType(Base base, CSubsetParser.AbstractDeclaratorContext a) {
    if (a == null) {
      return base.type();
    }
    if (a.parameterList() != null || a.getText().contains("(*)")) {
      throw functionPointer(Loc.of(a));
    }
    TypeAndConst tc = pointers(new TypeAndConst(base.type(), base.constQualified()), a.pointer());
    CType t = tc.type;
    List<CSubsetParser.ExprContext> dims = a.expr();
    for (int i = dims.size() - 1; i >= 0; i--) {
      t = new CType.Array(t, arrayLength(dims.get(i)));
    }
    return t;
  }

  static CompileError functionPointer(SourceLocation at) {
    return new CompileError(at, "function pointers are not supported: the engine must see which function "
        + "runs; call the function directly (choose with if/else on a value)");
  }

  private record TypeAndConst(CType type, boolean constQualified) {}

  private static TypeAndConst pointers(TypeAndConst tc, List<CSubsetParser.PointerContext> ps) {
    for (CSubsetParser.PointerContext p : ps) {
      boolean c = p.typeQualifier().stream().anyMatch(q -> q.getText().equals("const"));
      tc = new TypeAndConst(new CType.Pointer(tc.type, tc.constQualified), c);
    }
    return tc;
  }

  private Declared direct(TypeAndConst tc, CSubsetParser.DirectDeclaratorContext dd, FunctionShape fn) {
    if (dd instanceof CSubsetParser.NameDeclaratorContext n) {
      return new Declared(n.Identifier().getText(), tc.type, tc.constQualified, fn, Loc.of(n.Identifier()));
    }
    if (dd instanceof CSubsetParser.ParenDeclaratorContext p) {
      if (!p.declarator().pointer().isEmpty()) {
        throw functionPointer(Loc.of(p));
      }
      return direct(tc, p.declarator().directDeclarator(), fn);
    }
    if (dd instanceof CSubsetParser.ArrayDeclaratorContext a) {
      if (fn != null) {
        throw new CompileError(Loc.of(a), "a function cannot return an array; return a struct or write through a pointer");
      }
      if (a.expr() == null && unsizedArrayLength != null && a.directDeclarator() instanceof CSubsetParser.NameDeclaratorContext) {
        requireComplete(tc.type, Loc.of(a), "an array element");
        long n = unsizedArrayLength;
        unsizedArrayLength = null;
        return direct(new TypeAndConst(new CType.Array(tc.type, n), tc.constQualified), a.directDeclarator(), null);
      }
      if (a.expr() == null) {
        throw new CompileError(Loc.of(a), "array without a length; give it a constant length, e.g. [16]");
      }
      requireComplete(tc.type, Loc.of(a), "an array element");
      return direct(new TypeAndConst(new CType.Array(tc.type, arrayLength(a.expr())), tc.constQualified), a.directDeclarator(), null);
    }
    CSubsetParser.FunctionDeclaratorContext f = (CSubsetParser.FunctionDeclaratorContext) dd;
    if (fn != null) {
      throw functionPointer(Loc.of(f));
    }
    if (tc.type instanceof CType.Array) {
      throw new CompileError(Loc.of(f), "a function cannot return an array; return a struct or write through a pointer");
    }
    List<FunctionSig.Param> params = new ArrayList<>();
    CSubsetParser.ParameterListContext pl = f.parameterList();
    if (pl != null) {
      if (pl.ellipsis != null) {
        throw new CompileError(Loc.of(pl.ellipsis), "variadic functions (...) are not supported; give the function a fixed parameter list");
      }
      List<CSubsetParser.ParameterDeclarationContext> pds = pl.parameterDeclaration();
      boolean voidList = pds.size() == 1 && pds.get(0).declarator() == null && pds.get(0).abstractDeclarator() == null
          && base(pds.get(0).declarationSpecifiers()).type() instanceof CType.Void;
      if (!voidList) {
        for (CSubsetParser.ParameterDeclarationContext pd : pds) {
          params.add(parameter(pd));
        }
      }
    }
    return direct(tc, f.directDeclarator(), new FunctionShape(tc.type, params));
  }

  private FunctionSig.Param parameter(CSubsetParser.ParameterDeclarationContext pd) {
    Base b = base(pd.declarationSpecifiers());
    String name = null;
    CType t;
    boolean c;
    SourceLocation at = Loc.of(pd);
    if (pd.declarator() != null) {
      Declared d = declarator(b, pd.declarator());
      if (d.function() != null) {
        throw functionPointer(d.loc());
      }
      name = d.name();
      t = d.type();
      c = d.constQualified();
      at = d.loc();
    } else {
      t = abstractType(b, pd.abstractDeclarator());
      c = false;
    }
    if (t instanceof CType.Array a) {
      t = new CType.Pointer(a.element(), c);
      c = false;
    }
    if (t instanceof CType.Void) {
      throw new CompileError(at, "a parameter cannot have type void; write (void) alone for no parameters");
    }
    return new FunctionSig.Param(name, t, c, at);
  }

  private long arrayLength(CSubsetParser.ExprContext e) {
    BigInteger n;
    try {
      n = constant.apply(e);
    } catch (CompileError err) {
      throw new CompileError(Loc.of(e), "array length is not a constant expression (variable-length arrays "
          + "are not supported); use a constant length, e.g. #define MAX 16 ... [MAX]");
    }
    if (n.signum() <= 0 || n.bitLength() > 31) {
      throw new CompileError(Loc.of(e), "array length " + n + " must be between 1 and 2^31-1");
    }
    return n.longValueExact();
  }

  /** A type name (casts, sizeof, libVig forms). */
  CType typeName(CSubsetParser.TypeNameContext tn) {
    return abstractType(base(tn.specifierQualifierList()), tn.abstractDeclarator());
  }

  static SourceLocation at(ParserRuleContext ctx) {
    return Loc.of(ctx);
  }
}
