package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A ConcreteLpm whose every call runs on the C lpm in a libvig_driver. */
final class CLpm extends ConcreteLpm {
  private final CDriver c;

  CLpm(CDriver c, int capacity) {
    super(capacity);
    this.c = c;
    c.call("new lpm " + capacity);
  }

  @Override
  public int size() {
    return routes().size();
  }

  @Override
  public boolean update(int prefix, int length, int value) {
    return c.bool("lpm_update " + Integer.toUnsignedString(prefix) + " " + length + " " + value);
  }

  @Override
  public OptionalInt lookup(int addr) {
    return c.found("lpm_lookup " + Integer.toUnsignedString(addr));
  }

  @Override
  public Optional<Route> match(int addr) {
    return routes().stream().filter(r -> r.matches(addr)).findFirst(); // longest first
  }

  @Override
  public Optional<Route> route(int prefix, int length) {
    return routes().stream()
        .filter(r -> r.length() == length && r.prefix() == (prefix & Route.mask(length)))
        .findFirst();
  }

  /** The C table's routes, ordered as ConcreteLpm orders them. */
  @Override
  public List<Route> routes() {
    List<Route> all = new ArrayList<>();
    for (String r : c.call("lpm_routes").trim().split(" ")) {
      if (!r.isEmpty()) {
        String[] p = r.split("[/=]");
        all.add(new Route(Integer.parseUnsignedInt(p[0]), Integer.parseInt(p[1]),
            Integer.parseInt(p[2])));
      }
    }
    all.sort(Comparator.comparingInt(Route::length).reversed()
        .thenComparing(r -> Integer.toUnsignedLong(r.prefix())));
    return all;
  }
}
