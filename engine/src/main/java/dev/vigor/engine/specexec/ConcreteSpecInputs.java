package dev.vigor.engine.specexec;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * The environment of a concrete spec run: the packet's bytes and length, the C inputs, config
 * values, the device count, what the NF did (for {@code sent_on_ports}, when known) and each
 * imported object's abstract state before the packet; and the hash values ({@code vig_hash} by
 * the record's bytes in hex) a replayed model chose.
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
    Map<String, AbstractState> states,
    Map<String, Integer> hashes) {
  public ConcreteSpecInputs {
    packet = packet.clone();
    config = Map.copyOf(config);
    states = Map.copyOf(states);
    hashes = Map.copyOf(hashes);
  }

  /** Inputs with no hash values given ({@code _T_hash} is libVig's vig_hash). */
  public ConcreteSpecInputs(byte[] packet, int length, int receivedOnPort, long now,
      int theIndexAllocated, long timeForAllocatedIndex, Map<String, BigInteger> config,
      int deviceCount, Optional<NfOutcome<BigInteger>> nfOutcome, Map<String, AbstractState> states) {
    this(packet, length, receivedOnPort, now, theIndexAllocated, timeForAllocatedIndex, config,
        deviceCount, nfOutcome, states, Map.of());
  }

  @Override
  public byte[] packet() {
    return packet.clone();
  }
}
