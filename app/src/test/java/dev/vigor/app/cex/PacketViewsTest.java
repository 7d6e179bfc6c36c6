package dev.vigor.app.cex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header decoding, hex dump and the file:line references of C steps and spec lines. */
class PacketViewsTest {
  @Test
  void ethernetIpv4UdpHeadersDecode() {
    byte[] p = HexFormat.of().parseHex(
        "ffffffffffff" + "020000000001" + "0800"
            + "45000020" + "00000000" + "4011" + "0000" + "0a000001" + "0a000002"
            + "1f90" + "0035" + "000c0000");
    List<PacketHeaders.Field> f = PacketHeaders.decode(p);
    assertEquals("ff:ff:ff:ff:ff:ff", f.get(0).value());
    assertEquals("02:00:00:00:00:01", f.get(1).value());
    assertEquals("0x0800 (IPv4)", f.get(2).value());
    assertTrue(f.stream().anyMatch(x -> x.header().equals("IPv4") && x.value().equals("10.0.0.2")));
    assertTrue(f.stream().anyMatch(x -> x.name().equals("protocol") && x.value().equals("17 (UDP)")));
    assertTrue(f.stream().anyMatch(x -> x.name().equals("destination port") && x.value().equals("53")));
  }

  @Test
  void aShortPacketSaysSoInsteadOfFailing() {
    List<PacketHeaders.Field> f = PacketHeaders.decode(new byte[5]);
    assertEquals(1, f.size());
    assertTrue(f.get(0).value().contains("5 bytes"));
  }

  @Test
  void hexDumpRowsHaveOffsetsBytesAndText() {
    byte[] data = "Hello, Vigor! 0123456789".getBytes();
    String[] rows = HexDump.format(data).split("\n");
    assertEquals(2, rows.length);
    assertTrue(rows[0].startsWith("0000  48 65 6c 6c"), rows[0]);
    assertTrue(rows[0].endsWith("|Hello, Vigor! 01|"), rows[0]);
    assertTrue(rows[1].startsWith("0010  "), rows[1]);
  }

  @Test
  void sourceReferencesReadFromStepsAndSpecLines() {
    SourceRef step = SourceRef.parse("bridge.c:117:3: return").orElseThrow();
    assertEquals("bridge.c", step.file());
    assertEquals(117, step.line());
    assertEquals("return", step.rest());
    assertEquals(Path.of("/nf/bridge.c"), step.resolveIn(Path.of("/nf")));
    SourceRef spec = SourceRef.parse("/w/bridge/props/p.py:7:5").orElseThrow();
    assertEquals(7, spec.line());
    assertEquals(Path.of("/w/bridge/props/p.py"), spec.resolveIn(Path.of("/nf")));
    assertTrue(SourceRef.parse("(end of spec)").isEmpty());
  }
}
