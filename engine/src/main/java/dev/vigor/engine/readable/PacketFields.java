package dev.vigor.engine.readable;

import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.specexec.HeaderTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The headers a packet carries, field by field, as a spec pops them: {@code ether}, then
 * {@code ipv4}, then {@code tcp} or {@code udp} (or just the ports, {@code tcpudp}, when the
 * rest is too short for either), each only when packet.h's rules (through
 * {@link HeaderTable}) say the packet carries a valid one. Bytes after the last header are the
 * payload.
 */
public final class PacketFields {
  private PacketFields() {}

  /** The decoded headers of {@code packet} (its first {@code length} bytes count). */
  public static List<PacketField> decode(byte[] packet, int length) {
    ConcreteHeaders h = new ConcreteHeaders(packet, length);
    List<PacketField> out = new ArrayList<>();
    for (HeaderType t : carried(h)) {
      int start = h.start(t);
      List<PacketField> fields = new ArrayList<>();
      for (String f : t.fields()) {
        dev.vigor.engine.spec.ir.HeaderType.FieldSpot spot = t.spot(f).orElse(null);
        if (spot == null) {
          continue; // tcpudp's checksum: where it lies depends on bytes past the 4 it has
        }
        fields.add(new PacketField(t.specName(), f, value(t, f, h.field(t, f)),
            start + spot.offset(), spot.width()));
      }
      fields.sort(Comparator.comparingInt(PacketField::offset));
      out.addAll(fields);
    }
    return out;
  }

  /** Where the payload starts: after the last header the packet carries (0 when none). */
  public static int payloadStart(byte[] packet, int length) {
    ConcreteHeaders h = new ConcreteHeaders(packet, length);
    List<HeaderType> carried = carried(h);
    if (carried.isEmpty()) {
      return 0;
    }
    HeaderType last = carried.get(carried.size() - 1);
    int size = switch (last) {
      case ETHER -> HeaderTable.ETHER_SIZE;
      case IPV4 -> 4 * (h.field(HeaderType.IPV4, "vihl").intValue() & 15);
      default -> HeaderTable.l4MinSize(last);
    };
    return Math.min(length, h.start(last) + size);
  }

  private static List<HeaderType> carried(ConcreteHeaders h) {
    List<HeaderType> out = new ArrayList<>();
    if (!h.carries(HeaderType.ETHER)) {
      return out;
    }
    out.add(HeaderType.ETHER);
    if (!h.carries(HeaderType.IPV4)) {
      return out;
    }
    out.add(HeaderType.IPV4);
    if (h.carries(HeaderType.TCP)) {
      out.add(HeaderType.TCP);
    } else if (h.carries(HeaderType.UDP)) {
      out.add(HeaderType.UDP);
    } else if (h.carries(HeaderType.TCPUDP)) {
      out.add(HeaderType.TCPUDP); // too short for TCP's whole header, but a spec pops its ports
    }
    return out;
  }

  /** A field's value as people write it: MACs, dotted quads, hex ethertypes, named protocols. */
  static String value(HeaderType t, String field, BigInteger v) {
    if (t == HeaderType.ETHER && !field.equals("type")) {
      byte[] b = new byte[6];
      for (int i = 0; i < 6; i++) {
        b[i] = v.shiftRight(8 * (5 - i)).byteValue();
      }
      return ValueText.mac(b, 0);
    }
    if (t == HeaderType.ETHER) {
      return String.format("0x%04x%s", v.intValue(), etherTypeName(v.intValue()));
    }
    if (t == HeaderType.IPV4 && (field.equals("saddr") || field.equals("daddr"))) {
      return ValueText.dottedQuad(v.longValue());
    }
    if (t == HeaderType.IPV4 && field.equals("npid")) {
      return v + ValueText.protocolName(v.intValue());
    }
    if (t == HeaderType.IPV4 && field.equals("vihl")) {
      return String.format("0x%02x (version %d, IHL %d)", v.intValue(), v.intValue() >> 4,
          v.intValue() & 15);
    }
    if (t == HeaderType.TCP && field.equals("flags")) {
      return String.format("0x%02x%s", v.intValue(), tcpFlags(v.intValue()));
    }
    if (field.equals("cksum")) {
      return String.format("0x%04x", v.intValue());
    }
    return v.toString();
  }

  /** Names of the ethertypes NFs meet (IEEE's registry). */
  static String etherTypeName(int type) {
    return switch (type) {
      case 0x0800 -> " (IPv4)";
      case 0x0806 -> " (ARP)";
      case 0x86dd -> " (IPv6)";
      case 0x8100 -> " (VLAN)";
      default -> "";
    };
  }

  private static String tcpFlags(int f) {
    String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    List<String> set = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if ((f >> i & 1) != 0) {
        set.add(names[i]);
      }
    }
    return set.isEmpty() ? "" : " (" + String.join(" ", set) + ")";
  }
}
