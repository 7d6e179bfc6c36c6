package dev.vigor.app.cex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a packet as a classic libpcap file (little-endian, microsecond timestamps, link type
 * Ethernet), so Wireshark or tcpdump can open a counterexample's input.
 */
public final class PcapWriter {
  /** The libpcap magic number, microsecond resolution. */
  public static final int MAGIC = 0xa1b2c3d4;
  /** LINKTYPE_ETHERNET. */
  public static final int LINKTYPE_ETHERNET = 1;
  private static final int SNAPLEN = 65535;

  private PcapWriter() {}

  /** The file's bytes: the global header, then one record holding packet at timestamp 0. */
  public static byte[] bytes(byte[] packet) {
    ByteBuffer b = ByteBuffer.allocate(24 + 16 + packet.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putShort((short) 2).putShort((short) 4) // version 2.4
        .putInt(0).putInt(0) // GMT offset, timestamp accuracy
        .putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
    b.putInt(0).putInt(0) // seconds, microseconds
        .putInt(packet.length).putInt(packet.length) // captured, original length
        .put(packet);
    return b.array();
  }

  /** Writes {@link #bytes(byte[])} to file. */
  public static void write(Path file, byte[] packet) throws IOException {
    Files.write(file, bytes(packet));
  }
}
