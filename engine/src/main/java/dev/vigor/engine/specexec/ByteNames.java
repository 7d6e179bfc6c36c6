package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.HeaderType;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packet contents in a spec writer's words, for counterexamples: what a byte of a concrete packet
 * is ("tcp seq", "ipv4 options", "payload", from the headers it carries by packet.h's rules), and
 * a field's value as a spec writes it (addresses as addresses).
 */
public final class ByteNames {
  private ByteNames() {}

  // The TCP header's bytes no spec field names, by offset.
  private static final Map<Integer, String> TCP_OTHER = Map.of(12, "data_off", 14, "window",
      15, "window", 18, "urp", 19, "urp");

  /** A field's value as a spec writes it: MAC and IPv4 addresses as such, the rest in decimal. */
  public static String value(HeaderType type, String field, BigInteger v) {
    boolean address = field.equals("saddr") || field.equals("daddr");
    if (address && type == HeaderType.ETHER) {
      String hex = String.format("%012x", v);
      return String.join(":", hex.split("(?<=\\G..)"));
    }
    if (address && type == HeaderType.IPV4) {
      long a = v.longValue();
      return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
    }
    return v.toString();
  }

  /** The name of byte {@code offset} of the packet. */
  public static String of(byte[] packet, int length, int offset) {
    ConcreteDomain d = new ConcreteDomain(ConcreteAgreement.packetOnly(packet, length, 0, 1),
        Map.of());
    PacketAccess<BigInteger> p = d.packet();
    BigInteger at = BigInteger.valueOf(offset);
    Map<HeaderType, Integer> sizes = new LinkedHashMap<>();
    sizes.put(HeaderType.ETHER, HeaderTable.ETHER_SIZE);
    if (HeaderTable.valid(d, p, HeaderType.IPV4)) {
      sizes.put(HeaderType.IPV4, (p.byteAt(BigInteger.valueOf(HeaderTable.ETHER_SIZE)).intValue()
          & 0xf) * 4);
      if (HeaderTable.valid(d, p, HeaderType.TCP)) {
        int dataOffset = p.byteAt(HeaderTable.start(d, p, HeaderType.TCP).add(
            BigInteger.valueOf(12))).intValue() >> 4;
        sizes.put(HeaderType.TCP, Math.max(HeaderTable.l4MinSize(HeaderType.TCP), 4 * dataOffset));
      } else if (HeaderTable.valid(d, p, HeaderType.UDP)) {
        sizes.put(HeaderType.UDP, 8);
      }
    }
    for (Map.Entry<HeaderType, Integer> h : sizes.entrySet()) {
      HeaderType type = h.getKey();
      int start = HeaderTable.start(d, p, type).intValueExact();
      if (offset < start || offset >= start + h.getValue()) {
        continue;
      }
      for (String f : type.fields()) {
        if (HeaderTable.covers(d, p, type, f, at)) {
          dev.vigor.engine.spec.ir.HeaderType.FieldSpot spot = HeaderTable.spot(type, f);
          return type.specName() + " " + f + (spot.width() > 1 ? " (byte "
              + (offset - start - spot.offset() + 1) + " of " + spot.width() + ")" : "");
        }
      }
      if (type == HeaderType.TCP && TCP_OTHER.containsKey(offset - start)) {
        return "tcp " + TCP_OTHER.get(offset - start) + " (no spec field)";
      }
      return type.specName() + (type == HeaderType.ETHER ? "" : " options");
    }
    return offset < HeaderTable.ETHER_SIZE ? "ether" : "payload";
  }
}
