package dev.vigor.engine.spec.ir;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A packet header type a spec can pop and build, with its canonical (Vigor) field names in wire
 * order and the alias spellings the dialect accepts for some of them.
 */
public enum HeaderType {
  ETHER("ether", List.of("saddr", "daddr", "type"), Map.of("src", "saddr", "dst", "daddr")),
  IPV4(
      "ipv4",
      List.of("vihl", "tos", "len", "pid", "foff", "ttl", "npid", "cksum", "saddr", "daddr"),
      Map.of("protocol", "npid", "src", "saddr", "dst", "daddr")),
  // cksum: the TCP or UDP checksum (sugar), so an outcome can say it changed (cksum=...); a header
  // built without a base may leave it out, and the output then keeps the received checksum
  TCPUDP("tcpudp", List.of("src_port", "dst_port", "cksum"), Map.of()),
  TCP("tcp", List.of("src_port", "dst_port", "seq", "ack", "flags", "cksum"), Map.of()),
  UDP("udp", List.of("src_port", "dst_port", "len", "cksum"), Map.of());

  /** A field's place within its header: byte offset and width in bytes (big-endian on the wire). */
  public record FieldSpot(int offset, int width) {}

  // RFC layouts, as vigor/packet.h's structs.
  private static final Map<HeaderType, Map<String, FieldSpot>> SPOTS = Map.of(
      ETHER, Map.of(
          "daddr", new FieldSpot(0, 6), "saddr", new FieldSpot(6, 6), "type", new FieldSpot(12, 2)),
      IPV4, Map.of(
          "vihl", new FieldSpot(0, 1), "tos", new FieldSpot(1, 1), "len", new FieldSpot(2, 2),
          "pid", new FieldSpot(4, 2), "foff", new FieldSpot(6, 2), "ttl", new FieldSpot(8, 1),
          "npid", new FieldSpot(9, 1), "cksum", new FieldSpot(10, 2),
          "saddr", new FieldSpot(12, 4), "daddr", new FieldSpot(16, 4)),
      // tcpudp's cksum lies where the protocol has it (specexec.HeaderTable knows where)
      TCPUDP, Map.of("src_port", new FieldSpot(0, 2), "dst_port", new FieldSpot(2, 2)),
      // data_off is byte 12; the flags byte is 13 (struct tcp_hdr's tcp_flags).
      TCP, Map.of(
          "src_port", new FieldSpot(0, 2), "dst_port", new FieldSpot(2, 2),
          "seq", new FieldSpot(4, 4), "ack", new FieldSpot(8, 4), "flags", new FieldSpot(13, 1),
          "cksum", new FieldSpot(16, 2)),
      UDP, Map.of(
          "src_port", new FieldSpot(0, 2), "dst_port", new FieldSpot(2, 2),
          "len", new FieldSpot(4, 2), "cksum", new FieldSpot(6, 2)));

  private final String specName;
  private final List<String> fields;
  private final Map<String, String> aliases;

  HeaderType(String specName, List<String> fields, Map<String, String> aliases) {
    this.specName = specName;
    this.fields = fields;
    this.aliases = aliases;
  }

  /** The name a spec writes, e.g. {@code ipv4}. */
  public String specName() {
    return specName;
  }

  /** The name with its article, for messages: "an ether header", "a tcp header". */
  public String withArticle() {
    return (specName.startsWith("e") || specName.startsWith("i") ? "an " : "a ") + specName;
  }

  /**
   * Whether a header built without a base may leave {@code field} out: only the TCP/UDP
   * checksum, which Vigor's dialect has no name for (the output then keeps the received bytes).
   */
  public boolean mayOmit(String field) {
    return field.equals("cksum") && this != IPV4;
  }

  /** Where a field (canonical name) lies in this header; empty for tcpudp's cksum, which moves. */
  public Optional<FieldSpot> spot(String field) {
    return Optional.ofNullable(SPOTS.get(this).get(field));
  }

  /** Canonical field names, outermost byte first. */
  public List<String> fields() {
    return fields;
  }

  /** The canonical name of a field spelled {@code name} (canonical or alias), if it is one. */
  public Optional<String> canonicalField(String name) {
    if (fields.contains(name)) {
      return Optional.of(name);
    }
    return Optional.ofNullable(aliases.get(name));
  }

  /** Every spelling accepted for a field: canonical names and aliases. */
  public List<String> spellings() {
    List<String> all = new java.util.ArrayList<>(fields);
    all.addAll(new java.util.TreeSet<>(aliases.keySet()));
    return all;
  }

  /** Every spelling accepted for fields, for messages. */
  public String describeFields() {
    StringBuilder b = new StringBuilder();
    for (String f : fields) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(f);
      aliases.forEach(
          (alias, canonical) -> {
            if (canonical.equals(f)) {
              b.append(" (").append(alias).append(")");
            }
          });
    }
    return b.toString();
  }

  /** The header type a spec calls {@code name}. */
  public static Optional<HeaderType> bySpecName(String name) {
    for (HeaderType t : values()) {
      if (t.specName.equals(name)) {
        return Optional.of(t);
      }
    }
    // early Vigor specs spelled headers as DPDK does (rte_ether)
    return name.startsWith("rte_") ? bySpecName(name.substring(4)) : Optional.empty();
  }

  /** All spec names, for messages. */
  public static String allSpecNames() {
    StringBuilder b = new StringBuilder();
    for (HeaderType t : values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(t.specName);
    }
    return b.toString();
  }
}
