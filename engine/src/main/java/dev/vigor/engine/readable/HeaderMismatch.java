package dev.vigor.engine.readable;

import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.specexec.HeaderTable;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a packet carries no valid header of a type, in a sentence: the first of packet.h's rules
 * ({@link HeaderTable#rules}) it breaks, with the packet's value, e.g. "the packet has no ipv4
 * header: the ethertype is 0x86dd (IPv6), not 0x0800 (IPv4)".
 */
public final class HeaderMismatch {
  private HeaderMismatch() {}

  /** The reason, or empty when the packet does carry a valid {@code type} header. */
  public static Optional<String> explain(byte[] packet, int length, HeaderType type) {
    return new ConcreteHeaders(packet, length).broken(type).map(r ->
        "the packet has no " + type.specName() + " header: " + sentence(r));
  }

  private static String sentence(HeaderTable.Rule<BigInteger, Boolean> r) {
    String actual = number(r.actual(), r.hex());
    String bounds = r.bounds().stream().map(b -> number(b, r.hex()))
        .collect(Collectors.joining(" or "));
    String note = r.boundNote().isEmpty() ? "" : " (" + r.boundNote() + ")";
    return switch (r.relation()) {
      case ONE_OF -> r.subject() + " is " + actual + ", not " + bounds + note;
      case AT_LEAST -> r.subject() + " is " + actual + ", less than " + bounds + note;
    };
  }

  private static String number(BigInteger v, boolean hex) {
    return hex ? String.format("0x%04x", v.intValue()) : v.toString();
  }
}
