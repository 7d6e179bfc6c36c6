package dev.vigor.engine.readable;

import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.specexec.ConcreteDomain;
import dev.vigor.engine.specexec.ConcreteSpecInputs;
import dev.vigor.engine.specexec.HeaderTable;
import dev.vigor.engine.specexec.PacketAccess;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HeaderTable}'s rules on one concrete packet: which headers it carries, where they start,
 * and which rule a missing one broke. Only the table's rules decide; nothing here restates them.
 */
final class ConcreteHeaders {
  private final ConcreteDomain domain;
  private final PacketAccess<BigInteger> packet;

  ConcreteHeaders(byte[] bytes, int length) {
    // The header rules read only the packet: the other inputs are placeholders.
    this.domain = new ConcreteDomain(new ConcreteSpecInputs(bytes, length, 0, 0, 0, 0, Map.of(), 1,
        Optional.empty(), Map.of()), Map.of());
    this.packet = ConcreteDomain.packetAccess(bytes, length);
  }

  boolean carries(HeaderType type) {
    return HeaderTable.valid(domain, packet, type);
  }

  int start(HeaderType type) {
    return HeaderTable.start(domain, packet, type).intValue();
  }

  BigInteger field(HeaderType type, String field) {
    return HeaderTable.field(domain, packet, type, field);
  }

  /** The first rule for a {@code type} header this packet breaks, if any. */
  Optional<HeaderTable.Rule<BigInteger, Boolean>> broken(HeaderType type) {
    List<HeaderTable.Rule<BigInteger, Boolean>> rules = HeaderTable.rules(domain, packet, type);
    return rules.stream().filter(r -> !r.holds()).findFirst();
  }
}
