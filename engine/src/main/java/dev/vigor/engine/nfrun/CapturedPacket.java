package dev.vigor.engine.nfrun;

/** One packet of a capture: the device it is on (pcapng interface), its time in ns, its bytes. */
public record CapturedPacket(int device, long timeNs, byte[] bytes) {
  public CapturedPacket {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
