package dev.vigor.libvig.contract;

import com.microsoft.z3.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The finite set of terms a contract's axioms are instantiated at, so every query stays
 * quantifier-free: keys (emap/map keys, LPM addresses, cht slots), indices (emap/dchain/vector
 * indices, cht backends) and LPM prefixes. Callers pass what the trace and spec mention plus fresh
 * witnesses; each operation adds its own arguments.
 */
public record Points(List<Expr<?>> keys, List<Expr<?>> indices, List<PrefixPoint> prefixes) {
  public Points {
    keys = List.copyOf(new LinkedHashSet<>(keys));
    indices = List.copyOf(new LinkedHashSet<>(indices));
    prefixes = List.copyOf(new LinkedHashSet<>(prefixes));
  }

  /** No points. */
  public static Points none() {
    return new Points(List.of(), List.of(), List.of());
  }

  public static Points of(List<? extends Expr<?>> keys, List<? extends Expr<?>> indices) {
    return new Points(new ArrayList<>(keys), new ArrayList<>(indices), List.of());
  }

  public Points withKeys(Expr<?>... more) {
    List<Expr<?>> k = new ArrayList<>(keys);
    k.addAll(Arrays.asList(more));
    return new Points(k, indices, prefixes);
  }

  public Points withIndices(Expr<?>... more) {
    List<Expr<?>> i = new ArrayList<>(indices);
    i.addAll(Arrays.asList(more));
    return new Points(keys, i, prefixes);
  }

  public Points withPrefixes(PrefixPoint... more) {
    List<PrefixPoint> p = new ArrayList<>(prefixes);
    p.addAll(Arrays.asList(more));
    return new Points(keys, indices, p);
  }
}
