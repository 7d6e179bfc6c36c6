package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated traffic that fills tables: more new flows than a table holds, within one expiry time. */
class TrafficGeneratorTest {
  private static final long EXPIRY = 10_000_000_000L;

  private static TrafficGenerator nat() {
    return new TrafficGenerator(TrafficGenerator.forNf(3, Map.of("EXP_TIME", EXPIRY,
        "EXT_DEVICE", 2L), Map.of("ext_ip", 0xC0000201L, "start_port", 1024L), 50, 7));
  }

  @Test
  void theFloodSendsEachNewHostOnceOutAndOnceInWithinHalfAnExpiryTime() {
    int fill = 3000;
    List<CapturedPacket> p = nat().generate(10_000, fill);
    assertEquals(10_000, p.size());
    for (int i = 1; i < p.size(); i++) {
      assertTrue(p.get(i).timeNs() >= p.get(i - 1).timeNs(), "times never go back");
    }
    // new sources from inside in any window of half an expiry time: the flood's hosts
    Set<String> sources = new HashSet<>();
    long first = -1;
    long last = -1;
    Set<Integer> destinations = new HashSet<>();
    for (CapturedPacket c : p) {
      int ip = c.bytes().length >= 34 ? java.nio.ByteBuffer.wrap(c.bytes(), 26, 4).getInt() : 0;
      int dst = c.bytes().length >= 34 ? java.nio.ByteBuffer.wrap(c.bytes(), 30, 4).getInt() : 0;
      if (c.device() != 2 && ((ip >>> 16) == 0x0A02 || (ip >>> 16) == 0x0A03)) {
        String key = ip + ":" + java.nio.ByteBuffer.wrap(c.bytes(), 6, 6).getShort(4);
        sources.add(key);
        first = first < 0 ? c.timeNs() : first;
        last = c.timeNs();
      }
      if (c.device() == 2 && ((dst >>> 16) == 0x0A02 || (dst >>> 16) == 0x0A03)) {
        destinations.add(dst);
      }
    }
    assertEquals(fill, sources.size(), "each new host sends once, with its own MAC and address");
    assertEquals(fill, destinations.size(), "and gets one packet from outside");
    assertTrue(last - first <= EXPIRY / 2, "all within half an expiry time: " + (last - first));
  }

  @Test
  void aFloodLargerThanTheCaptureIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> nat().generate(100, 51));
    assertEquals(100, nat().generate(100, 50).size());
  }
}
