package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ExportedState;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.IntKind;
import dev.vigor.engine.ir.LibVigKind;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoodNfTest {
  static Program compile(String dir) {
    Path nf = NfPaths.resource("good/" + dir);
    try {
      return CFrontEnd.compile(nf, NfPaths.libvigInclude());
    } catch (DiagnosticException e) {
      fail("expected " + dir + " to compile, got:\n" + String.join("\n", e.diagnostics().stream().map(Object::toString).toList()));
      return null;
    }
  }

  @Test
  void headerStructsHaveTheWireLayout() {
    Program p = compile("bridge");
    CType.Struct eth = p.struct("ether_hdr").orElseThrow();
    assertEquals(14, eth.size());
    assertEquals(12, eth.field("ether_type").orElseThrow().offset());
    assertEquals(6, eth.field("s_addr").orElseThrow().offset());
    CType.Struct ip = p.struct("ipv4_hdr").orElseThrow();
    assertEquals(20, ip.size());
    assertEquals(12, ip.field("src_addr").orElseThrow().offset());
    assertEquals(9, ip.field("next_proto_id").orElseThrow().offset());
    assertEquals(20, p.struct("tcp_hdr").orElseThrow().size());
    assertEquals(13, p.struct("tcp_hdr").orElseThrow().field("tcp_flags").orElseThrow().offset());
    assertEquals(8, p.struct("udp_hdr").orElseThrow().size());
  }

  @Test
  void bridgeExportsItsStateWithTypesAndBound() {
    Program p = compile("bridge");
    assertEquals(4, p.deviceCount());
    List<ExportedState> ex = p.exportedState();
    assertEquals(List.of("dyn_emap", "dyn_vals"), ex.stream().map(ExportedState::specName).toList());
    assertEquals(LibVigKind.EMAP, ex.get(0).kind());
    assertEquals(65536, ex.get(0).capacity());
    assertEquals("addr_bytes", ex.get(0).keyFields().get(0).name());
    assertEquals(new CType.Array(new CType.Int(IntKind.UCHAR), 6), ex.get(0).keyFields().get(0).type());
    assertEquals("device", ex.get(1).valueFields().get(0).name());
    LibVigObject vals = p.object("dyn_vals").orElseThrow();
    // device < NF_DEVICE_COUNT: (int) load(bound element + 0) < 4
    Expr.Binary bound = (Expr.Binary) vals.bound();
    assertEquals(Expr.BinaryOp.LT, bound.op());
    Expr.Convert widened = (Expr.Convert) bound.left();
    Expr.Load load = (Expr.Load) widened.operand();
    Expr.FieldAddress fa = (Expr.FieldAddress) load.address();
    assertTrue(fa.base() instanceof Expr.BoundElement);
    assertEquals(4, ((Expr.IntConst) bound.right()).value().intValue());
  }

  @Test
  void bridgeLoopsAndLibVigCalls() {
    Program p = compile("bridge");
    Function isBroadcast = p.function("is_broadcast").orElseThrow();
    Stmt.Loop loop = loops(isBroadcast.body()).get(0);
    assertEquals(6, loop.maxIterations());
    assertEquals("bridge.c", loop.loc().file());
    assertEquals(22, loop.loc().line());
    Function learn = p.function("learn").orElseThrow();
    List<Stmt.LibVigCall> calls = libVigCalls(learn.body());
    assertEquals(List.of("emap_get", "emap_refresh", "vector_borrow", "vector_return", "emap_add", "vector_set"),
        calls.stream().map(Stmt.LibVigCall::function).toList());
    assertEquals("dyn_emap", calls.get(0).object());
    assertNotNull(calls.get(0).resultAddress());
    // struct copy: struct ether_addr key = *src;  -> Store(&key, Load(src, struct ether_addr))
    Stmt.Store copy = (Stmt.Store) learn.body().get(0);
    assertEquals("ether_addr", ((CType.Struct) copy.value().type()).tag());
    assertTrue(copy.value() instanceof Expr.Load);
    // the nf_ether_addr_eq helper's loop from the header is also bounded
    assertEquals(6, loops(p.function("nf_ether_addr_eq").orElseThrow().body()).get(0).maxIterations());
    assertEquals(10, loops(p.function("nf_ipv4_checksum").orElseThrow().body()).get(0).maxIterations());
  }

  @Test
  void firewallCompilesWithLoopBoundsFromTypes() {
    Program p = compile("firewall");
    assertEquals(List.of("flows", "flow_chain"), p.exportedState().stream().map(ExportedState::specName).toList());
    LibVigObject weights = p.object("weights").orElseThrow();
    assertEquals(LibVigKind.VECTOR, weights.kind());
    assertEquals(null, weights.exportName());
    Stmt.Loop sum = loops(p.function("payload_sum").orElseThrow().body()).get(0);
    // i from 0 (uint16_t start) by 2 while i + 1 < length (at most 65535): at most 32768 iterations... bounded
    assertTrue(sum.maxIterations() > 0 && sum.maxIterations() <= 32768, "" + sum.maxIterations());
    assertEquals(64, loops(p.function("nf_init").orElseThrow().body()).get(0).maxIterations());
    CType.Struct flow = p.struct("flow_id").orElseThrow();
    assertEquals(16, flow.size());
    assertEquals(12, flow.field("protocol").orElseThrow().offset());
  }

  @Test
  void uint8PlusUint8IsIntAndComparisonsConvert() {
    Program p = compile("firewall");
    Function process = p.function("nf_process").orElseThrow();
    // int hops = ttl + ttl;
    Stmt.Store hops = stores(process.body()).stream()
        .filter(s -> s.address() instanceof Expr.LocalAddress a && a.local().equals("hops")).findFirst().orElseThrow();
    Expr.Binary add = (Expr.Binary) hops.value();
    assertEquals(Expr.BinaryOp.ADD, add.op());
    assertEquals(CType.INT, add.type());
    assertEquals(CType.INT, add.left().type());
    assertTrue(add.left() instanceof Expr.Convert c && c.operand().type().equals(new CType.Int(IntKind.UCHAR)));
    // if (device == LAN_DEVICE): uint16_t compared with int, both at int
    Stmt.If ifDevice = ifs(process.body()).stream()
        .filter(i -> i.cond() instanceof Expr.Binary b && b.left() instanceof Expr.Convert c
            && c.operand() instanceof Expr.Load l && l.address() instanceof Expr.LocalAddress a && a.local().equals("device"))
        .findFirst().orElseThrow();
    Expr.Binary eq = (Expr.Binary) ifDevice.cond();
    assertEquals(Expr.BinaryOp.EQ, eq.op());
    assertEquals(CType.INT, eq.left().type());
    assertEquals(CType.INT, eq.right().type());
    // ip->time_to_live = ttl - 1;  -> truncating Convert to uint8_t of an int subtraction
    Stmt.Store ttl = stores(process.body()).stream()
        .filter(s -> s.address() instanceof Expr.FieldAddress f && f.field().equals("time_to_live")).findFirst().orElseThrow();
    assertEquals(new CType.Int(IntKind.UCHAR), ttl.value().type());
    assertTrue(((Expr.Convert) ttl.value()).operand() instanceof Expr.Binary b && b.type().equals(CType.INT));
  }

  static List<Stmt.Loop> loops(List<Stmt> body) {
    List<Stmt.Loop> out = new ArrayList<>();
    walk(body, s -> {
      if (s instanceof Stmt.Loop l) {
        out.add(l);
      }
    });
    return out;
  }

  static List<Stmt.LibVigCall> libVigCalls(List<Stmt> body) {
    List<Stmt.LibVigCall> out = new ArrayList<>();
    walk(body, s -> {
      if (s instanceof Stmt.LibVigCall c) {
        out.add(c);
      }
    });
    return out;
  }

  static List<Stmt.Store> stores(List<Stmt> body) {
    List<Stmt.Store> out = new ArrayList<>();
    walk(body, s -> {
      if (s instanceof Stmt.Store c) {
        out.add(c);
      }
    });
    return out;
  }

  static List<Stmt.If> ifs(List<Stmt> body) {
    List<Stmt.If> out = new ArrayList<>();
    walk(body, s -> {
      if (s instanceof Stmt.If c) {
        out.add(c);
      }
    });
    return out;
  }

  static void walk(List<Stmt> body, java.util.function.Consumer<Stmt> visit) {
    for (Stmt s : body) {
      visit.accept(s);
      if (s instanceof Stmt.If i) {
        walk(i.then(), visit);
        walk(i.otherwise(), visit);
      } else if (s instanceof Stmt.Loop l) {
        walk(l.header(), visit);
        walk(l.body(), visit);
        walk(l.step(), visit);
      }
    }
  }
}
