package dev.vigor.engine.spec.ir;

import java.util.Optional;

/** A value the environment gives the spec for the one packet it is about. */
public enum Input {
  /** Device the packet arrived on. */
  RECEIVED_ON_PORT("received_on_port", SpecType.INT),
  /** Arrival time in nanoseconds. */
  NOW("now", SpecType.INT),
  /** Total packet length in bytes. */
  PACKET_SIZE("packet_size", SpecType.INT),
  /** The packet as received, for {@code return port, pkt}. */
  PKT("pkt", SpecType.PACKET),
  /** The index the NF's allocator handed out on this path. */
  THE_INDEX_ALLOCATED("the_index_allocated", SpecType.INT),
  /** The timestamp recorded with the allocated index. */
  TIME_FOR_ALLOCATED_INDEX("time_for_allocated_index", SpecType.INT),
  /** The ports the NF actually sent on, for negative properties. */
  SENT_ON_PORTS("sent_on_ports", SpecType.listOf(SpecType.INT)),
  /** The headers the NF actually sent. */
  SENT_HEADERS("sent_headers", SpecType.listOf(SpecType.UNKNOWN)),
  /** Always true in one-packet semantics; kept for Vigor compatibility. */
  A_PACKET_RECEIVED("a_packet_received", SpecType.BOOL);

  private final String specName;
  private final SpecType type;

  Input(String specName, SpecType type) {
    this.specName = specName;
    this.type = type;
  }

  /** The name a spec writes. */
  public String specName() {
    return specName;
  }

  /** The type of the value. */
  public SpecType type() {
    return type;
  }

  /** The input a spec calls {@code name}. */
  public static Optional<Input> bySpecName(String name) {
    for (Input i : values()) {
      if (i.specName.equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
