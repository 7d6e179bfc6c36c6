package dev.vigor.engine.specexec;

import java.util.ArrayList;
import java.util.List;

/**
 * The set of ports an NF outcome sends on, asked over a domain: membership and size. One
 * definition, used for {@code sent_on_ports} and for outcome agreement.
 */
public final class PortSets {
  private PortSets() {}

  /** Whether the NF's outcome sends on {@code port}. */
  public static <I, B, W, S> B contains(SpecDomain<I, B, W, S> d, NfOutcome<I> nf, I port,
      I received) {
    if (nf instanceof NfOutcome.Device<I> dev) {
      return d.eq(port, dev.device());
    }
    if (nf instanceof NfOutcome.Flood<I>) {
      return d.and(List.of(d.le(d.num(0), port), d.lt(port, d.num(d.deviceCount())),
          d.not(d.eq(port, received))));
    }
    return d.truth(false);
  }

  /** How many ports the NF's outcome sends on. */
  public static <I, B, W, S> I size(SpecDomain<I, B, W, S> d, NfOutcome<I> nf, I received) {
    if (nf instanceof NfOutcome.Device<I>) {
      return d.num(1);
    }
    if (nf instanceof NfOutcome.Flood<I>) {
      I n = d.num(0);
      for (int j = 0; j < d.deviceCount(); j++) {
        n = d.add(n, d.ite(d.eq(d.num(j), received), d.num(0), d.num(1)));
      }
      return n;
    }
    return d.num(0);
  }

  /**
   * Whether the NF's outcome sends on exactly the ports in {@code list} (as a set: order and
   * repeats do not matter): every listed port is sent on, and every port sent on is listed.
   */
  public static <I, B, W, S> B equalsList(SpecDomain<I, B, W, S> d, NfOutcome<I> nf, List<I> list,
      I received) {
    List<B> c = new ArrayList<>();
    for (I port : list) {
      c.add(contains(d, nf, port, received));
    }
    List<I> sent = nf instanceof NfOutcome.Device<I> dev ? List.of(dev.device())
        : nf instanceof NfOutcome.Flood<I> ? devices(d) : List.of();
    for (I port : sent) {
      List<B> listed = new ArrayList<>();
      for (I e : list) {
        listed.add(d.eq(port, e));
      }
      c.add(d.implies(contains(d, nf, port, received), d.or(listed)));
    }
    return d.and(c);
  }

  /** The devices 0..deviceCount-1 as domain numbers. */
  static <I, B, W, S> List<I> devices(SpecDomain<I, B, W, S> d) {
    List<I> out = new ArrayList<>();
    for (int j = 0; j < d.deviceCount(); j++) {
      out.add(d.num(j));
    }
    return out;
  }
}
