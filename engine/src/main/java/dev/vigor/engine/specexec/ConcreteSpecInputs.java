package dev.vigor.engine.specexec;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * The environment of a concrete spec run: the packet's bytes and length, the C inputs, config
 * values, the device count, what the NF did (for {@code sent_on_ports}, when known) and each
 * imported object's abstract state before the packet.
 */
public record ConcreteSpecInputs(
    byte[] packet,
    int length,
    int receivedOnPort,
    long now,
    int theIndexAllocated,
    long timeForAllocatedIndex,
    Map<String, BigInteger> config,
    int deviceCount,
    Optional<NfOutcome<BigInteger>> nfOutcome,
    Map<String, AbstractState> states) {
  public ConcreteSpecInputs {
    packet = packet.clone();
    config = Map.copyOf(config);
    states = Map.copyOf(states);
  }

  @Override
  public byte[] packet() {
    return packet.clone();
  }
}
