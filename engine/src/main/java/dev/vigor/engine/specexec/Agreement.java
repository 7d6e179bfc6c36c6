package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.HeaderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When an NF's outcome agrees with a spec path's outcome, over any domain (so the validator's
 * query and replay's check are the same logic). Ports compare as sets: {@code FLOOD} sends on
 * every device but the input, {@code DROP} on none, a device on itself; {@code BROADCAST} is every
 * device but the input; a port list's {@code ...} is one port, any. Headers matter only when
 * something is sent: {@code pkt} means the output bytes equal the input bytes over the length; a
 * header stack means the output carries valid headers of those types (packet.h's rules) whose
 * fields equal the spec's, {@code ...} matching anything, and is the received packet everywhere
 * else. A path ending in {@code pass} or without a return agrees with every outcome (its final
 * state is still compared, elsewhere).
 */
public final class Agreement {
  private Agreement() {}

  /**
   * Whether {@code nf} with output packet {@code out} agrees with {@code spec}; {@code in} is the
   * received packet, {@code bytesBound} a bound on packet lengths (for "unchanged").
   */
  public static <I, B, W, S> B agrees(SpecDomain<I, B, W, S> d, SpecOutcome<I> spec,
      NfOutcome<I> nf, I received, PacketAccess<I> in, PacketAccess<I> out, int bytesBound) {
    if (!(spec instanceof SpecOutcome.Sent<I> sent)) {
      return d.truth(true);
    }
    B ports = ports(d, sent.ports(), nf, received);
    B somethingSent = d.lt(d.num(0), PortSets.size(d, nf, received));
    B headers = headers(d, sent.headers(), in, out, bytesBound);
    return d.and(List.of(ports, d.implies(somethingSent, headers)));
  }

  /** Whether the NF's port set equals the spec's. */
  public static <I, B, W, S> B ports(SpecDomain<I, B, W, S> d, SpecOutcome.Ports<I> spec,
      NfOutcome<I> nf, I received) {
    if (spec instanceof SpecOutcome.Broadcast<I>) {
      List<B> c = new ArrayList<>();
      for (I j : PortSets.devices(d)) {
        B inBroadcast = d.not(d.eq(j, received));
        B sent = PortSets.contains(d, nf, j, received);
        c.add(d.and(List.of(d.implies(inBroadcast, sent), d.implies(sent, inBroadcast))));
      }
      if (nf instanceof NfOutcome.Device<I> dev) {
        c.add(d.le(d.num(0), dev.device()));
        c.add(d.lt(dev.device(), d.num(d.deviceCount())));
      }
      return d.and(c);
    }
    List<Optional<I>> list = ((SpecOutcome.PortList<I>) spec).ports();
    List<I> explicit = list.stream().flatMap(Optional::stream).toList();
    List<B> c = new ArrayList<>();
    c.add(d.eq(PortSets.size(d, nf, received), d.num(list.size())));
    for (int a = 0; a < explicit.size(); a++) {
      c.add(PortSets.contains(d, nf, explicit.get(a), received));
      for (int b = a + 1; b < explicit.size(); b++) {
        c.add(d.not(d.eq(explicit.get(a), explicit.get(b))));
      }
    }
    return d.and(c);
  }

  /**
   * Whether the output packet carries the spec's headers: valid headers of those types, each
   * field the spec gives a value holding it, and every other byte (fields the spec does not
   * name, headers after the last one listed, the payload) and the length as received. Only a
   * field given {@code ...} may hold anything.
   */
  public static <I, B, W, S> B headers(SpecDomain<I, B, W, S> d, SpecOutcome.Headers<I> spec,
      PacketAccess<I> in, PacketAccess<I> out, int bytesBound) {
    if (spec instanceof SpecOutcome.Unchanged<I>) {
      return unchanged(d, in, out, bytesBound);
    }
    List<SpecOutcome.HeaderOut<I>> stack = changed(d, in, ((SpecOutcome.Stack<I>) spec).headers());
    List<B> c = new ArrayList<>();
    for (SpecOutcome.HeaderOut<I> h : stack) {
      c.add(HeaderTable.valid(d, out, h.type()));
      for (Map.Entry<String, Optional<I>> f : h.fields().entrySet()) {
        if (f.getValue().isPresent()) {
          c.add(d.eq(HeaderTable.field(d, out, h.type(), f.getKey()), f.getValue().get()));
        }
      }
    }
    c.add(d.eq(in.length(), out.length()));
    c.add(d.sameBytesExcept(in, out, bytesBound, at -> named(d, out, stack, at)));
    return d.and(c);
  }

  /** The fields that decide where (and whether) the headers after them lie. */
  private static final Map<HeaderType, List<String>> LAYOUT = Map.of(
      HeaderType.ETHER, List.of("type"), HeaderType.IPV4, List.of("vihl", "npid"));

  /**
   * The headers without the fields they keep at their received value (a base header's fields
   * the spec does not change), when the headers' places cannot move: such a field then asks
   * exactly that its bytes are the received ones, which the byte rule says already (and the
   * symbolic domain checks only where the NF stored, where a field comparison would read the
   * packet at computed places: slow for Z3).
   */
  static <I, B, W, S> List<SpecOutcome.HeaderOut<I>> changed(SpecDomain<I, B, W, S> d,
      PacketAccess<I> in, List<SpecOutcome.HeaderOut<I>> stack) {
    for (SpecOutcome.HeaderOut<I> h : stack) {
      for (String f : LAYOUT.getOrDefault(h.type(), List.of())) {
        if (h.fields().containsKey(f) && !kept(d, in, h, f)) {
          return stack;
        }
      }
    }
    List<SpecOutcome.HeaderOut<I>> out = new ArrayList<>();
    for (SpecOutcome.HeaderOut<I> h : stack) {
      Map<String, Optional<I>> fields = new java.util.LinkedHashMap<>(h.fields());
      fields.keySet().removeIf(f -> kept(d, in, h, f));
      out.add(new SpecOutcome.HeaderOut<>(h.type(), fields));
    }
    return out;
  }

  private static <I, B, W, S> boolean kept(SpecDomain<I, B, W, S> d, PacketAccess<I> in,
      SpecOutcome.HeaderOut<I> h, String field) {
    Optional<I> v = h.fields().get(field);
    return v != null && v.isPresent()
        && v.get().equals(HeaderTable.field(d, in, h.type(), field));
  }

  /** Whether byte {@code at} of the output lies in a field one of the headers names. */
  static <I, B, W, S> B named(SpecDomain<I, B, W, S> d, PacketAccess<I> out,
      List<SpecOutcome.HeaderOut<I>> stack, I at) {
    List<B> in = new ArrayList<>();
    for (SpecOutcome.HeaderOut<I> h : stack) {
      for (String f : h.fields().keySet()) {
        in.add(HeaderTable.covers(d, out, h.type(), f, at));
      }
    }
    return d.or(in);
  }

  /** The output's length and bytes equal the input's (bytes below {@code bytesBound}). */
  public static <I, B, W, S> B unchanged(SpecDomain<I, B, W, S> d, PacketAccess<I> in,
      PacketAccess<I> out, int bytesBound) {
    return d.and(List.of(d.eq(in.length(), out.length()), d.sameBytes(in, out, bytesBound)));
  }
}
