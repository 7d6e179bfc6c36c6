package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.HeaderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one definition of the headers a spec pops and builds: each field's byte offset and width
 * within its header (RFC layouts, as vigor/packet.h's structs), where each header starts, and when
 * a packet carries a valid one. Validity follows packet.h's helpers rule for rule
 * ({@code nf_ether_header}, {@code nf_ipv4_header}, {@code nf_l4_offset}), so a spec's
 * {@code pop_header} mismatches exactly when the NF's helper returns NULL. Written over a
 * {@link SpecDomain}, so the symbolic and the concrete interpreter share it.
 */
public final class HeaderTable {
  /** sizeof(struct ether_hdr). */
  public static final int ETHER_SIZE = 14;
  /** sizeof(struct ipv4_hdr), without options. */
  public static final int IPV4_SIZE = 20;

  /** A field's place within its header: byte offset and width in bytes (big-endian on the wire). */
  public record FieldSpot(int offset, int width) {}

  private static final Map<HeaderType, Map<String, FieldSpot>> FIELDS = Map.of(
      HeaderType.ETHER, Map.of(
          "daddr", new FieldSpot(0, 6), "saddr", new FieldSpot(6, 6), "type", new FieldSpot(12, 2)),
      HeaderType.IPV4, Map.of(
          "vihl", new FieldSpot(0, 1), "tos", new FieldSpot(1, 1), "len", new FieldSpot(2, 2),
          "pid", new FieldSpot(4, 2), "foff", new FieldSpot(6, 2), "ttl", new FieldSpot(8, 1),
          "npid", new FieldSpot(9, 1), "cksum", new FieldSpot(10, 2),
          "saddr", new FieldSpot(12, 4), "daddr", new FieldSpot(16, 4)),
      // tcpudp's cksum lies where the protocol has it: see TCP_CKSUM and UDP_CKSUM
      HeaderType.TCPUDP, Map.of("src_port", new FieldSpot(0, 2), "dst_port", new FieldSpot(2, 2)),
      // data_off is byte 12; the flags byte is 13 (struct tcp_hdr's tcp_flags).
      HeaderType.TCP, Map.of(
          "src_port", new FieldSpot(0, 2), "dst_port", new FieldSpot(2, 2),
          "seq", new FieldSpot(4, 4), "ack", new FieldSpot(8, 4), "flags", new FieldSpot(13, 1),
          "cksum", new FieldSpot(16, 2)),
      HeaderType.UDP, Map.of(
          "src_port", new FieldSpot(0, 2), "dst_port", new FieldSpot(2, 2),
          "len", new FieldSpot(4, 2), "cksum", new FieldSpot(6, 2)));

  /** Where the TCP and the UDP header keep their checksum. */
  private static final FieldSpot TCP_CKSUM = new FieldSpot(16, 2);
  private static final FieldSpot UDP_CKSUM = new FieldSpot(6, 2);

  private HeaderTable() {}

  /**
   * Where {@code field} (canonical name) of a {@code type} header lies. tcpudp's cksum has no one
   * place (see {@link #field}).
   */
  public static FieldSpot spot(HeaderType type, String field) {
    FieldSpot s = FIELDS.get(type).get(field);
    if (s == null) {
      throw new IllegalArgumentException(type.specName() + " has no fixed place for field " + field);
    }
    return s;
  }

  /** Whether the field lies where the packet's protocol says (tcpudp's checksum). */
  private static boolean byProtocol(HeaderType type, String field) {
    return type == HeaderType.TCPUDP && field.equals("cksum");
  }

  /** The minimum L4 header size packet.h's helper asks for (its {@code min_size}). */
  public static int l4MinSize(HeaderType type) {
    return switch (type) {
      case TCPUDP -> 4;
      case TCP -> 20;
      case UDP -> 8;
      default -> throw new IllegalArgumentException(type.specName() + " is not an L4 header");
    };
  }

  /** Whether the packet carries a valid header of {@code type}, exactly as packet.h decides. */
  public static <I, B, W, S> B valid(SpecDomain<I, B, W, S> d, PacketAccess<I> p, HeaderType type) {
    I length = p.length();
    B ether = d.le(d.num(ETHER_SIZE), length);
    if (type == HeaderType.ETHER) {
      return ether;
    }
    I vihl = read(d, p, d.num(ETHER_SIZE), 0, 1);
    I ihl = d.mod(vihl, d.num(16));
    I version = d.floorDiv(vihl, d.num(16));
    I total = read(d, p, d.num(ETHER_SIZE), 2, 2);
    I ihlBytes = d.mul(ihl, d.num(4));
    List<B> ipv4 = new ArrayList<>(List.of(
        ether,
        d.eq(field(d, p, HeaderType.ETHER, "type"), d.num(0x0800)),
        d.le(d.num(ETHER_SIZE + IPV4_SIZE), length),
        d.eq(version, d.num(4)),
        d.le(d.num(5), ihl),
        d.le(ihlBytes, total),
        d.le(d.add(d.num(ETHER_SIZE), total), length)));
    if (type == HeaderType.IPV4) {
      return d.and(ipv4);
    }
    I proto = read(d, p, d.num(ETHER_SIZE), 9, 1);
    B protoOk = switch (type) {
      case TCP -> d.eq(proto, d.num(6));
      case UDP -> d.eq(proto, d.num(17));
      default -> d.or(List.of(d.eq(proto, d.num(6)), d.eq(proto, d.num(17))));
    };
    I foff = read(d, p, d.num(ETHER_SIZE), 6, 2);
    List<B> l4 = new ArrayList<>(ipv4);
    l4.add(protoOk);
    l4.add(d.eq(d.mod(foff, d.num(0x2000)), d.num(0)));
    l4.add(d.le(d.add(ihlBytes, d.num(l4MinSize(type))), total));
    return d.and(l4);
  }

  /** Where a {@code type} header starts: 0, 14, or 14 + IHL * 4 for L4 headers. */
  public static <I, B, W, S> I start(SpecDomain<I, B, W, S> d, PacketAccess<I> p, HeaderType type) {
    return switch (type) {
      case ETHER -> d.num(0);
      case IPV4 -> d.num(ETHER_SIZE);
      default -> {
        I ihl = d.mod(read(d, p, d.num(ETHER_SIZE), 0, 1), d.num(16));
        yield d.add(d.num(ETHER_SIZE), d.mul(ihl, d.num(4)));
      }
    };
  }

  /** The value of a field of the packet's {@code type} header, a big-endian number. */
  public static <I, B, W, S> I field(
      SpecDomain<I, B, W, S> d, PacketAccess<I> p, HeaderType type, String field) {
    I start = start(d, p, type);
    if (byProtocol(type, field)) {
      return d.ite(isTcp(d, p), read(d, p, start, TCP_CKSUM.offset(), TCP_CKSUM.width()),
          read(d, p, start, UDP_CKSUM.offset(), UDP_CKSUM.width()));
    }
    FieldSpot s = spot(type, field);
    return read(d, p, start, s.offset(), s.width());
  }

  /** Whether the packet's IPv4 protocol is TCP (its L4 header then is TCP's, else UDP's). */
  private static <I, B, W, S> B isTcp(SpecDomain<I, B, W, S> d, PacketAccess<I> p) {
    return d.eq(read(d, p, d.num(ETHER_SIZE), 9, 1), d.num(6));
  }

  /** Whether byte {@code offset} of the packet lies in {@code field} of its {@code type} header. */
  public static <I, B, W, S> B covers(SpecDomain<I, B, W, S> d, PacketAccess<I> p,
      HeaderType type, String field, I offset) {
    I start = start(d, p, type);
    if (byProtocol(type, field)) {
      B tcp = isTcp(d, p);
      return d.or(List.of(d.and(List.of(tcp, within(d, start, TCP_CKSUM, offset))),
          d.and(List.of(d.not(tcp), within(d, start, UDP_CKSUM, offset)))));
    }
    return within(d, start, spot(type, field), offset);
  }

  private static <I, B, W, S> B within(SpecDomain<I, B, W, S> d, I start, FieldSpot s, I offset) {
    I from = d.add(start, d.num(s.offset()));
    return d.and(List.of(d.le(from, offset), d.lt(offset, d.add(from, d.num(s.width())))));
  }

  /** The big-endian number in {@code width} bytes at {@code base + offset}. */
  private static <I, B, W, S> I read(
      SpecDomain<I, B, W, S> d, PacketAccess<I> p, I base, int offset, int width) {
    List<I> bytes = new ArrayList<>();
    for (int j = 0; j < width; j++) {
      bytes.add(p.byteAt(d.add(base, d.num(offset + j))));
    }
    return d.fromBytes(bytes);
  }
}
