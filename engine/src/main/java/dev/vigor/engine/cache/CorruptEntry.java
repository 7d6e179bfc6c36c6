package dev.vigor.engine.cache;

/** A cache entry that cannot be trusted (bad checksum, truncated, unparsable, not what it says). */
public final class CorruptEntry extends Exception {
  private static final long serialVersionUID = 1L;

  public CorruptEntry(String message) {
    super(message);
  }
}
