package dev.vigor.engine.nfrun;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What the binary's check mode reports per packet (nfos/io/linux/backend.c writes it): the input
 * device, time and bytes, the verdict and the buffer as nf_process left it.
 */
public record CheckRecord(int device, long timeNs, byte[] input, int verdict, byte[] output) {
  /**
   * The next record of a check stream; empty at its clean end; an IOException when the stream
   * ends inside a record (the binary died mid-packet).
   */
  public static Optional<CheckRecord> read(DataInputStream in) throws IOException {
    int b0 = in.read();
    if (b0 < 0) {
      return Optional.empty();
    }
    try {
      int device = b0 | in.readUnsignedByte() << 8;
      int inLength = le16(in);
      long time = Long.reverseBytes(in.readLong());
      byte[] input = in.readNBytes(inLength);
      int verdict = Integer.reverseBytes(in.readInt());
      int outLength = le16(in);
      byte[] output = in.readNBytes(outLength);
      if (input.length != inLength || output.length != outLength) {
        throw new EOFException();
      }
      return Optional.of(new CheckRecord(device, time, input, verdict, output));
    } catch (EOFException e) {
      throw new IOException("the binary's check stream ends inside a packet's record");
    }
  }

  private static int le16(InputStream in) throws IOException {
    int lo = in.read();
    int hi = in.read();
    if ((lo | hi) < 0) {
      throw new EOFException();
    }
    return lo | hi << 8;
  }
}
