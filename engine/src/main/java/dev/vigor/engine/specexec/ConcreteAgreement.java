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

  /** Concrete inputs with only what agreement reads: the packet, port and device count. */
  public static ConcreteSpecInputs packetOnly(byte[] packet, int length, int port, int devices) {
    return new ConcreteSpecInputs(packet, length, port, 0, 0, 0, Map.of(), devices,
        Optional.empty(), Map.of());
  }
}
