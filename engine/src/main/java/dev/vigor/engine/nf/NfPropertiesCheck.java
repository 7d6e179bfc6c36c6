package dev.vigor.engine.nf;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.catalog.NfPropertiesFile;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * nf.properties against the NF's C code and its specs, for any NF folder: devices equal
 * NF_DEVICE_COUNT, each {@code capacity.EXPORT} the capacity of the object exported as EXPORT,
 * each {@code constant.NAME} the C macro (or constant) NAME, each {@code config.NAME} fits the
 * type of NF_CONFIG NAME and every NF_CONFIG has a value. Each problem is reported at the
 * nf.properties value, naming both values and the C line. What makes the NF's run itself wrong
 * (devices, a configuration value that is missing or does not fit) is an error; a capacity or
 * constant that differs from the C is a disagreement, a warning: {@code vigor check --nf} fails
 * on it, while verification warns and goes on, since a C constant that moved is
 * exactly how a bug looks and the spec's counterexample says more than the mismatch. A spec
 * constant that differs from {@code constant.NAME} is a warning at the spec line: a property may
 * mean to differ (that is how a wrong property is written).
 */
public final class NfPropertiesCheck {
  private NfPropertiesCheck() {}

  /**
   * The problems between props and the compiled NF: errors, and as warnings the disagreements
   * of capacities and constants (see the class comment).
   */
  public static List<Diagnostic> againstC(NfPropertiesFile props, Program program,
      Map<String, CFrontEnd.MacroValue> macros) {
    List<Diagnostic> out = new ArrayList<>();
    props.get("devices").ifPresent(e -> integer(e).ifPresent(v -> {
      if (v.longValue() != program.deviceCount()) {
        CFrontEnd.MacroValue m = macros.get("NF_DEVICE_COUNT");
        out.add(Diagnostic.error(e.valueAt(), "devices = " + v + " but the C code defines"
            + " NF_DEVICE_COUNT as " + program.deviceCount() + (m != null ? " (" + m.loc() + ")" : "")
            + "; make them agree"));
      }
    }));
    props.withPrefix("capacity.").forEach((export, e) -> integer(e).ifPresent(v -> {
      Optional<LibVigObject> o = program.objects().stream()
          .filter(x -> export.equals(x.exportName())).findFirst();
      if (o.isEmpty()) {
        out.add(Diagnostic.error(e.keyAt(), "capacity." + export + ": the C code exports no"
            + " libVig object as " + export + " (it exports " + exported(program) + ")"));
      } else if (v.longValue() != o.get().capacity()) {
        out.add(Diagnostic.warning(e.valueAt(), "capacity." + export + " = " + v + " but the C code"
            + " declares " + o.get().name() + " with capacity " + o.get().capacity() + " ("
            + o.get().loc() + "); make them agree"));
      }
    }));
    props.withPrefix("constant.").forEach((name, e) -> integer(e).ifPresent(v -> {
      CFrontEnd.MacroValue m = macros.get(name);
      Optional<BigInteger> global = constGlobal(program, name);
      if (m != null && m.value() != v.longValue()) {
        out.add(Diagnostic.warning(e.valueAt(), "constant." + name + " = " + v + " but the C macro "
            + name + " is " + show(m.value()) + " (" + m.loc() + "); make them agree"));
      } else if (m == null && global.isPresent() && !global.get().equals(v)) {
        out.add(Diagnostic.warning(e.valueAt(), "constant." + name + " = " + v + " but the C"
            + " constant " + name + " is " + global.get() + " (" + program.globals().get(name).loc()
            + "); make them agree"));
      }
    }));
    Map<String, NfPropertiesFile.Entry> configs = props.withPrefix("config.");
    for (ConstGlobal g : program.globals().values()) {
      if (!g.config()) {
        continue;
      }
      NfPropertiesFile.Entry e = configs.get(g.name());
      if (e == null) {
        out.add(Diagnostic.error(g.loc(), "NF_CONFIG " + g.name() + " has no value; add config."
            + g.name() + " = VALUE to " + props.file()));
      } else if (g.type() instanceof CType.Int t && !NfPropertiesFile.isAny(e)) {
        integer(e).ifPresent(v -> {
          if (v.compareTo(t.kind().min()) < 0 || v.compareTo(t.kind().max()) > 0) {
            out.add(Diagnostic.error(e.valueAt(), "config." + g.name() + " = " + v + " does not"
                + " fit " + t.kind().cName() + " (" + t.kind().min() + ".." + t.kind().max()
                + "), the type of NF_CONFIG " + g.name() + " (" + g.loc() + ")"));
          }
        });
      }
    }
    return out;
  }

