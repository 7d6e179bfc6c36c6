package dev.vigor.engine.specexec;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/** {@link Agreement} on concrete values: replay's "the NF's outcome agrees with the spec's". */
public final class ConcreteAgreement {
  private ConcreteAgreement() {}

  /**
   * Whether the NF's outcome, sending {@code out} ({@code outLength} bytes), agrees with the spec's
   * outcome for {@code inputs}.
   */
  public static boolean agrees(ConcreteSpecInputs inputs, SpecOutcome<BigInteger> spec,
      NfOutcome<BigInteger> nf, byte[] out, int outLength) {
    ConcreteDomain d = new ConcreteDomain(inputs, Map.of());
    int bound = Math.max(inputs.length(), outLength);
    return Agreement.agrees(d, spec, nf, BigInteger.valueOf(inputs.receivedOnPort()), d.packet(),
        ConcreteDomain.packetAccess(out, outLength), bound);
  }

  /**
   * For a spec outcome that lists headers, the first way the output is not what it says, in
   * words: a missing header, a field without the spec's value, or a byte the spec does not name
   * that is not the received one (a field it leaves out, a byte past its last header, the
   * payload), or the length. Empty when the headers agree (or the outcome lists none), and when
   * the NF or the spec sends nothing: then there is no packet to compare, the outcomes differ.
   */
  public static Optional<String> headerDifference(ConcreteSpecInputs inputs,
      SpecOutcome<BigInteger> spec, NfOutcome<BigInteger> nf, byte[] out, int outLength) {
    if (nf instanceof NfOutcome.Drop<BigInteger> || !(spec instanceof SpecOutcome.Sent<BigInteger> sent)
        || sent.isDrop() || !(sent.headers() instanceof SpecOutcome.Stack<BigInteger> stack)) {
      return Optional.empty();
    }
    if (outLength != inputs.length()) {
      return Optional.of("the packet is " + outLength + " bytes long, received " + inputs.length()
          + ": the spec does not change the length");
    }
    ConcreteDomain d = new ConcreteDomain(inputs, Map.of());
    PacketAccess<BigInteger> in = d.packet();
    PacketAccess<BigInteger> o = ConcreteDomain.packetAccess(out, outLength);
    for (SpecOutcome.HeaderOut<BigInteger> h : stack.headers()) {
      if (!HeaderTable.valid(d, o, h.type())) {
        return Optional.of("the packet sent carries no valid " + h.type().specName() + " header");
      }
      for (Map.Entry<String, Optional<BigInteger>> f : h.fields().entrySet()) {
        BigInteger v = HeaderTable.field(d, o, h.type(), f.getKey());
        if (f.getValue().isPresent() && !f.getValue().get().equals(v)) {
          return Optional.of(h.type().specName() + " " + f.getKey() + " is "
              + ByteNames.value(h.type(), f.getKey(), v) + ", the spec requires "
              + ByteNames.value(h.type(), f.getKey(), f.getValue().get()));
        }
      }
    }
    for (int at = 0; at < inputs.length(); at++) {
      BigInteger i = BigInteger.valueOf(at);
      if (!in.byteAt(i).equals(o.byteAt(i)) && !Agreement.named(d, o, stack.headers(), i)) {
        return Optional.of(String.format("byte %d (%s) is 0x%02x, received 0x%02x, and the spec"
            + " does not name it (give the field ... if the NF may change it)", at,
            ByteNames.of(inputs.packet(), inputs.length(), at), o.byteAt(i), in.byteAt(i)));
      }
    }
    return Optional.empty();
  }

  /** Concrete inputs with only what agreement reads: the packet, port and device count. */
  public static ConcreteSpecInputs packetOnly(byte[] packet, int length, int port, int devices) {
    return new ConcreteSpecInputs(packet, length, port, 0, 0, 0, Map.of(), devices,
        Optional.empty(), Map.of());
  }
}
