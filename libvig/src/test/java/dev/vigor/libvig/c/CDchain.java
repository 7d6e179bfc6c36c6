package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteDchain;
import java.util.OptionalInt;

/** A ConcreteDchain whose every call runs on the C dchain in a libvig_driver. */
final class CDchain extends ConcreteDchain {
  private final CDriver c;

  CDchain(CDriver c, int capacity) {
    super(capacity);
    this.c = c;
    c.call("new dchain " + capacity);
  }

  @Override
  public int size() {
    return c.integer("dchain_size");
  }

  @Override
  public OptionalInt allocate(long now) {
    return c.found("dchain_allocate " + now);
  }

  // restore loads a model's pre-state into the Java structures for replay; no NF can call it, so
  // libVig's C API has no such function and the differential tests never ask the C twin for it
  @Override
  public void restore(int index, long time) {
    throw new UnsupportedOperationException("libvig.h has no dchain restore");
  }

  @Override
  public void rejuvenate(int index, long now) {
    c.call("dchain_rejuvenate " + index + " " + now);
  }

  @Override
  public boolean isAllocated(int index) {
    return c.bool("dchain_is_allocated " + index);
  }

  @Override
  public void free(int index) {
    c.call("dchain_free " + index);
  }

  @Override
  public int expire(long olderThan) {
    return c.integer("dchain_expire " + olderThan);
  }

  @Override
  public long timeOf(int index) {
    return c.number("dchain_time " + index);
  }

  @Override
  public boolean full() {
    return size() == capacity();
  }
}
