package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.libvig.contract.Points;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The symbolic and the concrete interpreter agree on the stateful catalog specs: with the packet,
 * port, time and allocated index fixed in Z3, the pre-states pinned to random concrete states at
 * the points, and the libVig contracts' postconditions for the operations on each path, exactly
 * one path is feasible; it is the concrete run's path, with the same outcome, and its final states
 * look like the concrete final states at every point.
 */
class StatefulSpecAgreementTest {
  static final long SEC = 1_000_000_000L;
  static final long NOW = 10_000 * SEC;

  /** Paths ruled out only by the postconditions, over all scenarios. */
  static int looseExtra;

  record Scenario(byte[] packet, int length, int port, int allocated,
      Map<String, AbstractState> states) {}

  @Test
  void bridgeAgreesOnSeededRandomScenarios() throws Exception {
    CatalogSpec bridge = CatalogSpec.load("bridge");
    long[] macs = {0x020000000001L, 0x020000000002L, 0x0180c2000000L, 0x020000000004L};
    Random r = new Random(2024);
    looseExtra = 0;
    Set<List<Boolean>> pathsSeen = new HashSet<>();
    for (int n = 0; n < 40; n++) {
      AbstractState.Emap dyn = AbstractState.Emap.empty(65536);
      AbstractState.Vector ports = new AbstractState.Vector(65536, 16, Map.of());
      for (long mac : macs) {
        if (r.nextBoolean()) {
          int index = r.nextInt(6);
          if (dyn.entries().containsKey(index)) {
            continue;
          }
          dyn = dyn.add(new Bits(BigInteger.valueOf(mac), 48), index,
              NOW - r.nextInt(600) * SEC);
          ports = ports.set(index, hostOrder16(r.nextInt(2)));
        }
      }
      Map<Bits, Bits> statics = new HashMap<>();
      for (long mac : macs) {
        if (r.nextInt(4) == 0) {
          int[] devices = {0, 1, 0xffff};
          statics.put(new Bits(BigInteger.valueOf(mac), 48), hostOrder16(devices[r.nextInt(3)]));
        }
      }
      byte[] frame = new byte[64];
      r.nextBytes(frame);
      writeMac(frame, 0, macs[r.nextInt(macs.length)]);
      writeMac(frame, 6, macs[r.nextInt(macs.length)]);
      int length = r.nextInt(5) == 0 ? r.nextInt(14) : 14 + r.nextInt(51);
      // The NF allocates after expiring: the lowest index free then.
      Scenario sc = new Scenario(frame, length, r.nextInt(2),
          lowestFree(dyn.expire(NOW - 300 * SEC)), Map.of(
          "dyn_macs", dyn, "dyn_ports", ports,
          "static_macs", new AbstractState.MapState(64, statics)));
      pathsSeen.add(check(bridge, sc));
    }
    assertTrue(pathsSeen.size() >= 8, "scenarios cover many spec paths: " + pathsSeen.size());
    // The companion: without the contracts' postconditions, other paths would be feasible too.
    assertTrue(looseExtra > 0, "the postconditions decide some branches");
  }

  @Test
  void firewallAgreesOnSeededRandomScenarios() throws Exception {
    CatalogSpec firewall = CatalogSpec.load("firewall");
    ValueLayout.StructLayout flowId = firewall.layouts().struct("FlowId").orElseThrow();
    ConcreteDomain d = new ConcreteDomain(ConcreteAgreement.packetOnly(new byte[0], 0, 0, 3),
        Map.of());
    RecordEncoding<BigInteger, Boolean, Bits, AbstractState> enc = new RecordEncoding<>(d);
    long[][] flows = {{0x0a000001L, 0x08080808L, 1000, 53, 17}, {0x0a000002L, 0x01010101L, 2000, 443, 6},
        {0x0a000001L, 0x01010101L, 3000, 80, 6}};
    Random r = new Random(99);
    Set<List<Boolean>> pathsSeen = new HashSet<>();
    for (int n = 0; n < 40; n++) {
      AbstractState.Emap table = AbstractState.Emap.empty(65536);
      AbstractState.Vector devices = new AbstractState.Vector(65536, 16, Map.of());
      for (long[] f : flows) {
        int index = r.nextInt(4);
        if (r.nextBoolean() && !table.entries().containsKey(index)) {
          Bits key = enc.record(List.of(BigInteger.valueOf(f[0]), BigInteger.valueOf(f[1]),
              BigInteger.valueOf(f[2]), BigInteger.valueOf(f[3]), BigInteger.valueOf(f[4])),
              flowId).bits();
          table = table.add(key, index, NOW - r.nextInt(200) * SEC);
          devices = devices.set(index, hostOrder16(r.nextInt(2)));
        }
      }
      long[] f = flows[r.nextInt(flows.length)];
      int port = r.nextInt(3);
      boolean reply = r.nextBoolean();
      byte[] packet = ipv4Packet(r, reply ? f[1] : f[0], reply ? f[0] : f[1],
          (int) (reply ? f[3] : f[2]), (int) (reply ? f[2] : f[3]), (int) f[4]);
      int length = r.nextInt(6) == 0 ? 20 + r.nextInt(20) : 54;
      Scenario sc = new Scenario(packet, length, port, lowestFree(table.expire(NOW - 120 * SEC)),
          Map.of("flows", table, "flow_devices", devices));
      pathsSeen.add(check(firewall, sc));
    }
    assertTrue(pathsSeen.size() >= 5, "scenarios cover many spec paths: " + pathsSeen.size());
  }

