package dev.vigor.engine.exec;

import java.util.HexFormat;
import java.util.List;

/**
 * One concrete input for nf_process, read off a solver model: device, packet bytes (up to its
 * length), length, time, and the libVig objects' pre-state entries the path touched.
 */
public record ConcreteInput(int device, byte[] packet, int length, long now, List<ObjectState> objects,
    List<HashValue> hashes) {
  public ConcreteInput {
    packet = packet.clone();
    objects = List.copyOf(objects);
    hashes = List.copyOf(hashes);
  }

  /**
   * The input of nf_init, which runs before any packet: no device (-1), no packet, time 0, and
   * every table empty. A counterexample against an init spec carries it.
   */
  public static ConcreteInput beforeInit() {
    return new ConcreteInput(-1, new byte[0], 0, 0, List.of(), List.of());
  }

  /** Whether this is {@link #beforeInit()}: nf_init's run, not a packet's. */
  public boolean isBeforeInit() {
    return device < 0;
  }

  /**
   * The hash the model gave a record passed to {@code vig_hash}: symbolically the hash is an
   * uninterpreted function (as in specs), so a replay must use the model's values, not FNV-1a.
   */
  public record HashValue(byte[] data, int hash) {
    public HashValue {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public String toString() {
      return "vig_hash(" + HexFormat.of().formatHex(data) + ")=" + Integer.toUnsignedString(hash);
    }
  }

  @Override
  public byte[] packet() {
    return packet.clone();
  }

  /** The pre-state of one libVig object at the points the path touched. */
  public record ObjectState(String object, String kind, List<Entry> entries, boolean full) {
    public ObjectState {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One entry: emap (key, index, time), vector (index, value), map (key, value), dchain (index,
   * time). Unused parts are null / -1.
   */
  public record Entry(byte[] key, int index, long time, byte[] value) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      if (key != null) {
        s.append("key=").append(HexFormat.ofDelimiter(":").formatHex(key)).append(' ');
      }
      if (index >= 0) {
        s.append("index=").append(index).append(' ');
      }
      if (time != Long.MIN_VALUE) {
        s.append("time=").append(time).append(' ');
      }
      if (value != null) {
        s.append("value=").append(HexFormat.of().formatHex(value));
      }
      return s.toString().trim();
    }
  }

  /** A one-paragraph summary for the CLI. */
  public String summary() {
    if (isBeforeInit()) {
      return "nf_init, before any packet, every table empty (configuration from nf.properties)";
    }
    StringBuilder s = new StringBuilder();
    s.append("device=").append(device).append(" length=").append(length).append(" now=").append(now);
    s.append("\n    packet=").append(HexFormat.of().formatHex(packet, 0, Math.min(packet.length, 64)));
    if (packet.length > 64) {
      s.append("...");
    }
    for (ObjectState o : objects) {
      s.append("\n    ").append(o.object()).append(" (").append(o.kind()).append(o.full() ? ", full" : "").append("):");
      if (o.entries().isEmpty()) {
        s.append(" nothing stored at the keys/indices the path looks at");
      }
      for (Entry e : o.entries()) {
        s.append(" [").append(e).append(']');
      }
    }
    for (HashValue h : hashes) {
      s.append("\n    ").append(h);
    }
    return s.toString();
  }
}
