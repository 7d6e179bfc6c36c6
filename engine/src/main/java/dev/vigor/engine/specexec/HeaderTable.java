package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.HeaderType.FieldSpot;
import java.util.ArrayList;
import java.util.List;

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

  /** Where the TCP and the UDP header keep their checksum. */
  private static final FieldSpot TCP_CKSUM = new FieldSpot(16, 2);
  private static final FieldSpot UDP_CKSUM = new FieldSpot(6, 2);

  private HeaderTable() {}

  /**
   * Where {@code field} (canonical name) of a {@code type} header lies. tcpudp's cksum has no one
   * place (see {@link #field}).
   */
  public static FieldSpot spot(HeaderType type, String field) {
    return type.spot(field).orElseThrow(() -> new IllegalArgumentException(
        type.specName() + " has no fixed place for field " + field));
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
    return d.ofPacket(p, "valid " + type,
        () -> d.and(rules(d, p, type).stream().map(Rule::holds).toList()));
  }

  /** How a {@link Rule} compares its subject with its bounds. */
  public enum Relation {
    /** The subject equals one of the bounds. */
    ONE_OF,
    /** The subject is at least the (single) bound. */
    AT_LEAST
  }

  /**
   * One of packet.h's conditions for a valid header: {@code subject} (what a person calls it)
   * has {@code actual} and must be {@code relation} {@code bounds} ({@code boundNote} says what a
   * computed bound is); {@code holds} is that comparison. Kept with its parts so a counterexample
   * can say which condition a packet broke, with the very rules the interpreters decide by.
   */
  public record Rule<I, B>(String header, String subject, I actual, Relation relation,
      List<I> bounds, String boundNote, boolean hex, B holds) {}

  /** The conditions packet.h's helpers check for a {@code type} header, in their order. */
  public static <I, B, W, S> List<Rule<I, B>> rules(
      SpecDomain<I, B, W, S> d, PacketAccess<I> p, HeaderType type) {
    List<Rule<I, B>> rules = new ArrayList<>();
    I length = p.length();
    rules.add(atLeast(d, "ether", "the packet length", length, d.num(ETHER_SIZE),
        "an Ethernet header's 14 bytes"));
    if (type == HeaderType.ETHER) {
      return rules;
    }
    I vihl = read(d, p, d.num(ETHER_SIZE), 0, 1);
    I ihl = d.mod(vihl, d.num(16));
    I version = d.floorDiv(vihl, d.num(16));
    I total = read(d, p, d.num(ETHER_SIZE), 2, 2);
    I ihlBytes = d.mul(ihl, d.num(4));
    I etherType = field(d, p, HeaderType.ETHER, "type");
    rules.add(new Rule<>("ipv4", "the ethertype", etherType, Relation.ONE_OF,
        List.of(d.num(0x0800)), "IPv4", true, d.eq(etherType, d.num(0x0800))));
    rules.add(atLeast(d, "ipv4", "the packet length", length, d.num(ETHER_SIZE + IPV4_SIZE),
        "Ethernet and IPv4 headers"));
    rules.add(new Rule<>("ipv4", "the IP version", version, Relation.ONE_OF, List.of(d.num(4)),
        "", false, d.eq(version, d.num(4))));
    rules.add(atLeast(d, "ipv4", "the IPv4 header length (IHL, in 4-byte words)", ihl, d.num(5),
        "the 20-byte minimum"));
    rules.add(atLeast(d, "ipv4", "the IPv4 total length", total, ihlBytes, "IHL × 4"));
    rules.add(atLeast(d, "ipv4", "the packet length", length, d.add(d.num(ETHER_SIZE), total),
        "14 + the IPv4 total length"));
    if (type == HeaderType.IPV4) {
      return rules;
    }
    I proto = read(d, p, d.num(ETHER_SIZE), 9, 1);
    List<I> protocols = switch (type) {
      case TCP -> List.of(d.num(6));
      case UDP -> List.of(d.num(17));
      default -> List.of(d.num(6), d.num(17));
    };
    rules.add(new Rule<>(type.specName(), "the IP protocol", proto, Relation.ONE_OF, protocols,
        type == HeaderType.TCP ? "TCP" : type == HeaderType.UDP ? "UDP" : "TCP or UDP", false,
        protocols.size() == 1 ? d.eq(proto, protocols.get(0))
            : d.or(protocols.stream().map(x -> d.eq(proto, x)).toList())));
    I fragment = d.mod(read(d, p, d.num(ETHER_SIZE), 6, 2), d.num(0x2000));
    rules.add(new Rule<>(type.specName(), "the IPv4 fragment offset", fragment, Relation.ONE_OF,
        List.of(d.num(0)), "a later fragment carries no L4 header", false,
        d.eq(fragment, d.num(0))));
    rules.add(atLeast(d, type.specName(), "the IPv4 total length", total,
        d.add(ihlBytes, d.num(l4MinSize(type))),
        "IHL × 4 + " + l4MinSize(type) + " bytes of " + type.specName()));
    return rules;
  }

  private static <I, B, W, S> Rule<I, B> atLeast(SpecDomain<I, B, W, S> d, String header,
      String subject, I actual, I bound, String note) {
    return new Rule<>(header, subject, actual, Relation.AT_LEAST, List.of(bound), note, false,
        d.le(bound, actual));
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
    return d.ofPacket(p, type + "." + field, () -> fieldOf(d, p, type, field));
  }

  private static <I, B, W, S> I fieldOf(
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
