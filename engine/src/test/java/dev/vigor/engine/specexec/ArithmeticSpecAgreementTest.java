package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The concrete and the symbolic interpreter agree on seeded random inputs: with every input
 * fixed in Z3, exactly one symbolic path is feasible, it is the path the concrete run took, and
 * its outcome's values are the concrete ones. The spec exercises every integer operator.
 */
class ArithmeticSpecAgreementTest {
  static final String SPEC = String.join("\n",
      "eth = pop_header(ether, on_mismatch=([], []))",
      "ip = pop_header(ipv4, on_mismatch=([], []))",
      "l4 = pop_header(tcpudp, on_mismatch=([received_on_port], [ether(eth, type=...)]))",
      "a = (l4.src_port * 7 - ip.ttl) // (ip.tos - 3)",
      "b = -l4.dst_port % 5 + (ip.saddr & 0xff) + (ip.daddr | 3) ^ (ip.pid >> 2) + (ip.ttl << 3)",
      "c = ~ip.npid + packet_size",
      "if mem(ip.npid, [6, 17]) and a > 10 or b % 2 == 0:",
      "    assert 0 <= b",
      "    if now - received_on_port > c:",
      "        return ([a % 7, ...], [ipv4(ip, ttl=ip.ttl - 1, cksum=...)])",
      "    return ([b % 3], [ipv4(ip, tos=c)])",
      "elif 1 < ip.ttl <= 64 != l4.src_port:",
      "    pass",
      "return DROP",
      "");

  @Test
  void seededRandomInputsTakeTheSamePathWithTheSameValues() {
    SpecCheckResult checked = SpecChecker.checkText(Path.of("arith.py"), SPEC, ImportSearch.none(),
        Optional.empty());
    assertTrue(checked.ok(), checked.diagnostics().toString());
    Spec spec = checked.spec().orElseThrow();
    StructLayouts none = tag -> Optional.empty();
    Random r = new Random(7);
    try (Context ctx = new Context()) {
      ArrayPacketTerms pkt = ArrayPacketTerms.fresh(ctx, "pkt", 64);
      SymbolicSpecInputs in = new SymbolicSpecInputs(ctx, pkt, ctx.mkBVConst("recv", 16),
          ctx.mkBVConst("now", 64), ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 4,
          Optional.empty(), Map.of());
      List<SpecPath> paths = new SymbolicSpecInterpreter(spec, Map.of(), none).paths(in);
      assertTrue(paths.size() >= 6, "paths: " + paths.size());
      Solver s = ctx.mkSolver();
      java.util.Set<Object> outcomesSeen = new java.util.HashSet<>();
      for (int n = 0; n < 120; n++) {
        byte[] p = RandomPackets.next(r);
        int length = RandomPackets.length(r, p);
        int port = r.nextInt(4);
        long now = r.nextInt(1000);
        ConcreteSpecInputs cin = new ConcreteSpecInputs(p, length, port, now, 0, 0, Map.of(), 4,
            Optional.empty(), Map.of());
        ConcreteSpecResult c = new ConcreteSpecInterpreter(spec, Map.of(), none).run(cin);
        s.push();
        for (int i = 0; i < p.length; i++) {
          s.add(ctx.mkEq(pkt.byteAt(ctx.mkBV(i, 32)), ctx.mkBV(p[i] & 0xff, 8)));
        }
        s.add(ctx.mkEq(pkt.length(), ctx.mkBV(length, 16)), ctx.mkEq(in.receivedOnPort(),
            ctx.mkBV(port, 16)), ctx.mkEq(in.now(), ctx.mkBV(now, 64)));
        int feasible = 0;
        for (SpecPath path : paths) {
          if (s.check(path.condition(ctx)) != Status.SATISFIABLE) {
            continue;
          }
          feasible++;
          Model m = s.getModel();
          assertEquals(c.decidingLocation(), path.outcome().at());
          assertEquals(c.decisions().stream().map(Decision::taken).toList(),
              path.decisions().stream().map(Decision::taken).toList());
          assertEquals(render(c.outcome(), x -> x), render(path.outcome(),
              x -> ((com.microsoft.z3.IntNum) m.eval(x, true)).getBigInteger()));
          for (int k = 0; k < path.asserts().size(); k++) {
            assertEquals(c.failedAsserts().isEmpty(), m.eval(path.asserts().get(k).condition(), true)
                .isTrue());
          }
          outcomesSeen.add(render(c.outcome(), x -> x));
        }
        assertEquals(1, feasible, "exactly one path for fixed inputs");
        s.pop();
      }
      assertTrue(outcomesSeen.size() > 5, "inputs reach several outcomes: " + outcomesSeen);
    }
  }

  /** The outcome's values as text, integers mapped to concrete numbers by {@code value}. */
  private static <I> String render(SpecOutcome<I> o, java.util.function.Function<I, BigInteger> value) {
    if (!(o instanceof SpecOutcome.Sent<I> s)) {
      return o.getClass().getSimpleName() + o.at();
    }
    StringBuilder b = new StringBuilder(s.mismatch() ? "mismatch " : "return ");
    if (s.ports() instanceof SpecOutcome.PortList<I> l) {
      List<String> ports = new ArrayList<>();
      l.ports().forEach(x -> ports.add(x.map(value).map(Object::toString).orElse("...")));
      b.append(ports);
    } else {
      b.append("BROADCAST");
    }
    if (s.headers() instanceof SpecOutcome.Stack<I> st) {
      for (SpecOutcome.HeaderOut<I> h : st.headers()) {
        b.append(' ').append(h.type().specName());
        new java.util.TreeMap<>(h.fields()).forEach((f, v) ->
            b.append(' ').append(f).append('=').append(v.map(value).map(Object::toString).orElse("...")));
      }
    } else {
      b.append(" pkt");
    }
    return b.toString();
  }
}
