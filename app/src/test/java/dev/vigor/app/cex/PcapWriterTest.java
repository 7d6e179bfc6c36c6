package dev.vigor.app.cex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pcap file reads back as libpcap 2.4, link type Ethernet, holding exactly the packet. */
class PcapWriterTest {
  @Test
  void headerAndRecordReadBack(@TempDir Path dir) throws Exception {
    byte[] packet = new byte[60];
    for (int i = 0; i < packet.length; i++) {
      packet[i] = (byte) (i * 7);
    }
    Path file = dir.resolve("cex.pcap");
    PcapWriter.write(file, packet);

    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(24 + 16 + 60, b.capacity());
    assertEquals(0xa1b2c3d4, b.getInt(0), "magic");
    assertEquals(2, b.getShort(4), "major version");
    assertEquals(4, b.getShort(6), "minor version");
    assertEquals(65535, b.getInt(16), "snaplen");
    assertEquals(1, b.getInt(20), "LINKTYPE_ETHERNET");
    assertEquals(60, b.getInt(24 + 8), "captured length");
    assertEquals(60, b.getInt(24 + 12), "original length");
    assertArrayEquals(packet, Arrays.copyOfRange(b.array(), 40, 100));
  }
}
