package dev.vigor.engine.exec;

/** The packet's bytes: a Z3 array symbolically, a byte array concretely. Offsets are 64-bit. */
public interface PacketMemory<V> {
  /** The byte at offset (already checked in bounds). */
  V read(V offset);

  /** Writes the byte at offset (already checked in bounds). */
  void write(V offset, V value);

  /** The packet's length as a 16-bit value. */
  V length();
}
