package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.libvig.contract.DchainContract;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.LpmContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.PrefixPoint;
import dev.vigor.libvig.contract.StructureContract;
import dev.vigor.libvig.contract.VectorContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@link ConcreteInput} off a Z3 model: the inputs, and the pre-state at the path's points. */
final class ModelReader {
  private ModelReader() {}

  static ConcreteInput read(Context ctx, Model model, SymbolicInputs in, ObjectContracts objects,
      Map<String, List<Expr<?>>> keyPoints, Map<String, List<Expr<?>>> indexPoints,
      Map<String, List<PrefixPoint>> prefixPoints, List<Expr<?>> hashed) {
    int device = num(model, in.device()).intValue();
    int length = num(model, in.length()).intValue();
    long now = num(model, in.now()).longValue();
    byte[] packet = packetBytes(ctx, model, in, length);
    List<ConcreteInput.ObjectState> states = new ArrayList<>();
    for (var e : objects.contracts.entrySet()) {
      String name = e.getKey();
      states.add(objectState(ctx, model, name, e.getValue(), objects.initial.get(name),
          keyPoints.getOrDefault(name, List.of()), indexPoints.getOrDefault(name, List.of()),
          prefixPoints.getOrDefault(name, List.of()), (int) objects.objects.get(name).capacity()));
    }
    List<ConcreteInput.HashValue> hashes = new ArrayList<>();
    for (Expr<?> data : hashed) {
      Expr<?> dv = model.eval(data, true);
      int bits = ((com.microsoft.z3.BitVecSort) data.getSort()).getSize();
      com.microsoft.z3.FuncDecl<com.microsoft.z3.BitVecSort> f = ctx.mkFuncDecl("vig_hash." + bits,
          new com.microsoft.z3.Sort[] {data.getSort()}, ctx.mkBitVecSort(32));
      hashes.add(new ConcreteInput.HashValue(bytes(dv), num(model, ctx.mkApp(f, dv)).intValue()));
    }
    return new ConcreteInput(device, packet, length, now, states, hashes);
  }

  /**
   * The packet's first length bytes. Reads the model's array value in one go when it is a store
   * chain over a constant array or a function interpretation; otherwise one select per byte.
   */
  private static byte[] packetBytes(Context ctx, Model model, SymbolicInputs in, int length) {
    byte[] packet = new byte[length];
    Expr<?> arr = model.eval(in.packet(), true);
    java.util.Map<Long, Integer> stored = new java.util.HashMap<>();
    Integer otherwise = null;
    while (arr.isStore()) {
      Expr<?>[] a = arr.getArgs();
      if (!(a[1] instanceof BitVecNum i) || !(a[2] instanceof BitVecNum v)) {
        break;
      }
      stored.putIfAbsent(i.getLong(), v.getInt());
      arr = a[0];
    }
    if (arr.isConstantArray() && arr.getArgs()[0] instanceof BitVecNum v) {
      otherwise = v.getInt();
    } else if (arr.isAsArray()) {
      com.microsoft.z3.FuncInterp<?> f = model.getFuncInterp(arr.getFuncDecl().getParameters()[0].getFuncDecl());
      if (f != null && f.getElse() instanceof BitVecNum e) {
        otherwise = e.getInt();
        for (com.microsoft.z3.FuncInterp.Entry<?> entry : f.getEntries()) {
          if (entry.getArgs()[0] instanceof BitVecNum i && entry.getValue() instanceof BitVecNum v) {
            stored.putIfAbsent(i.getLong(), v.getInt());
          } else {
            otherwise = null;
            break;
          }
        }
      }
    }
    for (int i = 0; i < length; i++) {
      Integer v = stored.get((long) i);
      if (v == null) {
        v = otherwise != null ? otherwise
            : num(model, ctx.mkSelect(in.packet(), ctx.mkBV(i, 32))).intValue();
      }
      packet[i] = (byte) (int) v;
    }
    return packet;
  }

  private static ConcreteInput.ObjectState objectState(Context ctx, Model m, String name, StructureContract<?> c,
      Expr<?> s0, List<Expr<?>> keys, List<Expr<?>> indices, List<PrefixPoint> prefixes, int capacity) {
    Map<String, ConcreteInput.Entry> entries = new LinkedHashMap<>();
    boolean full = false;
    if (c instanceof EmapContract em) {
      full = m.eval(em.full(s0), true).isTrue();
      for (Expr<?> k : keys) {
        Expr<?> kv = m.eval(k, true);
        if (m.eval(em.has(s0, kv), true).isTrue()) {
          int i = num(m, em.idx(s0, kv)).intValue();
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(bytes(kv), i,
              num(m, em.time(s0, m.eval(em.idx(s0, kv), true))).longValue(), null));
        }
      }
      for (Expr<?> ix : indices) {
        Expr<?> iv = m.eval(ix, true);
        int i = num(m, iv).intValue();
        if (i >= 0 && i < capacity && m.eval(em.hasIdx(s0, iv), true).isTrue()) {
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(bytes(m.eval(em.key(s0, iv), true)), i,
              num(m, em.time(s0, iv)).longValue(), null));
        }
      }
    } else if (c instanceof VectorContract vc) {
      for (Expr<?> ix : indices) {
        Expr<?> iv = m.eval(ix, true);
        int i = num(m, iv).intValue();
        if (i >= 0 && i < capacity) {
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(null, i, Long.MIN_VALUE,
              bytes(m.eval(vc.get(s0, iv), true))));
        }
      }
    } else if (c instanceof MapContract mc) {
      full = m.eval(mc.full(s0), true).isTrue();
      for (Expr<?> k : keys) {
        Expr<?> kv = m.eval(k, true);
        if (m.eval(mc.has(s0, kv), true).isTrue()) {
          byte[] kb = bytes(kv);
          entries.putIfAbsent("k" + new BigInteger(1, kb), new ConcreteInput.Entry(kb, -1, Long.MIN_VALUE,
              bytes(m.eval(mc.get(s0, kv), true))));
        }
      }
    } else if (c instanceof LpmContract lc) {
      full = m.eval(lc.full(s0), true).isTrue();
      LpmRoutes.fromModel(ctx, m, lc, s0, keys, prefixes).forEach(e ->
          entries.putIfAbsent("p" + new BigInteger(1, e.key()) + "/" + e.index(), e));
    } else if (c instanceof DchainContract dc) {
      full = m.eval(dc.full(s0), true).isTrue();
      for (Expr<?> ix : indices) {
        Expr<?> iv = m.eval(ix, true);
        int i = num(m, iv).intValue();
        if (i >= 0 && i < capacity && m.eval(dc.allocated(s0, iv), true).isTrue()) {
          entries.putIfAbsent("i" + i, new ConcreteInput.Entry(null, i, num(m, dc.time(s0, iv)).longValue(), null));
        }
      }
    }
    return new ConcreteInput.ObjectState(name, c.kind(), new ArrayList<>(entries.values()), full);
  }

  /** The value of a bit-vector term in the model, unsigned; signed callers narrow it. */
  static BigInteger num(Model m, Expr<?> e) {
    Expr<?> v = m.eval(e, true);
    if (!(v instanceof BitVecNum n)) {
      throw new IllegalStateException("model gives no number for " + e + ": " + v);
    }
    return n.getBigInteger();
  }

  /** The bytes of a key/value numeral, byte 0 most significant (the engine's convention). */
  static byte[] bytes(Expr<?> numeral) {
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
