package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;

/**
 * A packet as Z3 terms, whatever encoding the NF executor uses: the byte at a 32-bit offset and
 * the length (a bit-vector, read unsigned). {@code capacity} bounds the bytes that can matter
 * (the buffer size), so "the packet is unchanged" is a finite conjunction.
 */
public interface PacketTerms {
  /** The byte (8 bits) at {@code offset32}; anything beyond the length. */
  BitVecExpr byteAt(BitVecExpr offset32);

  /** The packet's length. */
  BitVecExpr length();

  /** No packet is longer than this many bytes. */
  int capacity();
}
