package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.PreconditionViolation;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A ConcreteMap whose every call runs on the C map in a libvig_driver. The value bound is checked
 * here, on the caller's side: C cannot evaluate an instantiation's bound, the analysis proves it.
 */
final class CMap extends ConcreteMap {
  private final CDriver c;
  private final Predicate<byte[]> bound;

  CMap(CDriver c, int capacity, int keySize, int valueSize, Predicate<byte[]> bound) {
    super(capacity, keySize, valueSize, bound);
    this.c = c;
    this.bound = bound;
    c.call("new map " + capacity + " " + keySize + " " + valueSize);
  }

  @Override
  public int size() {
    return c.integer("map_size");
  }

  @Override
  public Optional<byte[]> get(byte[] key) {
    String a = c.call("map_get " + CDriver.hex(key));
    return a.equals("0") ? Optional.empty() : Optional.of(CDriver.bytes(a.substring(2)));
  }

  @Override
  public boolean has(byte[] key) {
    return c.bool("map_has " + CDriver.hex(key));
  }

  @Override
  public void put(byte[] key, byte[] value) {
    if (!bound.test(value.clone())) {
      throw new PreconditionViolation("map_put", "value breaks the map's bound");
    }
    c.call("map_put " + CDriver.hex(key) + " " + CDriver.hex(value));
  }

  @Override
  public void erase(byte[] key) {
    c.call("map_erase " + CDriver.hex(key));
  }

  @Override
  public void forEach(BiConsumer<byte[], byte[]> visit) {
    for (String entry : c.call("map_entries").trim().split(" ")) {
      if (!entry.isEmpty()) {
        String[] kv = entry.split("=");
        visit.accept(CDriver.bytes(kv[0]), CDriver.bytes(kv[1]));
      }
    }
  }

  @Override
  public boolean full() {
    return c.bool("map_full");
  }
}
