package dev.vigor.libvig.concrete;

/** Hex rendering of C values for messages. */
final class HexBytes {
  private HexBytes() {}

  static String format(byte[] bytes) {
    StringBuilder sb = new StringBuilder("0x");
    for (byte b : bytes) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }
}
