package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bridge spec run concretely: learning, ageing, static entries, and agreement with NF outcomes. */
class BridgeConcreteTest {
  static final long SEC = 1_000_000_000L;
  static final long MAC_A = 0x020000000aaaL;
  static final long MAC_B = 0x020000000bbbL;
  static CatalogSpec bridge;

  @BeforeAll
  static void load() throws Exception {
    bridge = CatalogSpec.load("bridge");
  }

  static byte[] frame(long dst, long src) {
    return HexFormat.of().parseHex(String.format("%012x%012x0800", dst, src) + "00".repeat(46));
  }

  static Bits mac(long m) {
    return new Bits(BigInteger.valueOf(m), 48);
  }

  static Map<String, AbstractState> states(AbstractState.Emap macs, AbstractState.Vector ports) {
    return Map.of("dyn_macs", macs, "dyn_ports", ports,
        "static_macs", new AbstractState.MapState(64, Map.of()));
  }

  static ConcreteSpecResult run(byte[] frame, int length, int port, long now,
      Map<String, AbstractState> states) {
    return new ConcreteSpecInterpreter(bridge.spec(), bridge.shapes(), bridge.layouts()).run(
        new ConcreteSpecInputs(frame, length, port, now, 5, now, Map.of(), 2, Optional.empty(),
            states));
  }

  @Test
  void unknownDestinationIsBroadcastAndTheSourceIsLearned() {
    AbstractState.Emap macs = AbstractState.Emap.empty(65536);
    AbstractState.Vector ports = new AbstractState.Vector(65536, 16, Map.of());
    byte[] f = frame(MAC_B, MAC_A);
    ConcreteSpecResult r = run(f, f.length, 1, 1000 * SEC, states(macs, ports));
    SpecOutcome.Sent<BigInteger> sent = assertInstanceOf(SpecOutcome.Sent.class, r.outcome());
    assertInstanceOf(SpecOutcome.Broadcast.class, sent.ports());
    assertEquals(macs.add(mac(MAC_A), 5, 1000 * SEC), r.finalStates().get("dyn_macs"));
    assertEquals(ports.set(5, new Bits(BigInteger.valueOf(0x0100), 16)),
        r.finalStates().get("dyn_ports"));
    assertEquals(37, r.decidingLocation().orElseThrow().line(), "the BROADCAST return");
    assertTrue(r.brokenSideConditions().isEmpty());

    // FLOOD agrees with BROADCAST; sending to one device does not (two devices: the other one does).
    ConcreteSpecInputs in = ConcreteAgreement.packetOnly(f, f.length, 1, 2);
    assertTrue(ConcreteAgreement.agrees(in, r.outcome(), new NfOutcome.Flood<>(), f, f.length));
    assertTrue(ConcreteAgreement.agrees(in, r.outcome(), new NfOutcome.Device<>(BigInteger.ZERO),
        f, f.length));
    assertFalse(ConcreteAgreement.agrees(in, r.outcome(), new NfOutcome.Device<>(BigInteger.ONE),
        f, f.length));
    assertFalse(ConcreteAgreement.agrees(in, r.outcome(), new NfOutcome.Drop<>(), f, f.length));
    byte[] changed = f.clone();
    changed[20] = 1;
    assertFalse(ConcreteAgreement.agrees(in, r.outcome(), new NfOutcome.Flood<>(), changed,
        f.length), "the frame must leave unchanged");
  }

  @Test
  void knownDestinationOnTheInputPortIsDroppedAndStaleEntriesAge() {
    long now = 1000 * SEC;
    AbstractState.Emap macs = AbstractState.Emap.empty(65536)
        .add(mac(MAC_B), 2, now - 10 * SEC)
        .add(mac(MAC_A), 7, now - 400 * SEC);
    AbstractState.Vector ports = new AbstractState.Vector(65536, 16, Map.of())
        .set(2, new Bits(BigInteger.ZERO, 16));
    byte[] f = frame(MAC_B, MAC_A);
    ConcreteSpecResult r = run(f, f.length, 0, now, states(macs, ports));
    SpecOutcome.Sent<BigInteger> sent = assertInstanceOf(SpecOutcome.Sent.class, r.outcome());
    assertTrue(sent.isDrop(), "B was learned on port 0, where the frame came from");
    // A aged out (400 s > 300 s) and was learned again at the allocated index.
    assertEquals(AbstractState.Emap.empty(65536).add(mac(MAC_B), 2, now - 10 * SEC)
        .add(mac(MAC_A), 5, now), r.finalStates().get("dyn_macs"));

    ConcreteSpecResult fromOne = run(f, f.length, 1, now, states(macs, ports));
    SpecOutcome.Sent<BigInteger> forward = assertInstanceOf(SpecOutcome.Sent.class,
        fromOne.outcome());
    assertEquals(List.of(Optional.of(BigInteger.ZERO)),
        ((SpecOutcome.PortList<BigInteger>) forward.ports()).ports());
  }

  @Test
  void shortFrameIsDroppedWithoutStateChange() {
    AbstractState.Emap macs = AbstractState.Emap.empty(65536).add(mac(MAC_B), 2, 0);
    AbstractState.Vector ports = new AbstractState.Vector(65536, 16, Map.of());
    byte[] f = frame(MAC_B, MAC_A);
    ConcreteSpecResult r = run(f, 13, 0, 1000 * SEC, states(macs, ports));
    SpecOutcome.Sent<BigInteger> sent = assertInstanceOf(SpecOutcome.Sent.class, r.outcome());
    assertTrue(sent.mismatch() && sent.isDrop());
    assertEquals(states(macs, ports), r.finalStates());
    assertEquals(8, r.decidingLocation().orElseThrow().line(), "the pop_header");
  }
}
