package dev.vigor.engine.validate;

import com.microsoft.z3.Context;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.specexec.CTerm;
import dev.vigor.engine.symex.OpenConfig;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NF's configuration values (nf.properties {@code config.NAME}) as the spec interpreters read
 * them: the value the NF itself runs with, so a spec naming {@code ext_ip} states the NF's actual
 * configuration instead of restating it as a constant. Each value has the C type of its
 * {@code NF_CONFIG} declaration; one the C code does not declare is a 64-bit signed number.
 */
final class ConfigValues {
  private ConfigValues() {}

  /**
   * The open values as the model m chose them (a counterexample's configuration), as nf.properties
   * would write them; empty when none is open.
   */
  static Map<String, Long> chosen(Context ctx, com.microsoft.z3.Model m, Program program,
      NfConfig config) {
    Map<String, Long> out = new LinkedHashMap<>();
    OpenConfig.terms(ctx, program, config).forEach((name, term) -> out.put(name,
        ((com.microsoft.z3.BitVecNum) m.eval(term, true)).getBigInteger().longValue()));
    return out;
  }

  /** Each value as a number (the concrete spec interpreter's inputs). */
  static Map<String, BigInteger> numbers(Program program, NfConfig config) {
    Map<String, BigInteger> out = new LinkedHashMap<>();
    config.constants().forEach((name, v) -> out.put(name, value(type(program, name), v)));
    return out;
  }

  /**
   * Each value as a bit-vector of its C type (the symbolic spec interpreter's inputs); an open one
   * as the very term the executor's paths read.
   */
  static Map<String, CTerm> terms(Context ctx, Program program, NfConfig config) {
    Map<String, CTerm> out = new LinkedHashMap<>();
    OpenConfig.terms(ctx, program, config).forEach((name, term) -> {
      CType.Int t = type(program, name);
      out.put(name, new CTerm(term, t == null || t.signed()));
    });
    config.constants().forEach((name, v) -> {
      CType.Int t = type(program, name);
      int bits = t == null ? 64 : (int) t.size() * 8;
      boolean signed = t == null || t.signed();
      out.put(name, new CTerm(ctx.mkBV(value(t, v).toString(), bits), signed));
    });
    return out;
  }

  /** v as nf.properties writes it: decimal, and hexadecimal for values past 9 bits. */
  static String show(Program program, String name, long v) {
    BigInteger b = value(type(program, name), v);
    return b.bitLength() > 9 ? b + " (0x" + b.toString(16) + ")" : b.toString();
  }

  private static CType.Int type(Program program, String name) {
    ConstGlobal g = program.globals().get(name);
    return g != null && g.config() && g.type() instanceof CType.Int i ? i : null;
  }

  /** nf.properties keeps a value as a long; an unsigned 64-bit one past 2^63 is read back. */
  private static BigInteger value(CType.Int t, long v) {
    BigInteger b = BigInteger.valueOf(v);
    return t != null && !t.signed() && v < 0 ? b.add(BigInteger.ONE.shiftLeft(64)) : b;
  }
}