  /** Warnings for spec constants that differ from nf.properties' constant of the same name. */
  public static List<Diagnostic> againstSpec(NfPropertiesFile props, Spec spec) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, NfPropertiesFile.Entry> constants = props.withPrefix("constant.");
    Map<String, BigInteger> known = new HashMap<>();
    for (Stmt s : spec.body()) {
      if (!(s instanceof Stmt.Assign a) || !a.constant()) {
        continue;
      }
      Optional<BigInteger> v = value(a.value(), known);
      v.ifPresent(x -> known.put(a.name(), x));
      NfPropertiesFile.Entry e = constants.get(a.name());
      if (e == null || v.isEmpty()) {
        continue;
      }
      integer(e).filter(n -> !n.equals(v.get())).ifPresent(n -> out.add(Diagnostic.warning(a.at(),
          a.name() + " is " + v.get() + " here but " + n + " in nf.properties (constant."
              + a.name() + " at " + e.valueAt() + "), the NF's value; the verification checks"
              + " the NF against this spec's")));
    }
    return out;
  }

  /** The value of a spec constant's expression of integers and earlier constants, if it is one. */
  private static Optional<BigInteger> value(Expr e, Map<String, BigInteger> known) {
    if (e instanceof Expr.IntLit i) {
      return Optional.of(i.value());
    }
    if (e instanceof Expr.VarRef r) {
      return Optional.ofNullable(known.get(r.name()));
    }
    if (e instanceof Expr.Unary u) {
      Optional<BigInteger> x = value(u.operand(), known);
      return switch (u.op()) {
        case NEG -> x.map(BigInteger::negate);
        case POS -> x;
        case INVERT -> x.map(BigInteger::not);
        default -> Optional.empty();
      };
    }
    if (e instanceof Expr.Binary b) {
      Optional<BigInteger> l = value(b.left(), known);
      Optional<BigInteger> r = value(b.right(), known);
      if (l.isEmpty() || r.isEmpty()) {
        return Optional.empty();
      }
      BigInteger x = l.get();
      BigInteger y = r.get();
      boolean zero = y.signum() == 0;
      boolean shift = b.op() == Expr.BinaryOp.SHL || b.op() == Expr.BinaryOp.SHR;
      if (shift && (y.signum() < 0 || y.bitLength() > 16)) {
        return Optional.empty();
      }
      return switch (b.op()) {
        case ADD -> Optional.of(x.add(y));
        case SUB -> Optional.of(x.subtract(y));
        case MUL -> Optional.of(x.multiply(y));
        case FLOOR_DIV, DIV -> zero ? Optional.empty() : Optional.of(floorDiv(x, y));
        case MOD -> zero ? Optional.empty() : Optional.of(x.subtract(floorDiv(x, y).multiply(y)));
        case BIT_AND -> Optional.of(x.and(y));
        case BIT_OR -> Optional.of(x.or(y));
        case BIT_XOR -> Optional.of(x.xor(y));
        case SHL -> Optional.of(x.shiftLeft(y.intValue()));
        case SHR -> Optional.of(x.shiftRight(y.intValue()));
      };
    }
    return Optional.empty();
  }

  private static BigInteger floorDiv(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    return qr[1].signum() != 0 && (qr[1].signum() != y.signum()) ? qr[0].subtract(BigInteger.ONE)
        : qr[0];
  }

  /** A constant global's value, when it is one integer written at its start. */
  private static Optional<BigInteger> constGlobal(Program program, String name) {
    ConstGlobal g = program.globals().get(name);
    if (g == null || g.config() || !(g.type() instanceof CType.Int)) {
      return Optional.empty();
    }
    return Optional.of(g.init().isEmpty() ? BigInteger.ZERO : g.init().get(0).value());
  }

  private static Optional<BigInteger> integer(NfPropertiesFile.Entry e) {
    return NfPropertiesFile.integer(e.value());
  }

  private static String show(long v) {
    return v < 0 ? Long.toUnsignedString(v) + " (" + v + " as signed)" : Long.toString(v);
  }

  private static String exported(Program program) {
    List<String> names = program.objects().stream().map(LibVigObject::exportName)
        .filter(java.util.Objects::nonNull).toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
