package dev.vigor.engine.validate;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.specexec.SymbolicState;
import dev.vigor.engine.symex.SymbolicInputs;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.VectorContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A concrete input read off a validator model: the packet, device and time, and each object's
 * pre-state entries at the query's points (keys/values byte 0 most significant). The executor's
 * own model reader is package-private, and it only knows the trace's points, not the spec's and
 * the witnesses, which is why this small reader exists.
 */
final class ModelStates {
  private ModelStates() {}

  static ConcreteInput read(Context ctx, Model m, SymbolicInputs in, StateObjects objects,
      Map<String, Points> points) {
    int device = num(m, in.device()).intValue();
    int length = num(m, in.length()).intValue();
    long now = num(m, in.now()).longValue();
    byte[] packet = new byte[length];
    for (int i = 0; i < length; i++) {
      packet[i] = (byte) num(m, ctx.mkSelect(in.packet(), ctx.mkBV(i, 32))).intValue();
    }
    List<ConcreteInput.ObjectState> states = new ArrayList<>();
    for (var e : objects.byCName.entrySet()) {
      states.add(state(ctx, m, e.getKey(), e.getValue(), points.getOrDefault(e.getKey(), Points.none()),
          (int) objects.objects.get(e.getKey()).capacity()));
    }
    return new ConcreteInput(device, packet, length, now, states, List.of());
  }

  private static ConcreteInput.ObjectState state(Context ctx, Model m, String name, SymbolicState s, Points p,
      int capacity) {
    Map<String, ConcreteInput.Entry> entries = new LinkedHashMap<>();
    Expr<?> s0 = s.pre();
    boolean full = false;
    if (s instanceof SymbolicState.Emap e) {
      EmapContract c = e.contract();
      full = m.eval(c.full(s0), true).isTrue();
      for (Expr<?> k : p.keys()) {
        Expr<?> kv = m.eval(k, true);
        if (m.eval(c.has(s0, kv), true).isTrue()) {
          Expr<?> iv = m.eval(c.idx(s0, kv), true);
          int i = num(m, iv).intValue();
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(bytes(kv), i,
              num(m, c.time(s0, iv)).longValue(), null));
        }
      }
      for (Expr<?> ix : p.indices()) {
        Expr<?> iv = m.eval(ix, true);
        int i = num(m, iv).intValue();
        if (i >= 0 && i < capacity && m.eval(c.hasIdx(s0, iv), true).isTrue()) {
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(bytes(m.eval(c.key(s0, iv), true)),
              i, num(m, c.time(s0, iv)).longValue(), null));
        }
      }
      return new ConcreteInput.ObjectState(name, c.kind(), new ArrayList<>(entries.values()), full);
    }
    if (s instanceof SymbolicState.Vector v) {
      VectorContract c = v.contract();
      for (Expr<?> ix : p.indices()) {
        Expr<?> iv = m.eval(ix, true);
        int i = num(m, iv).intValue();
        if (i >= 0 && i < capacity) {
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(null, i, Long.MIN_VALUE,
              bytes(m.eval(c.get(s0, iv), true))));
        }
      }
      return new ConcreteInput.ObjectState(name, c.kind(), new ArrayList<>(entries.values()), false);
    }
    if (s instanceof SymbolicState.Lpm l) {
      List<ConcreteInput.Entry> routes = dev.vigor.engine.symex.LpmRoutes.fromModel(ctx, m,
          l.contract(), s0, p.keys(), p.prefixes());
      return new ConcreteInput.ObjectState(name, l.contract().kind(), routes,
          m.eval(l.contract().full(s0), true).isTrue());
    }
    if (s instanceof SymbolicState.Cht c) {
      // no entries: replay fills every cht as cht_fill does, the table the executor pins
      return new ConcreteInput.ObjectState(name, c.contract().kind(), List.of(), false);
    }
    MapContract c = ((SymbolicState.Map) s).contract();
    full = m.eval(c.full(s0), true).isTrue();
    for (Expr<?> k : p.keys()) {
      Expr<?> kv = m.eval(k, true);
      if (m.eval(c.has(s0, kv), true).isTrue()) {
        byte[] kb = bytes(kv);
        entries.putIfAbsent("k" + new BigInteger(1, kb), new ConcreteInput.Entry(kb, -1,
            Long.MIN_VALUE, bytes(m.eval(c.get(s0, kv), true))));
      }
    }
    return new ConcreteInput.ObjectState(name, c.kind(), new ArrayList<>(entries.values()), full);
  }

  static BigInteger num(Model m, Expr<?> e) {
    Expr<?> v = m.eval(e, true);
    if (!(v instanceof BitVecNum n)) {
      throw new IllegalStateException("the model gives no number for " + e);
    }
    return n.getBigInteger();
  }

  /**
   * A stored C value as the model has it: decimal up to 32 bits (signed when the top bit says
   * so, as C ints usually are), hex for wider ones such as addresses; "?" if the model has none.
   */
  /**
   * The input with the model's value of every vig_hash the trace made, so the NF's replay and the
   * spec's {@code _T_hash} see the hashes the model chose.
   */
  static ConcreteInput withHashes(Model m, ConcreteInput in, dev.vigor.engine.symex.Trace trace) {
    List<ConcreteInput.HashValue> hashes = new ArrayList<>(in.hashes());
    for (var c : trace.calls()) {
      if (c.object() == null && c.function().equals("vig_hash")) {
        hashes.add(new ConcreteInput.HashValue(bytes(m.eval(c.args().get(0), true)),
            num(m, c.results().get(0)).intValue()));
      }
    }
    // and every other record the model hashed (the spec's _T_hash of its own records)
    for (var f : m.getFuncDecls()) {
      if (f.getName().toString().startsWith("vig_hash.") && f.getArity() == 1) {
        for (var entry : m.getFuncInterp(f).getEntries()) {
          hashes.add(new ConcreteInput.HashValue(bytes(entry.getArgs()[0]),
              num(m, entry.getValue()).intValue()));
        }
      }
    }
    return new ConcreteInput(in.device(), in.packet(), in.length(), in.now(), in.objects(), hashes);
  }

  static String render(Model m, Expr<?> e) {
    Expr<?> v = m.eval(e, true);
    if (!(v instanceof BitVecNum n)) {
      return "?";
    }
    int w = n.getSortSize();
    BigInteger x = n.getBigInteger();
    if (w > 32) {
      return "0x" + x.toString(16);
    }
    return (w > 1 && x.testBit(w - 1) ? x.subtract(BigInteger.ONE.shiftLeft(w)) : x).toString();
  }

  private static byte[] bytes(Expr<?> numeral) {
    BitVecNum n = (BitVecNum) numeral;
    int len = n.getSortSize() / 8;
    BigInteger v = n.getBigInteger();
    byte[] out = new byte[len];
    for (int i = 0; i < len; i++) {
      out[i] = v.shiftRight(8 * (len - 1 - i)).byteValue();
    }
    return out;
  }
}
