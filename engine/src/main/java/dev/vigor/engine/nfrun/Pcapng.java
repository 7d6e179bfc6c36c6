package dev.vigor.engine.nfrun;

import dev.vigor.engine.report.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * pcapng as {@code vigor run} reads and writes it: one section, interface i is the NF's device i
 * (named {@code dev<i>}, Ethernet, nanosecond timestamps), one enhanced packet block per packet.
 * Reading also accepts classic pcap (every packet then on device 0) and other timestamp
 * resolutions that are powers of ten.
 */
public final class Pcapng {
  private static final int SHB = 0x0A0D0D0A;
  private static final int IDB = 1;
  private static final int EPB = 6;

  private Pcapng() {}

  /** The file's bytes: a section header, deviceCount interfaces, then the packets in order. */
  public static byte[] bytes(List<CapturedPacket> packets, int deviceCount) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(le(28).putInt(SHB).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1)
        .putShort((short) 0).putLong(-1L).putInt(28).array());
    for (int d = 0; d < deviceCount; d++) {
      byte[] name = ("dev" + d).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      int padded = (name.length + 3) & ~3;
      int total = 16 + 4 + padded + 8 + 4 + 4; // head, if_name, if_tsresol, end, length
      ByteBuffer b = le(total).putInt(IDB).putInt(total).putShort((short) 1).putShort((short) 0)
          .putInt(65535).putShort((short) 2).putShort((short) name.length).put(name);
      b.position(b.position() + padded - name.length);
      b.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]).putInt(0)
          .putInt(total);
      out.writeBytes(b.array());
    }
    for (CapturedPacket p : packets) {
      byte[] data = p.bytes();
      int padded = (data.length + 3) & ~3;
      int total = 32 + padded;
      ByteBuffer b = le(total).putInt(EPB).putInt(total).putInt(p.device())
          .putInt((int) (p.timeNs() >>> 32)).putInt((int) p.timeNs()).putInt(data.length)
          .putInt(data.length).put(data);
      b.position(b.position() + padded - data.length);
      b.putInt(total);
      out.writeBytes(b.array());
    }
    return out.toByteArray();
  }

  /** Writes {@link #bytes} to file atomically. */
  public static void write(Path file, List<CapturedPacket> packets, int deviceCount)
      throws IOException {
    AtomicFiles.write(file, bytes(packets, deviceCount));
  }

  /** The packets of a pcapng or classic pcap file; IllegalArgumentException when it is neither. */
  public static List<CapturedPacket> read(byte[] file) {
    if (file.length < 4) {
      throw new IllegalArgumentException("not a pcap or pcapng file (too short)");
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic == SHB) {
      return readPcapng(b);
    }
    return readClassic(b, magic);
  }

  private static List<CapturedPacket> readPcapng(ByteBuffer b) {
    List<CapturedPacket> out = new ArrayList<>();
    List<Long> unitNs = new ArrayList<>();
    while (b.remaining() >= 12) {
      int start = b.position();
      int type = b.getInt(start);
      if (type == SHB) {
        b.order(b.getInt(start + 8) == 0x1A2B3C4D ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        unitNs.clear();
      }
      int total = b.getInt(start + 4);
      if (total < 12 || total % 4 != 0 || total > b.limit() - start) {
        throw new IllegalArgumentException("a pcapng block has a bad length at byte " + start);
      }
      if (type == IDB) {
        unitNs.add(unit(b, start + 16, start + total - 4));
      } else if (type == EPB) {
        int iface = b.getInt(start + 8);
        long ts = (Integer.toUnsignedLong(b.getInt(start + 12)) << 32)
            | Integer.toUnsignedLong(b.getInt(start + 16));
        int caplen = b.getInt(start + 20);
        if (iface < 0 || iface >= unitNs.size() || caplen < 0 || caplen > total - 32) {
          throw new IllegalArgumentException("a pcapng packet block is malformed at byte " + start);
        }
        byte[] data = new byte[caplen];
        b.get(start + 28, data);
        out.add(new CapturedPacket(iface, ts * unitNs.get(iface), data));
      }
      b.position(start + total);
    }
    return out;
  }

  /** ns per timestamp unit from an interface's options (if_tsresol; default microseconds). */
  private static long unit(ByteBuffer b, int at, int end) {
    while (at + 4 <= end) {
      int code = Short.toUnsignedInt(b.getShort(at));
      int len = Short.toUnsignedInt(b.getShort(at + 2));
      if (code == 0) {
        break;
      }
      if (code == 9 && len >= 1) {
        int r = b.get(at + 4);
        if (r < 0 || r > 9) {
          throw new IllegalArgumentException("timestamp resolution other than 10^-0..10^-9 s");
        }
        return (long) Math.pow(10, 9 - r);
      }
      at += 4 + ((len + 3) & ~3);
    }
    return 1000;
  }

  private static List<CapturedPacket> readClassic(ByteBuffer b, int magic) {
    boolean nanos;
    if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
      nanos = magic == 0xa1b23c4d;
    } else if (Integer.reverseBytes(magic) == 0xa1b2c3d4
        || Integer.reverseBytes(magic) == 0xa1b23c4d) {
      nanos = Integer.reverseBytes(magic) == 0xa1b23c4d;
      b.order(ByteOrder.BIG_ENDIAN);
    } else {
      throw new IllegalArgumentException("not a pcap or pcapng file (unknown magic number)");
    }
    List<CapturedPacket> out = new ArrayList<>();
    b.position(24);
    while (b.remaining() >= 16) {
      long sec = Integer.toUnsignedLong(b.getInt());
      long frac = Integer.toUnsignedLong(b.getInt());
      int caplen = b.getInt();
      b.getInt();
      if (caplen < 0 || caplen > b.remaining()) {
        throw new IllegalArgumentException("a pcap record runs past the end of the file");
      }
      byte[] data = new byte[caplen];
      b.get(data);
      out.add(new CapturedPacket(0, sec * 1_000_000_000L + frac * (nanos ? 1 : 1000), data));
    }
    return out;
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
