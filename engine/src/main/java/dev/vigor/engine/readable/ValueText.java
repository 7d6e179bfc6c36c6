package dev.vigor.engine.readable;

import dev.vigor.engine.ir.CType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A C value kept in libVig state, rendered from the type the NF declared: a struct as
 * {@code FlowId{src_ip=10.0.0.1, src_port=1234, protocol=6 (TCP)}}, a {@code struct ether_addr} as
 * {@code aa:bb:cc:dd:ee:ff}, integers in decimal. The bytes are the value's C memory layout (byte
 * 0 first), so an integer field is read in host (little-endian) order: the number the NF and the
 * spec compare, which for an address field means the address as a spec writes it. What the name
 * says decides the rest: a 32-bit field named like an address is a dotted quad, a protocol field
 * names its protocol, a 64-bit time field is shown relative to now. A large number the type does
 * not explain is given in decimal and hex.
 */
public final class ValueText {
  private ValueText() {}

  /**
   * The value of {@code type} held in {@code memory}; {@code name} (the object or field it is
   * kept in, may be null) hints at what it means; times are relative to {@code now} when known.
   */
  public static String render(CType type, byte[] memory, String name, OptionalLong now) {
    if (type == null || memory.length < type.size()) {
      return hex(memory, 0, memory.length);
    }
    return value(type, memory, 0, name == null ? "" : name, now);
  }

  private static String value(CType type, byte[] m, int at, String name, OptionalLong now) {
    if (type instanceof CType.Int i) {
      return integer(i, m, at, name, now);
    }
    if (type instanceof CType.Struct s) {
      return struct(s, m, at, now);
    }
    if (type instanceof CType.Array a) {
      return array(a, m, at, name, now);
    }
    if (type instanceof CType.Pointer) {
      return "(a pointer)";
    }
    return hex(m, at, (int) type.size());
  }

  private static String struct(CType.Struct s, byte[] m, int at, OptionalLong now) {
    if (!s.complete()) {
      return hex(m, at, m.length - at); // its size is unknown: every byte there is
    }
    // A struct that is one byte array (struct ether_addr) reads as that array: a MAC address.
    if (s.fields().size() == 1 && s.fields().get(0).type() instanceof CType.Array a
        && isBytes(a) && a.size() == s.size()) {
      return array(a, m, at, s.tag() + " " + s.fields().get(0).name(), now);
    }
    List<String> parts = new ArrayList<>();
    for (CType.Field f : s.fields()) {
      parts.add(f.name() + "=" + value(f.type(), m, at + (int) f.offset(), f.name(), now));
    }
    return s.tag() + "{" + String.join(", ", parts) + "}";
  }

  private static String array(CType.Array a, byte[] m, int at, String name, OptionalLong now) {
    int n = (int) a.length();
    if (isBytes(a)) {
      if (n == 6) {
        return mac(m, at);
      }
      if (n == 4 && looksLikeIp(name)) {
        return dottedQuad(m, at);
      }
      return hex(m, at, n);
    }
    List<String> items = new ArrayList<>();
    int size = (int) a.element().size();
    for (int i = 0; i < n; i++) {
      items.add(value(a.element(), m, at + i * size, name, now));
    }
    return "[" + String.join(", ", items) + "]";
  }

  private static String integer(CType.Int t, byte[] m, int at, String name, OptionalLong now) {
    int size = t.kind().size();
    BigInteger v = BigInteger.ZERO;
    for (int i = size - 1; i >= 0; i--) { // little-endian: the last byte is the most significant
      v = v.shiftLeft(8).or(BigInteger.valueOf(m[at + i] & 0xff));
    }
    if (t.signed() && v.testBit(8 * size - 1)) {
      v = v.subtract(BigInteger.ONE.shiftLeft(8 * size));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (t.kind() == dev.vigor.engine.ir.IntKind.BOOL) {
      return v.signum() == 0 ? "false" : "true";
    }
    if (size == 4 && !t.signed() && looksLikeIp(name)) {
      return dottedQuad(v.longValue());
    }
    if (lower.contains("proto")) {
      return v + protocolName(v.intValue());
    }
    if (size == 8 && looksLikeTime(lower) && now.isPresent()) {
      return TimeText.relative(v.longValue(), now.getAsLong());
    }
    if (v.abs().compareTo(BigInteger.valueOf(65536)) >= 0) {
      return v + " (0x" + v.toString(16) + ")";
    }
    return v.toString();
  }

  private static boolean isBytes(CType.Array a) {
    return a.element() instanceof CType.Int e && e.kind().size() == 1;
  }

  /** Field names people give IPv4 addresses: src_ip, dst_addr, saddr, ip, ... */
  private static boolean looksLikeIp(String name) {
    for (String word : name.split("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")) {
      if (IP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> IP_WORDS = java.util.Set.of(
      "ip", "ipv4", "addr", "address", "saddr", "daddr", "srcip", "dstip", "host");

  private static boolean looksLikeTime(String lower) {
    return lower.contains("time") || lower.equals("ts") || lower.endsWith("_ts")
        || lower.contains("last_seen") || lower.contains("stamp") || lower.equals("now");
  }

  /** " (TCP)" and the like for the IP protocol numbers NFs meet (IANA's registry). */
  static String protocolName(int p) {
    return switch (p) {
      case 1 -> " (ICMP)";
      case 6 -> " (TCP)";
      case 17 -> " (UDP)";
      case 58 -> " (ICMPv6)";
      default -> "";
    };
  }

  /** An IPv4 address held as the number 0x0a000001 = 10.0.0.1. */
  public static String dottedQuad(long a) {
    return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
  }

  private static String dottedQuad(byte[] m, int at) {
    return (m[at] & 255) + "." + (m[at + 1] & 255) + "." + (m[at + 2] & 255) + "." + (m[at + 3] & 255);
  }

  /** Six bytes as {@code aa:bb:cc:dd:ee:ff}. */
  public static String mac(byte[] m, int at) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(i == 0 ? "" : ":").append(String.format("%02x", m[at + i] & 0xff));
    }
    return s.toString();
  }

  /** Bytes in hex, byte 0 first, with a 0x prefix. */
  static String hex(byte[] m, int at, int n) {
    StringBuilder s = new StringBuilder("0x");
    for (int i = at; i < at + n && i < m.length; i++) {
      s.append(String.format("%02x", m[i] & 0xff));
    }
    return s.toString();
  }
}
