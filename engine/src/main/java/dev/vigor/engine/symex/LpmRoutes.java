package dev.vigor.engine.symex;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.libvig.contract.LpmContract;
import dev.vigor.libvig.contract.PrefixPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of an lpm pre-state that a model fixes at the given address and prefix points, as
 * replay entries (key = the prefix's 4 bytes, index = its length, value = its 2 bytes): each
 * address's longest match and each stored prefix point. Shared by the executor's model reader and
 * the validator's, so a trace input and a counterexample fill the table the same way.
 */
public final class LpmRoutes {
  private LpmRoutes() {}

  /** The routes, each prefix/length once. */
  public static List<ConcreteInput.Entry> fromModel(Context ctx, Model m, LpmContract lc,
      Expr<?> s0, List<Expr<?>> addresses, List<PrefixPoint> prefixes) {
    Map<String, ConcreteInput.Entry> entries = new LinkedHashMap<>();
    for (Expr<?> a : addresses) {
      Expr<?> av = m.eval(a, true);
      if (m.eval(lc.found(s0, av), true).isTrue()) {
        int len = ModelReader.num(m, lc.matchLen(s0, av)).intValue();
        long prefix = ModelReader.num(m, av).longValue() & mask(len);
        entries.putIfAbsent(prefix + "/" + len, new ConcreteInput.Entry(
            ModelReader.bytes(ctx.mkBV(prefix, 32)), len, Long.MIN_VALUE,
            ModelReader.bytes(m.eval(lc.value(s0, av), true))));
      }
    }
    for (PrefixPoint q : prefixes) {
      Expr<?> pv = m.eval(q.prefix(), true);
      Expr<?> lv = m.eval(q.length(), true);
      int len = ModelReader.num(m, lv).intValue();
      if (len <= 32 && m.eval(lc.hasPrefix(s0, pv, lv), true).isTrue()) {
        long prefix = ModelReader.num(m, pv).longValue() & mask(len);
        entries.putIfAbsent(prefix + "/" + len, new ConcreteInput.Entry(
            ModelReader.bytes(ctx.mkBV(prefix, 32)), len, Long.MIN_VALUE,
            ModelReader.bytes(m.eval(lc.prefixValue(s0, pv, lv), true))));
      }
    }
    return List.copyOf(entries.values());
  }

  private static long mask(int len) {
    return len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
  }
}
