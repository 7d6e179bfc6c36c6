package dev.vigor.engine.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * Packets as a classic libpcap file (little-endian, microsecond timestamps, link type Ethernet),
 * so Wireshark or tcpdump can open counterexample inputs. The model's arrival times do not fit
 * pcap's 32-bit seconds, so packet i is stamped i seconds after the epoch: the file keeps their
 * order, and each report names the packet's own time.
 */
public final class PcapFile {
  /** The libpcap magic number, microsecond resolution. */
  public static final int MAGIC = 0xa1b2c3d4;
  /** LINKTYPE_ETHERNET. */
  public static final int LINKTYPE_ETHERNET = 1;
  /** The largest packet a record holds whole. */
  public static final int SNAPLEN = 65535;

  private PcapFile() {}

  /** The file's bytes: the global header, then one record per packet, in order. */
  public static byte[] bytes(List<byte[]> packets) {
    int size = 24;
    for (byte[] p : packets) {
      size += 16 + Math.min(p.length, SNAPLEN);
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putShort((short) 2).putShort((short) 4) // version 2.4
        .putInt(0).putInt(0) // GMT offset, timestamp accuracy
        .putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
    for (int i = 0; i < packets.size(); i++) {
      byte[] p = packets.get(i);
      int captured = Math.min(p.length, SNAPLEN);
      b.putInt(i).putInt(0) // seconds, microseconds
          .putInt(captured).putInt(p.length) // captured, original length
          .put(p, 0, captured);
    }
    return b.array();
  }

  /** Writes {@link #bytes(List)} to {@code file} atomically, creating its folder if needed. */
  public static void write(Path file, List<byte[]> packets) throws IOException {
    AtomicFiles.write(file, bytes(packets));
  }

  /** The packets a file written by {@link #bytes(List)} holds (for tests and round trips). */
  public static List<byte[]> read(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (file.length < 24 || b.getInt(0) != MAGIC || b.getInt(20) != LINKTYPE_ETHERNET) {
      throw new IllegalArgumentException("not a little-endian Ethernet libpcap file");
    }
    List<byte[]> out = new java.util.ArrayList<>();
    b.position(24);
    while (b.remaining() >= 16) {
      b.getInt();
      b.getInt();
      int captured = b.getInt();
      b.getInt();
      if (captured < 0 || captured > b.remaining()) {
        throw new IllegalArgumentException("a record runs past the end of the file");
      }
      byte[] p = new byte[captured];
      b.get(p);
      out.add(p);
    }
    return out;
  }
}
