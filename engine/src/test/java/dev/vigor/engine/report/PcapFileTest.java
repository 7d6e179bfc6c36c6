package dev.vigor.engine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The libpcap layout Wireshark and tcpdump expect, several packets, and a round trip. */
class PcapFileTest {
  @Test
  void headerAndRecordsHaveTheLibpcapLayout() {
    byte[] a = {1, 2, 3};
    byte[] b = new byte[60];
    ByteBuffer f = ByteBuffer.wrap(PcapFile.bytes(List.of(a, b))).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(24 + 16 + 3 + 16 + 60, f.capacity());
    assertEquals(0xa1b2c3d4, f.getInt(0));
    assertEquals(2, f.getShort(4));
    assertEquals(4, f.getShort(6));
    assertEquals(65535, f.getInt(16));
    assertEquals(1, f.getInt(20)); // Ethernet
    assertEquals(0, f.getInt(24)); // first packet at 0 s
    assertEquals(3, f.getInt(32));
    assertEquals(3, f.getInt(36));
    assertEquals(1, f.getInt(24 + 16 + 3)); // second packet 1 s later
    assertEquals(60, f.getInt(24 + 16 + 3 + 8));
  }

  @Test
  void writtenPacketsReadBack(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("new/dir/x.pcap");
    List<byte[]> packets = List.of(new byte[] {9, 8, 7}, new byte[0], new byte[] {1});
    PcapFile.write(file, packets);
    List<byte[]> back = PcapFile.read(Files.readAllBytes(file));
    assertEquals(3, back.size());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(packets.get(i), back.get(i));
    }
    try (var s = Files.list(file.getParent())) {
      assertEquals(1, s.count(), "no temporary file left beside it");
    }
    assertThrows(IllegalArgumentException.class, () -> PcapFile.read(new byte[10]));
  }
}
