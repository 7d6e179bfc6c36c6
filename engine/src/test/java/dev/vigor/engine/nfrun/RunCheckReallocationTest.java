package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigor run --check} binds the spec's the_index_allocated to the index the NF's emap_add
 * returned, also when an entry expires and its key comes back at the very same index on one
 * packet (nothing in the tables looks new then). Found by a per-source limiter whose second
 * source expired while the first stayed.
 */
class RunCheckReallocationTest {
  static final Path SRCLIMIT = Path.of("src/test/resources/validate/srclimit");
  static final long SECOND = 1_000_000_000L;
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  /** A 60-byte UDP/IPv4 frame from src to 10.0.0.1, port 5000. */
  private static byte[] udpFrom(int src) {
    ByteBuffer b = ByteBuffer.allocate(60);
    b.put(new byte[] {2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2}).putShort((short) 0x0800);
    b.put((byte) 0x45).put((byte) 0).putShort((short) 46).putInt(0).put((byte) 64)
        .put((byte) 17).putShort((short) 0).putInt(src).putInt(0x0A000001);
    b.putShort((short) 1234).putShort((short) 5000).putShort((short) 26).putShort((short) 0);
    return b.array();
  }

  @Test
  void aSourceThatExpiredAndCameBackAtItsOwnIndexAgrees() throws Exception {
    int c = 0x0A0A0A0C;
    int a = 0x0A0A0A0A;
    int bee = 0x0A0A0A0B;
    // c takes index 0, b index 1; c expires and a takes index 0; then b expires and is added
    // again at index 1, the lowest free one, with the same key
    List<CapturedPacket> packets = List.of(
        new CapturedPacket(1, 0, udpFrom(c)),
        new CapturedPacket(1, SECOND / 10, udpFrom(bee)),
        new CapturedPacket(1, SECOND + SECOND / 20, udpFrom(a)),
        new CapturedPacket(1, SECOND + 3 * SECOND / 20, udpFrom(bee)));
    Path in = tmp.resolve("in.pcapng");
    Pcapng.write(in, packets, 2);
    RunFixture.Cli r = RunFixture.run(SRCLIMIT.toString(), "--pcap", in.toString(), "--check");
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().contains("agreed   4 packets checked"), r.out());
  }
}
