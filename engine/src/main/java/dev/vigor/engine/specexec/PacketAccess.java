package dev.vigor.engine.specexec;

/** A packet as a domain sees it: its bytes (0..255) by offset, and its length. */
public interface PacketAccess<I> {
  /** The byte at {@code offset}, as a number 0..255 (anything beyond the length). */
  I byteAt(I offset);

  /** The packet's length in bytes. */
  I length();
}
