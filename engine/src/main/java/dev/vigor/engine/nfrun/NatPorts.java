package dev.vigor.engine.nfrun;

import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which external port a NAT gives each generated flow, so generated replies reach their flows:
 * the catalog NAT's allocation (lowest free index, port = start_port + index, entries idle for
 * the expiry time freed, refreshed by traffic both ways) followed approximately. A wrong guess
 * only makes a reply unsolicited, which is traffic a NAT must handle too.
 */
final class NatPorts<F> {
  private final long expiryNs;
  // flow -> {index, last seen}, least recently seen first: packet times never decrease, so
  // expiry takes from the head and stops at the first live flow (a sweep over every flow per
  // packet made a million-packet NAT capture take minutes)
  private final Map<F, long[]> live = new LinkedHashMap<>(16, 0.75f, true);
  private final TreeSet<Integer> freed = new TreeSet<>();
  private int next;

  NatPorts(long expiryNs) {
    this.expiryNs = expiryNs;
  }

  /** A packet of flow leaves from inside at now: its index (allocated when new). */
  int outbound(F flow, long now) {
    expire(now);
    long[] e = live.get(flow);
    if (e == null) {
      int index = freed.isEmpty() ? next++ : freed.pollFirst();
      e = new long[] {index, now};
      live.put(flow, e);
    }
    e[1] = now;
    return (int) e[0];
  }

  /** The index of flow for a reply at now, or -1 when the NAT has forgotten it. */
  int inbound(F flow, long now) {
    expire(now);
    long[] e = live.get(flow);
    if (e == null) {
      return -1;
    }
    e[1] = now;
    return (int) e[0];
  }

  private void expire(long now) {
    for (Iterator<long[]> it = live.values().iterator(); it.hasNext(); ) {
      long[] e = it.next();
      if (e[1] >= now - expiryNs) {
        return;
      }
      freed.add((int) e[0]);
      it.remove();
    }
  }
}
