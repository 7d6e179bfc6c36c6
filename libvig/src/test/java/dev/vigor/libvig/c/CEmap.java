package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteEmap;
import java.util.OptionalInt;

/** A ConcreteEmap whose every call runs on the C emap in a libvig_driver. */
final class CEmap extends ConcreteEmap {
  private final CDriver c;

  CEmap(CDriver c, int capacity, int keySize) {
    super(capacity, keySize);
    this.c = c;
    c.call("new emap " + capacity + " " + keySize);
  }

  @Override
  public int size() {
    return c.integer("emap_size");
  }

  @Override
  public OptionalInt get(byte[] key) {
    return c.found("emap_get " + CDriver.hex(key));
  }

  @Override
  public OptionalInt add(byte[] key, long now) {
    return c.found("emap_add " + CDriver.hex(key) + " " + now);
  }

  // restore loads a model's pre-state into the Java structures for replay; no NF can call it, so
  // libVig's C API has no such function and the differential tests never ask the C twin for it
  @Override
  public void restore(byte[] key, int index, long time) {
    throw new UnsupportedOperationException("libvig.h has no emap restore");
  }

  @Override
  public void refresh(int index, long now) {
    c.call("emap_refresh " + index + " " + now);
  }

  @Override
  public int expire(long olderThan) {
    return c.integer("emap_expire " + olderThan);
  }

  @Override
  public void erase(byte[] key) {
    c.call("emap_erase " + CDriver.hex(key));
  }

  @Override
  public boolean hasIndex(int index) {
    return c.bool("emap_has_index " + index);
  }

  @Override
  public byte[] getKey(int index) {
    return CDriver.bytes(c.call("emap_get_key " + index));
  }

  @Override
  public long timeOf(int index) {
    return c.number("emap_time " + index);
  }

  @Override
  public int nextIndex(int index) {
    return c.integer("emap_next " + index);
  }

  @Override
  public boolean full() {
    return c.bool("emap_full");
  }
}