  /** Runs both interpreters on the scenario; returns the path's decisions. */
  private static List<Boolean> check(CatalogSpec cs, Scenario sc) {
    ConcreteSpecInputs cin = new ConcreteSpecInputs(sc.packet(), sc.length(), sc.port(), NOW,
        sc.allocated(), NOW, Map.of(), (int) cs.nf().program().deviceCount(), Optional.empty(),
        sc.states());
    ConcreteSpecResult c = new ConcreteSpecInterpreter(cs.spec(), cs.shapes(), cs.layouts()).run(cin);
    assertTrue(c.brokenSideConditions().isEmpty(), c.brokenSideConditions().toString());
    List<Boolean> concretePath = c.decisions().stream().map(Decision::taken).toList();
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = cs.inputs(ctx);
      List<SpecPath> paths = new SymbolicSpecInterpreter(cs.spec(), cs.shapes(), cs.layouts())
          .paths(in);
      ContractFacts facts = new ContractFacts(ctx);
      List<BoolExpr> fixed = new ArrayList<>();
      for (int i = 0; i < sc.packet().length; i++) {
        fixed.add(ctx.mkEq(in.packet().byteAt(ctx.mkBV(i, 32)), ctx.mkBV(sc.packet()[i] & 0xff, 8)));
      }
      fixed.add(ctx.mkEq(in.packet().length(), ctx.mkBV(sc.length(), 16)));
      fixed.add(ctx.mkEq(in.receivedOnPort(), ctx.mkBV(sc.port(), 16)));
      fixed.add(ctx.mkEq(in.now(), ctx.mkBV(NOW, 64)));
      fixed.add(ctx.mkEq(in.theIndexAllocated(), ctx.mkBV(sc.allocated(), 32)));
      fixed.add(ctx.mkEq(in.timeForAllocatedIndex(), ctx.mkBV(NOW, 64)));
      Map<String, Points> points = points(ctx, facts, paths, sc, in);
      int feasible = 0;
      for (SpecPath p : paths) {
        Solver s = ctx.mkSolver();
        s.add(fixed.toArray(new BoolExpr[0]));
        for (Map.Entry<String, SymbolicState> o : in.states().entrySet()) {
          Points pts = points.get(o.getKey());
          s.add(facts.looksLike(o.getValue(), o.getValue().pre(), sc.states().get(o.getKey()), pts,
              true));
          s.add(facts.posts(p, o.getKey(), pts).toArray(new BoolExpr[0]));
        }
        s.add(p.condition(ctx));
        Status status = s.check();
        if (status == Status.UNSATISFIABLE && loose(ctx, fixed, in, sc, points, p)) {
          looseExtra++;
        }
        assertTrue(status != Status.UNKNOWN, "Z3 decides every path");
        if (status != Status.SATISFIABLE) {
          continue;
        }
        feasible++;
        assertEquals(concretePath, p.decisions().stream().map(Decision::taken).toList());
        assertEquals(c.decidingLocation(), p.outcome().at());
        Model m = s.getModel();
        assertEquals(ports(c.outcome(), x -> x),
            ports(p.outcome(), x -> ((IntNum) m.eval(x, true)).getBigInteger()));
        for (Map.Entry<String, SymbolicState> o : in.states().entrySet()) {
          BoolExpr same = facts.looksLike(o.getValue(), p.finalStates().get(o.getKey()),
              c.finalStates().get(o.getKey()), points.get(o.getKey()), false);
          assertEquals(Status.UNSATISFIABLE, s.check(ctx.mkNot(same)),
              "final " + o.getKey() + " is the concrete one");
          // The companion: the pre-state is not the final one whenever the concrete run changed it.
          if (!c.finalStates().get(o.getKey()).equals(sc.states().get(o.getKey()))) {
            BoolExpr stale = facts.looksLike(o.getValue(), p.finalStates().get(o.getKey()),
                sc.states().get(o.getKey()), points.get(o.getKey()), false);
            assertEquals(Status.UNSATISFIABLE, s.check(stale), "final " + o.getKey() + " changed");
          }
        }
      }
      assertEquals(1, feasible, "exactly one spec path for fixed inputs and state");
    }
    return concretePath;
  }

  /** Whether the path is feasible without the spec steps' postconditions (they are what rule it out). */
  private static boolean loose(Context ctx, List<BoolExpr> fixed, SymbolicSpecInputs in, Scenario sc,
      Map<String, Points> points, SpecPath p) {
    Solver s = ctx.mkSolver();
    s.add(fixed.toArray(new BoolExpr[0]));
    ContractFacts facts = new ContractFacts(ctx);
    for (Map.Entry<String, SymbolicState> o : in.states().entrySet()) {
      s.add(facts.looksLike(o.getValue(), o.getValue().pre(), sc.states().get(o.getKey()),
          points.get(o.getKey()), true));
    }
    s.add(p.condition(ctx));
    return s.check() == Status.SATISFIABLE;
  }

  /** Every key and index the paths mention, plus the concrete states' own. */
  private static Map<String, Points> points(Context ctx, ContractFacts facts, List<SpecPath> paths,
      Scenario sc, SymbolicSpecInputs in) {
    List<Expr<?>> allIndices = new ArrayList<>();
    allIndices.add(in.theIndexAllocated());
    Map<String, List<Expr<?>>> keys = new LinkedHashMap<>();
    for (String o : in.states().keySet()) {
      keys.put(o, new ArrayList<>());
      for (SpecPath p : paths) {
        keys.get(o).addAll(p.points().get(o).keys());
        allIndices.addAll(p.points().get(o).indices());
      }
      AbstractState st = sc.states().get(o);
      if (st instanceof AbstractState.Emap e) {
        e.entries().forEach((i, en) -> {
          keys.get(o).add(facts.bits(en.key()));
          allIndices.add(ctx.mkBV(i, 32));
        });
      } else if (st instanceof AbstractState.MapState m) {
        m.entries().keySet().forEach(k -> keys.get(o).add(facts.bits(k)));
      } else if (st instanceof AbstractState.Vector v) {
        v.cells().keySet().forEach(i -> allIndices.add(ctx.mkBV(i, 32)));
      }
    }
    Map<String, Points> out = new LinkedHashMap<>();
    // Emaps and their vectors share indices, so every object is observed at all of them.
    keys.forEach((o, k) -> out.put(o, Points.of(k, allIndices)));
    return out;
  }

  private static <I> String ports(SpecOutcome<I> o, java.util.function.Function<I, BigInteger> v) {
    if (o instanceof SpecOutcome.Sent<I> s) {
      if (s.ports() instanceof SpecOutcome.PortList<I> l) {
        return l.ports().stream().map(x -> x.map(v).map(Object::toString).orElse("...")).toList()
            .toString() + s.headers();
      }
      return "BROADCAST" + s.headers();
    }
    return o.toString();
  }

  private static Bits hostOrder16(int value) {
    return new Bits(BigInteger.valueOf(((value & 0xff) << 8) | (value >> 8)), 16);
  }

  private static void writeMac(byte[] frame, int at, long mac) {
    for (int i = 0; i < 6; i++) {
      frame[at + i] = (byte) (mac >> (8 * (5 - i)));
    }
  }

  private static int lowestFree(AbstractState.Emap e) {
    int i = 0;
    while (e.entries().containsKey(i)) {
      i++;
    }
    return i;
  }

  /** Ethernet + IPv4 (no options) + a TCP/UDP header: 54 bytes in a 64-byte buffer. */
  private static byte[] ipv4Packet(Random r, long src, long dst, int sport, int dport, int proto) {
    byte[] p = new byte[64];
    r.nextBytes(p);
    p[12] = 0x08;
    p[13] = 0x00;
    p[14] = 0x45;
    p[16] = 0;
    p[17] = 40;
    p[20] = (byte) (r.nextInt(8) == 0 ? 0x20 : 0x40);
    p[21] = (byte) (r.nextInt(8) == 0 ? 1 : 0);
    p[23] = (byte) proto;
    for (int i = 0; i < 4; i++) {
      p[26 + i] = (byte) (src >> (8 * (3 - i)));
      p[30 + i] = (byte) (dst >> (8 * (3 - i)));
    }
    p[34] = (byte) (sport >> 8);
    p[35] = (byte) sport;
    p[36] = (byte) (dport >> 8);
    p[37] = (byte) dport;
    return p;
  }
}
