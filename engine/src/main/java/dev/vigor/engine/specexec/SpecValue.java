package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.HeaderType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A value a spec walk computes, in a domain's integers {@code I}, truths {@code B} and bits {@code W}. */
public sealed interface SpecValue<I, B, W> {
  /** A number. */
  record Num<I, B, W>(I value) implements SpecValue<I, B, W> {}

  /** A truth value. */
  record Truth<I, B, W>(B value) implements SpecValue<I, B, W> {}

  /** {@code ...}. */
  record Any<I, B, W>() implements SpecValue<I, B, W> {}

  /** {@code pkt}: the packet as received. */
  record Packet<I, B, W>() implements SpecValue<I, B, W> {}

  /** {@code sent_on_ports}: membership, or equality with a list of ports, can be asked of it. */
  record SentPorts<I, B, W>() implements SpecValue<I, B, W> {}

  /** A list literal. */
  record ListOf<I, B, W>(List<SpecValue<I, B, W>> elements) implements SpecValue<I, B, W> {
    public ListOf {
      elements = List.copyOf(elements);
    }
  }

  /** A header: each canonical field's value, or empty for {@code ...}. */
  record Header<I, B, W>(HeaderType type, Map<String, Optional<I>> fields)
      implements SpecValue<I, B, W> {
    public Header {
      fields = Map.copyOf(fields);
    }
  }

  /** A record built by the spec, {@code T(a, b)}: field values in declaration order. */
  record Record<I, B, W>(String type, List<I> fields) implements SpecValue<I, B, W> {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** A record read from state: the C struct's bytes, decoded field by field when read. */
  record StoredRecord<I, B, W>(ValueLayout.StructLayout layout, W bits) implements SpecValue<I, B, W> {}

  /** A state object itself. */
  record StateObject<I, B, W>(String name) implements SpecValue<I, B, W> {}
}
