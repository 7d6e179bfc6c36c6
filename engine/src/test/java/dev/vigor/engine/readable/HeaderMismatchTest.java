package dev.vigor.engine.readable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.spec.ir.HeaderType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Why a packet has no header, from packet.h's rules as HeaderTable states them: each test breaks
 * exactly one rule of an otherwise valid TCP/IPv4 packet and expects that rule to be named.
 */
class HeaderMismatchTest {
  /** A valid Ethernet + IPv4 (IHL 5, total length 40) + TCP packet of 54 bytes. */
  static byte[] tcpPacket() {
    byte[] p = new byte[54];
    p[12] = 0x08; // ethertype 0x0800
    p[14] = 0x45; // version 4, IHL 5
    p[17] = 40; // total length
    p[23] = 6; // TCP
    p[26] = 10;
    p[29] = 1; // 10.0.0.1
    p[34] = 0x04;
    p[35] = (byte) 0xd2; // source port 1234
    p[37] = 80;
    return p;
  }

  @Test
  void aValidPacketHasNoMismatch() {
    byte[] p = tcpPacket();
    for (HeaderType t : HeaderType.values()) {
      if (t == HeaderType.UDP) {
        continue; // a TCP packet
      }
      assertEquals(Optional.empty(), HeaderMismatch.explain(p, p.length, t), t.specName());
    }
  }

  @Test
  void anIpv6EthertypeIsNotIpv4() {
    byte[] p = tcpPacket();
    p[12] = (byte) 0x86;
    p[13] = (byte) 0xdd;
    assertEquals("the packet has no ipv4 header: the ethertype is 0x86dd, not 0x0800 (IPv4)",
        HeaderMismatch.explain(p, p.length, HeaderType.IPV4).orElseThrow());
  }

  @Test
  void aShortPacketSaysHowShort() {
    byte[] p = tcpPacket();
    assertEquals("the packet has no ipv4 header: the packet length is 20, less than 34"
        + " (Ethernet and IPv4 headers)", HeaderMismatch.explain(p, 20, HeaderType.IPV4).orElseThrow());
    assertEquals("the packet has no ether header: the packet length is 10, less than 14"
        + " (an Ethernet header's 14 bytes)", HeaderMismatch.explain(p, 10, HeaderType.ETHER).orElseThrow());
  }

  @Test
  void aTooSmallIhlIsNamed() {
    byte[] p = tcpPacket();
    p[14] = 0x44;
    String why = HeaderMismatch.explain(p, p.length, HeaderType.IPV4).orElseThrow();
    assertTrue(why.contains("IHL") && why.contains("is 4, less than 5"), why);
  }

  @Test
  void anIcmpPacketIsNeitherTcpNorUdp() {
    byte[] p = tcpPacket();
    p[23] = 1;
    assertEquals("the packet has no tcpudp header: the IP protocol is 1, not 6 or 17 (TCP or UDP)",
        HeaderMismatch.explain(p, p.length, HeaderType.TCPUDP).orElseThrow());
    assertEquals(Optional.empty(), HeaderMismatch.explain(p, p.length, HeaderType.IPV4));
    assertEquals("the packet has no udp header: the IP protocol is 6, not 17 (UDP)",
        HeaderMismatch.explain(tcpPacket(), 54, HeaderType.UDP).orElseThrow());
  }

  @Test
  void aLaterFragmentAndATruncatedL4HeaderAreNamed() {
    byte[] p = tcpPacket();
    p[21] = 8; // fragment offset 8
    assertTrue(HeaderMismatch.explain(p, p.length, HeaderType.TCP).orElseThrow()
        .contains("fragment offset is 8, not 0"));
    byte[] q = tcpPacket();
    q[17] = 30; // total length 30 < 20 + 20
    assertTrue(HeaderMismatch.explain(q, q.length, HeaderType.TCP).orElseThrow()
        .contains("total length is 30, less than 40"));
  }

  @Test
  void decodedHeadersUseTheSameRules() {
    byte[] p = tcpPacket();
    var fields = PacketFields.decode(p, p.length);
    assertTrue(fields.contains(new PacketField("ipv4", "saddr", "10.0.0.1", 26, 4)), fields.toString());
    assertTrue(fields.contains(new PacketField("tcp", "src_port", "1234", 34, 2)), fields.toString());
    assertEquals("ether", fields.get(0).header());
    assertEquals("daddr", fields.get(0).field()); // wire order: destination first
    assertEquals(54, PacketFields.payloadStart(p, p.length));
    p[23] = 1; // ICMP: ether and ipv4 only
    assertTrue(PacketFields.decode(p, p.length).stream().noneMatch(f -> f.header().equals("tcp")));
    assertEquals(34, PacketFields.payloadStart(p, p.length));
    assertTrue(PacketFields.decode(p, 13).isEmpty());
  }

  /** Four bytes after IPv4: too short for TCP, but a spec pops their ports (tcpudp). */
  @Test
  void portsAloneAreShownWhenTheRestIsTooShortForTcp() {
    byte[] p = tcpPacket();
    p[17] = 24; // total length 24: the IPv4 header and 4 bytes
    var fields = PacketFields.decode(p, p.length);
    assertTrue(fields.contains(new PacketField("tcpudp", "src_port", "1234", 34, 2)), fields.toString());
    assertTrue(fields.stream().noneMatch(f -> f.header().equals("tcp")), fields.toString());
    assertTrue(fields.stream().noneMatch(f -> f.field().equals("cksum") && f.header().equals("tcpudp")));
    assertEquals(38, PacketFields.payloadStart(p, p.length));
  }
}
