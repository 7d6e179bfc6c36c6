package dev.vigor.libvig.concrete;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The lpm of {@code libvig.h}: IPv4 prefixes (host bits ignored) to uint16_t values, at most
 * capacity prefixes; lookup picks the longest matching prefix.
 */
public class ConcreteLpm {
  private final int capacity;
  /** Keyed by (length, masked prefix) packed into a long: one value per distinct prefix. */
  private final Map<Long, Route> routes = new HashMap<>();

  /** An empty table. */
  public ConcreteLpm(int capacity) {
    Checks.capacity(capacity);
    this.capacity = capacity;
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return routes.size();
  }

  /**
   * {@code lpm_update}: routes prefix/length to value, replacing the value of an equal prefix;
   * false, nothing changed, when the prefix is new and the table already holds capacity prefixes.
   */
  public boolean update(int prefix, int length, int value) {
    Checks.require(length >= 0 && length <= 32, "lpm_update", "prefix length " + length + " > 32");
    Route r = new Route(prefix, length, value);
    long id = id(r.prefix(), length);
    if (!routes.containsKey(id) && routes.size() == capacity) {
      return false;
    }
    routes.put(id, r);
    return true;
  }

  /** {@code lpm_lookup}: the value of the longest prefix matching addr, or empty. */
  public OptionalInt lookup(int addr) {
    return match(addr).map(r -> OptionalInt.of(r.value())).orElse(OptionalInt.empty());
  }

  /** The longest stored prefix matching addr, or empty. */
  public Optional<Route> match(int addr) {
    for (int len = 32; len >= 0; len--) {
      Route r = routes.get(id(addr & Route.mask(len), len));
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The stored route with exactly this prefix and length, or empty. */
  public Optional<Route> route(int prefix, int length) {
    return Optional.ofNullable(routes.get(id(prefix & Route.mask(length), length)));
  }

  /** Every stored route, longest prefixes first. */
  public List<Route> routes() {
    List<Route> all = new ArrayList<>(routes.values());
    all.sort(Comparator.comparingInt(Route::length).reversed()
        .thenComparing(r -> Integer.toUnsignedLong(r.prefix())));
    return all;
  }

  private static long id(int maskedPrefix, int length) {
    return ((long) length << 32) | Integer.toUnsignedLong(maskedPrefix);
  }
}
