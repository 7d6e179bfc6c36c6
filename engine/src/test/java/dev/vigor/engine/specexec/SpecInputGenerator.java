package dev.vigor.engine.specexec;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeded random concrete inputs for the specs of one NF: a packet biased towards the headers
 * specs pop (valid and broken Ethernet, IPv4, TCP/UDP), a device, a time, what the NF did, and a
 * pre-state of every object the NF's full spec imports. The pre-states are built from what that
 * spec looks at: two probe runs of the concrete interpreter on the same packet name the keys it
 * looks up and the times it expires at, so tables hold those keys (or miss them), entries are
 * stamped just before, at and just after each expiry time, and tables are often empty or full.
 * {@link #allocatorsIndex} then says which index an allocator would have handed out: the lowest
 * index free when the spec adds.
 */
final class SpecInputGenerator {
  private final CatalogSpec spec;
  private final Random r;
  private final int devices;

  SpecInputGenerator(CatalogSpec spec, Random random) {
    this.spec = spec;
    this.r = random;
    this.devices = (int) spec.nf().program().deviceCount();
  }

  /** What a probe run saw: per object the keys looked up, and every expiry time. */
  private record Probe(Map<String, Set<Bits>> keys, Set<BigInteger> expiries) {}

  /** The next input. */
  ConcreteSpecInputs next() {
    byte[] packet = RandomPackets.next(r);
    if (r.nextInt(3) == 0) {
      shareAddresses(packet);
    }
    int length = RandomPackets.length(r, packet);
    int port = r.nextInt(devices);
    long now = nextNow();
    NfOutcome<BigInteger> nf = switch (r.nextInt(3)) {
      case 0 -> new NfOutcome.Drop<>();
      case 1 -> new NfOutcome.Flood<>();
      // now and then a device the NF does not have: the specs' sent_on_ports must still agree
      default -> new NfOutcome.Device<>(BigInteger.valueOf(r.nextInt(devices + (r.nextInt(20) == 0 ? 2 : 0))));
    };
    Map<String, AbstractState> empty = new LinkedHashMap<>();
    spec.shapes().forEach((o, s) -> empty.put(o, emptyState(o, s)));
    Probe first = probe(inputs(packet, length, port, now, 0, nf, empty));
    Map<String, AbstractState> seen = new LinkedHashMap<>(empty);
    first.keys().forEach((o, ks) -> seen.put(o, holding(o, seen.get(o), ks, now)));
    Probe second = probe(inputs(packet, length, port, now, 0, nf, seen));
    Map<String, Set<Bits>> keys = new HashMap<>();
    for (Probe p : List.of(first, second)) {
      p.keys().forEach((o, ks) -> keys.computeIfAbsent(o, x -> new LinkedHashSet<>()).addAll(ks));
    }
    Set<BigInteger> expiries = new LinkedHashSet<>(first.expiries());
    expiries.addAll(second.expiries());
    Map<String, AbstractState> states = new LinkedHashMap<>();
    spec.shapes().forEach((o, s) -> states.put(o, randomState(o, s,
        new ArrayList<>(keys.getOrDefault(o, Set.of())), new ArrayList<>(expiries), now)));
    return inputs(packet, length, port, now, lowestFree(states), nf, states);
  }

  private ConcreteSpecInputs inputs(byte[] packet, int length, int port, long now, int allocated,
      NfOutcome<BigInteger> nf, Map<String, AbstractState> states) {
    return new ConcreteSpecInputs(packet, length, port, now, allocated, now, Map.of(), devices,
        Optional.of(nf), states);
  }

  /**
   * The index the NF's allocator would have handed out on this run, when the input's is another:
   * the lowest index free when the spec added (after its expiry), as emap_add's contract says,
   * which the spec's symbolic add assumes. Empty when the input's index is that one, or the spec
   * added nothing.
   */
  static java.util.OptionalInt allocatorsIndex(ConcreteSpecInputs in,
      SpecRunResult<BigInteger, Boolean, Bits, AbstractState> run) {
    int given = in.theIndexAllocated();
    for (var e : run.finalStates().entrySet()) {
      if (e.getValue() instanceof AbstractState.Emap after
          && in.states().get(e.getKey()) instanceof AbstractState.Emap before
          && after.entries().containsKey(given)
          && !after.entries().get(given).equals(before.entries().get(given))) {
        Map<Integer, AbstractState.Entry> others = new TreeMap<>(after.entries());
        others.remove(given);
        int wanted = lowestFree(others.keySet());
        return wanted == given ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(wanted);
      }
    }
    return java.util.OptionalInt.empty();
  }

  /** The input with another allocated index. */
  static ConcreteSpecInputs withIndex(ConcreteSpecInputs in, int index) {
    return new ConcreteSpecInputs(in.packet(), in.length(), in.receivedOnPort(), in.now(), index,
        in.timeForAllocatedIndex(), in.config(), in.deviceCount(), in.nfOutcome(), in.states());
  }

  private SpecRunResult<BigInteger, Boolean, Bits, AbstractState> run(ConcreteSpecInputs in,
      SpecDomain<BigInteger, Boolean, Bits, AbstractState> domain) {
    return new SpecRun<>(spec.spec(), domain, spec.shapes(), spec.layouts(), (c, at) -> c).run();
  }

  private ConcreteDomain concreteDomain(ConcreteSpecInputs in) {
    return new ConcreteDomain(in, spec.shapes());
  }

  /** Runs the concrete interpreter, noting the keys it applies and the times it expires at. */
  @SuppressWarnings("unchecked")
  private Probe probe(ConcreteSpecInputs in) {
    ConcreteDomain base = concreteDomain(in);
    Set<BigInteger> expiries = new LinkedHashSet<>();
    InvocationHandler h = (proxy, method, args) -> {
      if (method.getName().equals("expireAll")) {
        expiries.add((BigInteger) args[2]);
      }
      try {
        return method.invoke(base, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    };
    SpecDomain<BigInteger, Boolean, Bits, AbstractState> recording =
        (SpecDomain<BigInteger, Boolean, Bits, AbstractState>) Proxy.newProxyInstance(
            SpecDomain.class.getClassLoader(), new Class<?>[] {SpecDomain.class}, h);
    Map<String, Set<Bits>> keys = new HashMap<>();
    try {
      run(in, recording).points().forEach((o, p) -> keys.put(o, new LinkedHashSet<>(p.keys())));
    } catch (SpecExecutionException e) {
      // a probe is only a hint; the real run reports such a failure
    }
    return new Probe(keys, expiries);
  }

  // ---- packets and times ----------------------------------------------------------------------

  /** Addresses from a small pool, so that packets and tables share keys across objects too. */
  private void shareAddresses(byte[] p) {
    long[] macs = {0xffffffffffffL, 0x0180c2000000L, 0x020000000001L, 0x020000000002L, 0L};
    for (int at : new int[] {0, 6}) {
      long mac = macs[r.nextInt(macs.length)];
      for (int i = 0; i < 6; i++) {
        p[at + i] = (byte) (mac >> (8 * (5 - i)));
      }
    }
  }

  /** A time in ns: zero, small (before the first expiry), around a day, or near the end of time. */
  private long nextNow() {
    return switch (r.nextInt(6)) {
      case 0 -> r.nextInt(3);
      case 1 -> (long) (r.nextDouble() * 1_000_000_000_000L);
      case 2 -> Long.MAX_VALUE - r.nextInt(1000);
      default -> 86_400_000_000_000L + (long) (r.nextDouble() * 1e15);
    };
  }

  /** An entry's stamp in [0, now]: right around an expiry time, zero, now, or anything between. */
  private long stamp(List<BigInteger> expiries, long now) {
    long t;
    if (!expiries.isEmpty() && r.nextInt(3) > 0) {
      BigInteger e = expiries.get(r.nextInt(expiries.size()));
      t = e.add(BigInteger.valueOf(r.nextInt(3) - 1)).max(BigInteger.ZERO)
          .min(BigInteger.valueOf(now)).longValueExact();
    } else {
      t = switch (r.nextInt(3)) {
        case 0 -> 0;
        case 1 -> now;
        default -> (long) (r.nextDouble() * now);
      };
    }
    return Math.max(0, Math.min(now, t));
  }

  // ---- states ---------------------------------------------------------------------------------

  private AbstractState emptyState(String object, StateShape s) {
    return switch (spec.spec().stateObjects().get(object).kind()) {
      case EMAP -> AbstractState.Emap.empty(s.capacity());
      case MAP -> new AbstractState.MapState(s.capacity(), Map.of());
      case VECTOR -> new AbstractState.Vector(s.capacity(), 8 * s.value().orElseThrow().size(),
          Map.of());
      default -> throw new IllegalArgumentException(object + ": not in the catalog's specs");
    };
  }

  /** The state with every key of {@code keys} present (for the second probe). */
  private AbstractState holding(String object, AbstractState s, Set<Bits> keys, long now) {
    StateShape shape = spec.shapes().get(object);
    if (s instanceof AbstractState.Emap e) {
      for (Bits k : keys) {
        int i = lowestFree(e.entries().keySet());
        if (e.indexOf(k).isEmpty() && i < e.capacity()) {
          e = e.add(k, i, now);
        }
      }
      return e;
    }
    if (s instanceof AbstractState.MapState m) {
      for (Bits k : keys) {
        if (m.entries().size() < m.capacity()) {
          m = m.put(k, randomValue(shape.value().orElseThrow()));
        }
      }
      return m;
    }
    return s;
  }

  private AbstractState randomState(String object, StateShape s, List<Bits> keys,
      List<BigInteger> expiries, long now) {
    AbstractState empty = emptyState(object, s);
    int cap = s.capacity();
    if (empty instanceof AbstractState.Vector v) {
      for (int i = 0; i < cap; i++) {
        if (r.nextBoolean()) {
          v = v.set(i, randomValue(s.value().orElseThrow()));
        }
      }
      return v;
    }
    int n = switch (r.nextInt(7)) {
      case 0 -> 0;
      case 1, 2 -> cap;
      default -> r.nextInt(cap + 1);
    };
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < cap; i++) {
      slots.add(i);
    }
    java.util.Collections.shuffle(slots, r);
    Set<Bits> used = new LinkedHashSet<>();
    AbstractState out = empty;
    for (int j = 0; j < n; j++) {
      Bits key = !keys.isEmpty() && r.nextInt(5) < 3 ? keys.get(r.nextInt(keys.size()))
          : randomBits(8 * s.key().orElseThrow().size());
      if (!used.add(key)) {
        continue;
      }
      if (out instanceof AbstractState.Emap e) {
        out = e.add(key, slots.get(j), stamp(expiries, now));
      } else {
        out = ((AbstractState.MapState) out).put(key, randomValue(s.value().orElseThrow()));
      }
    }
    return out;
  }

  private static int lowestFree(Map<String, AbstractState> states) {
    for (AbstractState s : states.values()) {
      if (s instanceof AbstractState.Emap e) {
        return lowestFree(e.entries().keySet());
      }
    }
    return 0;
  }

  private static int lowestFree(Set<Integer> taken) {
    int i = 0;
    while (taken.contains(i)) {
      i++;
    }
    return i;
  }

  /** A value of the layout: integers biased to 0, 1, 2 and all-ones; arrays random. */
  private Bits randomValue(ValueLayout layout) {
    byte[] bytes = new byte[layout.size()];
    fill(bytes, 0, layout);
    return Bits.ofBytes(bytes);
  }

  private void fill(byte[] bytes, int at, ValueLayout layout) {
    if (layout instanceof ValueLayout.IntLayout i) {
      long v = switch (r.nextInt(6)) {
        case 0 -> 0;
        case 1 -> 1;
        case 2 -> 2;
        case 3 -> -1;
        default -> r.nextLong();
      };
      for (int b = 0; b < i.size(); b++) {
        bytes[at + b] = (byte) (v >> (8 * b)); // host order: little-endian
      }
    } else if (layout instanceof ValueLayout.ByteArray a) {
      for (int b = 0; b < a.size(); b++) {
        bytes[at + b] = (byte) r.nextInt(256);
      }
    } else {
      for (ValueLayout.FieldLayout f : ((ValueLayout.StructLayout) layout).fields()) {
        fill(bytes, at + f.offset(), f.layout());
      }
    }
  }

  private Bits randomBits(int width) {
    return new Bits(new BigInteger(width, r), width);
  }
}
