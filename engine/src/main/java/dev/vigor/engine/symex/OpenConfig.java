package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Program;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open configuration values ({@code config.NAME = any}) as Z3 terms: one constant per value,
 * of its NF_CONFIG's width, named {@code config.NAME}. The executor's paths and the spec
 * interpreters read the same term, so a trace is checked for every value at once, and a
 * counterexample's model says which value breaks it.
 */
public final class OpenConfig {
  private OpenConfig() {}

  /** Each open value's term, by name. */
  public static Map<String, BitVecExpr> terms(Context ctx, Program program, NfConfig config) {
    Map<String, BitVecExpr> out = new LinkedHashMap<>();
    for (String name : config.anyValue()) {
      ConstGlobal g = program.globals().get(name);
      if (g != null && g.config()) {
        out.put(name, ctx.mkBVConst("config." + name, (int) g.type().size() * 8));
      }
    }
    return out;
  }
}
