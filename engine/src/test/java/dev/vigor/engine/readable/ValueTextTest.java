package dev.vigor.engine.readable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.c.types.StructLayout;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.IntKind;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** C values rendered by type and name: structs, MACs, IPv4, ports, protocols, times, the unknown. */
class ValueTextTest {
  static final CType.Int U8 = new CType.Int(IntKind.UCHAR);
  static final CType.Int U16 = new CType.Int(IntKind.USHORT);
  static final CType.Int U32 = new CType.Int(IntKind.UINT);
  static final CType.Int I64 = new CType.Int(IntKind.LONG);
  static final CType.Struct ETHER_ADDR = StructLayout.layout("ether_addr",
      List.of(new StructLayout.Member("addr_bytes", new CType.Array(U8, 6), false)));
  static final CType.Struct FLOW_ID = StructLayout.layout("FlowId", List.of(
      new StructLayout.Member("src_ip", U32, false), new StructLayout.Member("dst_ip", U32, false),
      new StructLayout.Member("src_port", U16, false), new StructLayout.Member("dst_port", U16, false),
      new StructLayout.Member("protocol", U32, false)));
  static final OptionalLong NOW = OptionalLong.of(1_000_000_000_000L);

  /** Little-endian bytes of an integer, as the NF's memory holds it. */
  static byte[] le(long v, int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (v >> 8 * i);
    }
    return b;
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aMacAddressStructIsColonHex() {
    byte[] mac = {(byte) 0xaa, (byte) 0xbb, 0x0c, 0x0d, 0x0e, 0x01};
    assertEquals("aa:bb:0c:0d:0e:01", ValueText.render(ETHER_ADDR, mac, "dyn_macs", NOW));
  }

  @Test
  void aFlowKeyNamesItsFieldsWithAddressesPortsAndProtocol() {
    byte[] key = concat(le(0x0a000001L, 4), le(0xc0a80102L, 4), le(1234, 2), le(80, 2), le(6, 4));
    assertEquals("FlowId{src_ip=10.0.0.1, dst_ip=192.168.1.2, src_port=1234, dst_port=80,"
        + " protocol=6 (TCP)}", ValueText.render(FLOW_ID, key, "flows", NOW));
  }

  @Test
  void aPortIsDecimalAndALargeNumberAlsoHex() {
    assertEquals("65535", ValueText.render(U16, le(65535, 2), "port", NOW));
    assertEquals("305419896 (0x12345678)", ValueText.render(U32, le(0x12345678L, 4), "count", NOW));
    assertEquals("-1", ValueText.render(new CType.Int(IntKind.INT), le(-1, 4), "x", NOW));
  }

  @Test
  void aTimeFieldIsRelativeToNow() {
    CType.Struct entry = StructLayout.layout("Seen", List.of(
        new StructLayout.Member("last_time", I64, false)));
    assertEquals("Seen{last_time=now − 12.5 s}",
        ValueText.render(entry, le(NOW.getAsLong() - 12_500_000_000L, 8), null, NOW));
    assertEquals("Seen{last_time=now}", ValueText.render(entry, le(NOW.getAsLong(), 8), null, NOW));
    assertEquals("Seen{last_time=now + 1 ns}",
        ValueText.render(entry, le(NOW.getAsLong() + 1, 8), null, NOW));
  }

  @Test
  void relativeTimesAreExactInBothDirections() {
    long now = 4611686018427387904L;
    assertEquals("now", TimeText.relative(now, now));
    assertEquals("now − 300.0 s", TimeText.relative(now - 300_000_000_000L, now));
    assertEquals("now − 119.999999999 s", TimeText.relative(now - 119_999_999_999L, now));
    assertEquals("now + 2.000001 s", TimeText.relative(now + 2_000_001_000L, now));
    assertEquals("now − 999999 ns", TimeText.relative(now - 999_999, now));
    assertEquals("now + 1 ns", TimeText.relative(now + 1, now));
    assertEquals("now − 4611686018.427387904 s", TimeText.relative(0, now));
    assertEquals("4611686018.427387904 s (4611686018427387904 ns)", TimeText.absolute(now));
    assertEquals("0.0 s (0 ns)", TimeText.absolute(0));
  }

  @Test
  void anIncompleteStructOrTooFewBytesIsHex() {
    assertEquals("0x0102", ValueText.render(CType.Struct.incomplete("Opaque"), new byte[] {1, 2},
        "x", NOW));
    assertEquals("0x01", ValueText.render(FLOW_ID, new byte[] {1}, "flows", NOW));
    assertEquals("0x0102", ValueText.render(null, new byte[] {1, 2}, "x", NOW));
  }

  @Test
  void nestedStructsAndOtherArrays() {
    CType.Struct rule = StructLayout.layout("Rule", List.of(
        new StructLayout.Member("mac", ETHER_ADDR, false),
        new StructLayout.Member("device", U16, false),
        new StructLayout.Member("weights", new CType.Array(U16, 2), false)));
    byte[] b = concat(new byte[] {0, 0, 0, 0, 0, 1}, le(3, 2), le(7, 2), le(9, 2));
    assertEquals("Rule{mac=00:00:00:00:00:01, device=3, weights=[7, 9]}",
        ValueText.render(rule, b, "rules", NOW));
  }

  @Test
  void onlyAddressLikeNamesAreDottedQuads() {
    assertEquals("10.0.0.1", ValueText.render(U32, le(0x0a000001L, 4), "srcIp", NOW));
    assertEquals("10.0.0.1", ValueText.render(U32, le(0x0a000001L, 4), "dst_addr", NOW));
    assertEquals("167772161 (0xa000001)", ValueText.render(U32, le(0x0a000001L, 4), "skip", NOW));
  }
}
