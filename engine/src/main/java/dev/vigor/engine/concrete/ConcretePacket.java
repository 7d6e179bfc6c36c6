package dev.vigor.engine.concrete;

import dev.vigor.engine.exec.PacketMemory;

/** A concrete packet buffer of its length. */
final class ConcretePacket implements PacketMemory<Bits> {
  private final byte[] bytes;

  ConcretePacket(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  @Override
  public Bits read(Bits offset) {
    return new Bits(java.math.BigInteger.valueOf(bytes[offset.value().intValueExact()] & 0xff), 8);
  }

  @Override
  public void write(Bits offset, Bits value) {
    bytes[offset.value().intValueExact()] = value.value().byteValue();
  }

  @Override
  public Bits length() {
    return new Bits(java.math.BigInteger.valueOf(bytes.length), 16);
  }

  byte[] bytes() {
    return bytes.clone();
  }
}
