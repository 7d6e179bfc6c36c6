package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pcapng vigor run writes: well-formed blocks, devices as interfaces, ns timestamps. */
class PcapngTest {
  @Test
  void everyBlockEndsWithItsOwnLengthAndPacketsRoundTrip() {
    List<CapturedPacket> packets = List.of(new CapturedPacket(1, 1_700_000_000_123_456_789L,
        new byte[] {1, 2, 3, 4, 5}), new CapturedPacket(0, 1_700_000_001_000_000_000L, new byte[60]));
    byte[] file = Pcapng.bytes(packets, 3);
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int blocks = 0;
    for (int at = 0; at < file.length; at += b.getInt(at + 4)) {
      assertEquals(b.getInt(at + 4), b.getInt(at + b.getInt(at + 4) - 4), "block at " + at);
      blocks++;
    }
    assertEquals(1 + 3 + 2, blocks, "section, one interface per device, the packets");
    List<CapturedPacket> back = Pcapng.read(file);
    assertEquals(2, back.size());
    assertEquals(1, back.get(0).device());
    assertEquals(1_700_000_000_123_456_789L, back.get(0).timeNs());
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, back.get(0).bytes());
  }

  @Test
  void classicPcapPacketsAreOnDeviceZero() {
    byte[] file = dev.vigor.engine.report.PcapFile.bytes(List.of(new byte[] {9, 9}));
    List<CapturedPacket> back = Pcapng.read(file);
    assertEquals(0, back.get(0).device());
    assertArrayEquals(new byte[] {9, 9}, back.get(0).bytes());
  }

  @Test
  void otherFilesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Pcapng.read("not a capture".getBytes()));
  }
}
