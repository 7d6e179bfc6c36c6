package dev.vigor.engine.specexec;

/**
 * A line-by-line transliteration of vigor/packet.h's helpers (C semantics on a byte array), as an
 * oracle independent of {@link HeaderTable}: the offset of the header, or -1 for NULL.
 */
final class PacketHelpersReference {
  private PacketHelpersReference() {}

  private static int u8(byte[] p, int i) {
    return i < p.length ? p[i] & 0xff : 0;
  }

  /** A network-order uint16_t field read and ntohs'ed. */
  private static int be16(byte[] p, int i) {
    return (u8(p, i) << 8) | u8(p, i + 1);
  }

  static int ether(byte[] p, int length) {
    return length < 14 ? -1 : 0;
  }

  static int ipv4(byte[] p, int length) {
    if (ether(p, length) < 0 || be16(p, 12) != 0x0800) {
      return -1;
    }
    if (length < 14 + 20) {
      return -1;
    }
    int vihl = u8(p, 14);
    int ihl = vihl & 0x0f;
    if ((vihl >> 4) != 4 || ihl < 5) {
      return -1;
    }
    int total = be16(p, 16);
    if (total < ihl * 4 || length < 14 + total) {
      return -1;
    }
    return 14;
  }

  static int l4(byte[] p, int length, int protoA, int protoB, int minSize) {
    if (ipv4(p, length) < 0 || (u8(p, 23) != protoA && u8(p, 23) != protoB)) {
      return -1;
    }
    if ((be16(p, 20) & 0x1fff) != 0) {
      return -1;
    }
    int ihlBytes = (u8(p, 14) & 0x0f) * 4;
    if (be16(p, 16) < ihlBytes + minSize) {
      return -1;
    }
    return 14 + ihlBytes;
  }

  static int tcpudp(byte[] p, int length) {
    return l4(p, length, 6, 17, 4);
  }

  static int tcp(byte[] p, int length) {
    return l4(p, length, 6, 6, 20);
  }

  static int udp(byte[] p, int length) {
    return l4(p, length, 17, 17, 8);
  }
}
