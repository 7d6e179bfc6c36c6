package dev.vigor.engine.specexec;

import java.util.Random;

/** Seeded random packets: noise, and crafted Ethernet/IPv4/TCP/UDP with options and fragments. */
final class RandomPackets {
  private RandomPackets() {}

  /** A packet buffer of 64 bytes; its length is chosen separately (see {@link #length}). */
  static byte[] next(Random r) {
    byte[] p = new byte[64];
    r.nextBytes(p);
    if (r.nextInt(4) == 0) {
      return p;
    }
    p[12] = 0x08;
    p[13] = (byte) (r.nextInt(8) == 0 ? 0x06 : 0x00);
    int ihl = r.nextInt(6) == 0 ? r.nextInt(16) : 5 + r.nextInt(3);
    int version = r.nextInt(8) == 0 ? r.nextInt(16) : 4;
    p[14] = (byte) ((version << 4) | ihl);
    int total = r.nextInt(5) == 0 ? r.nextInt(80) : ihl * 4 + r.nextInt(30);
    p[16] = (byte) (total >> 8);
    p[17] = (byte) total;
    int frag = switch (r.nextInt(4)) {
      case 0 -> r.nextInt(0x10000);
      case 1 -> 0x4000; // DF only: a first (only) fragment
      case 2 -> 0x2000; // MF: first fragment of several
      default -> 0;
    };
    p[20] = (byte) (frag >> 8);
    p[21] = (byte) frag;
    int[] protos = {6, 17, 1, r.nextInt(256)};
    p[23] = (byte) protos[r.nextInt(protos.length)];
    return p;
  }

  /** A length around the packet's interesting boundaries. */
  static int length(Random r, byte[] p) {
    int total = ((p[16] & 0xff) << 8) | (p[17] & 0xff);
    return switch (r.nextInt(4)) {
      case 0 -> r.nextInt(65);
      case 1 -> Math.min(64, 14 + total);
      case 2 -> Math.max(0, Math.min(64, 14 + total - 1));
      default -> 34 + r.nextInt(31);
    };
  }
}
