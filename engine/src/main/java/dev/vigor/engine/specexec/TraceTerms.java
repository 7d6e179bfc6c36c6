package dev.vigor.engine.specexec;

import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every spec run on one packet (one trace) shares: each spec checked on a trace, and each of
 * a spec's paths (run again from the start), builds the same branch conditions, keys, packet
 * reads and headers, so each is simplified or built once; and what a {@link SymbolicDomain}
 * learns of a term holds whoever built it. Only for terms of one Z3 context and one trace:
 * packet bytes and headers are remembered by array (and offset or field), so every packet read
 * through it must be rewritten alike (by the trace's fixed terms,
 * {@link ArrayPacketTerms#rewrite}); {@link #clear} when the trace is done.
 */
public final class TraceTerms {
  private final Map<Expr<?>, Expr<?>> simplified = new HashMap<>();
  private final Map<Expr<IntSort>, Expr<?>> offsets = new HashMap<>();
  private final Map<List<Expr<?>>, Expr<IntSort>> bytes = new HashMap<>();
  private final Map<List<Object>, Object> ofPacket = new HashMap<>();
  // What a SymbolicDomain learns of the terms it builds: facts about a term whoever built it,
  // so every run sharing these terms may use them.
  final Map<Expr<IntSort>, SymbolicDomain.Origin> origins = new HashMap<>();
  final Map<Expr<IntSort>, SymbolicDomain.Part> parts = new HashMap<>();
  final Map<Expr<IntSort>, SymbolicDomain.Range> refined = new HashMap<>();
  final Map<Expr<IntSort>, java.util.Optional<SymbolicDomain.Range>> ranges = new HashMap<>();
  final Map<java.math.BigInteger, Expr<IntSort>> numerals = new HashMap<>();

  /** e simplified, computed the first time e is asked for. */
  @SuppressWarnings("unchecked")
  public <T extends Expr<?>> T simplified(T e) {
    return (T) simplified.computeIfAbsent(e, Expr::simplify);
  }

  /** A packet offset (a spec integer) as the simplified bit-vector {@code toBits} makes of it. */
  Expr<?> offset(Expr<IntSort> offset, Function<Expr<IntSort>, Expr<?>> toBits) {
    return offsets.computeIfAbsent(offset, o -> toBits.apply(o).simplify());
  }

  /**
   * The byte of the packet array {@code packet} at {@code offset}, as {@code read} gives it
   * (the same for every read of that array: see the class comment).
   */
  Expr<IntSort> packetByte(Expr<?> packet, Expr<?> offset,
      Function<Expr<?>, Expr<IntSort>> read) {
    return bytes.computeIfAbsent(List.of(packet, offset), k -> read.apply(offset));
  }

  /**
   * What make gives for {@code what} of the array packet (bytes, length), made the first time
   * it is asked for (rewritten alike: see the class comment).
   */
  @SuppressWarnings("unchecked")
  <T> T ofPacket(Expr<?> bytes, Expr<?> length, String what, Supplier<T> make) {
    List<Object> key = List.of(bytes, length, what);
    Object known = ofPacket.get(key);
    if (known == null) {
      known = make.get(); // may ask for other parts of the packet: no computeIfAbsent
      ofPacket.put(key, known);
    }
    return (T) known;
  }

  /** Forgets every term (the trace is done, or the packet changes). */
  public void clear() {
    simplified.clear();
    offsets.clear();
    bytes.clear();
    ofPacket.clear();
    origins.clear();
    parts.clear();
    refined.clear();
    ranges.clear();
    numerals.clear();
  }
}
