package dev.vigor.app.cex;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the headers a counterexample packet carries (Ethernet, then IPv4 and TCP/UDP when the
 * types say so) into rows for a table. Short packets yield the fields that fit.
 */
public final class PacketHeaders {
  /** One decoded field: the header it belongs to, its name, its value as people write it. */
  public record Field(String header, String name, String value, int offset, int length) {}

  private PacketHeaders() {}

  /** Every field that fits in the packet, outermost header first. */
  public static List<Field> decode(byte[] p) {
    List<Field> out = new ArrayList<>();
    if (p.length < 14) {
      out.add(new Field("Ethernet", "(truncated)", p.length + " bytes, a header needs 14", 0,
          p.length));
      return out;
    }
    out.add(new Field("Ethernet", "destination", mac(p, 0), 0, 6));
    out.add(new Field("Ethernet", "source", mac(p, 6), 6, 6));
    int type = u16(p, 12);
    out.add(new Field("Ethernet", "ethertype", String.format("0x%04x%s", type, typeName(type)), 12, 2));
    if (type != 0x0800 || p.length < 34) {
      return out;
    }
    int ihl = (p[14] & 0x0f) * 4;
    out.add(new Field("IPv4", "version / IHL", (p[14] >> 4 & 0x0f) + " / " + ihl + " bytes", 14, 1));
    out.add(new Field("IPv4", "total length", String.valueOf(u16(p, 16)), 16, 2));
    out.add(new Field("IPv4", "TTL", String.valueOf(p[22] & 0xff), 22, 1));
    int proto = p[23] & 0xff;
    out.add(new Field("IPv4", "protocol", proto + (proto == 6 ? " (TCP)" : proto == 17 ? " (UDP)" : ""),
        23, 1));
    out.add(new Field("IPv4", "source", ip(p, 26), 26, 4));
    out.add(new Field("IPv4", "destination", ip(p, 30), 30, 4));
    int l4 = 14 + Math.max(20, ihl);
    if ((proto == 6 || proto == 17) && p.length >= l4 + 4) {
      String h = proto == 6 ? "TCP" : "UDP";
      out.add(new Field(h, "source port", String.valueOf(u16(p, l4)), l4, 2));
      out.add(new Field(h, "destination port", String.valueOf(u16(p, l4 + 2)), l4 + 2, 2));
    }
    return out;
  }

  private static String typeName(int type) {
    return switch (type) {
      case 0x0800 -> " (IPv4)";
      case 0x0806 -> " (ARP)";
      case 0x86dd -> " (IPv6)";
      case 0x8100 -> " (VLAN)";
      default -> "";
    };
  }

  private static int u16(byte[] p, int at) {
    return (p[at] & 0xff) << 8 | (p[at + 1] & 0xff);
  }

  private static String mac(byte[] p, int at) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(i == 0 ? "" : ":").append(String.format("%02x", p[at + i] & 0xff));
    }
    return s.toString();
  }

  private static String ip(byte[] p, int at) {
    return (p[at] & 0xff) + "." + (p[at + 1] & 0xff) + "." + (p[at + 2] & 0xff) + "." + (p[at + 3] & 0xff);
  }
}
