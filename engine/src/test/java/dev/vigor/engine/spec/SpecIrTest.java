package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.engine.spec.ir.Outcome;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.ir.SpecWalk;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.StateMethod;
import dev.vigor.engine.spec.ir.Stmt;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The IR says what the specs mean: Vigor's if rule, normalised aliases, imports in place. */
class SpecIrTest {
  static final Optional<NfInterface> NF = Optional.of(TestInterfaces.catalog());

  static List<Stmt> statements(List<Stmt> block) {
    return SpecWalk.statements(block);
  }

  static List<Expr> expressions(List<Stmt> block) {
    return SpecWalk.expressions(block);
  }

  static <T> List<T> only(List<?> all, Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void vigorsIfRuleMakesTheFollowingStatementsTheElse() {
    Spec spec = GoodSpecsTest.check("bridge.py", NF);
    // Top level: ..., key = StaticKeyc(..), if stat_map.has(key): ... [else: the rest of the file]
    Stmt.If stat = (Stmt.If) spec.body().get(spec.body().size() - 1);
    assertEquals(16, stat.at().line());
    assertEquals(Stmt.ElseFrom.FOLLOWING_STATEMENTS, stat.elseFrom());
    // The then branch: out = ..., if out == received_on_port: return ([], []) [else: return ([out], ..)]
    Stmt.If same = (Stmt.If) stat.then().get(1);
    assertEquals(Stmt.ElseFrom.FOLLOWING_STATEMENTS, same.elseFrom());
    assertTrue(((Stmt.Return) same.then().get(0)).outcome().isDrop());
    assertEquals(20, same.otherwise().get(0).at().line());
    // The else: if h.daddr in dyn_emap: ... [else: return BROADCAST, pkt]
    Stmt.If known = (Stmt.If) stat.otherwise().get(0);
    assertEquals(21, known.at().line());
    assertEquals(Stmt.ElseFrom.FOLLOWING_STATEMENTS, known.elseFrom());
    Outcome flood = ((Stmt.Return) known.otherwise().get(0)).outcome();
    assertInstanceOf(Outcome.Broadcast.class, flood.ports());
    assertInstanceOf(Outcome.UnchangedPacket.class, flood.headers());
    // The learning if/elif was written: its else is the elif, with no else of its own.
    Stmt.If learn = only(spec.body(), Stmt.If.class).get(0);
    assertEquals(Stmt.ElseFrom.WRITTEN, learn.elseFrom());
    assertEquals(Stmt.ElseFrom.NONE, ((Stmt.If) learn.otherwise().get(0)).elseFrom());
  }

  @Test
  void sugarBecomesStateCallsWithTheirContractOperations() {
    Spec spec = GoodSpecsTest.check("bridge.py", NF);
    List<Stmt.StateUpdate> updates = only(statements(spec.body()), Stmt.StateUpdate.class);
    assertEquals(List.of(StateMethod.EXPIRE_ALL, StateMethod.REFRESH_IDX, StateMethod.ADD, StateMethod.SET),
        updates.stream().map(Stmt.StateUpdate::method).toList());
    assertEquals(List.of("expire", "refresh", "add", "set"),
        updates.stream().map(u -> u.method().contractOperation().orElseThrow()).toList());
    assertEquals(StateKind.VECTOR, updates.get(3).kind());
    Expr.RecordValue value = (Expr.RecordValue) updates.get(3).args().get(1);
    assertEquals("DynamicValue", value.recordType());
    List<Expr.StateCall> calls = only(expressions(spec.body()), Expr.StateCall.class);
    assertTrue(calls.stream().anyMatch(c -> c.object().equals("dyn_emap") && c.method() == StateMethod.HAS));
    assertTrue(calls.stream().anyMatch(c -> c.object().equals("stat_map") && c.method() == StateMethod.GET
        && c.type().equals(SpecType.INT)));
    assertTrue(calls.stream().anyMatch(c -> c.object().equals("dyn_vals") && c.method() == StateMethod.GET
        && c.type().equals(new SpecType.Record("DynamicValue", true))));
    Expr.RecordValue key = only(expressions(spec.body()), Expr.RecordValue.class).stream()
        .filter(r -> r.spelled().equals("StaticKeyc")).findFirst().orElseThrow();
    assertEquals("StaticKey", key.recordType(), "Vigor's Tc spelling resolves to the C struct tag");
  }

  @Test
  void headerFieldAliasesAreNormalised() {
    Spec spec = GoodSpecsTest.check("fw.py", NF);
    List<Expr> all = expressions(spec.body());
    List<String> ipFields = only(all, Expr.FieldRead.class).stream()
        .filter(f -> f.target().type().equals(new SpecType.Header(HeaderType.IPV4)))
        .map(Expr.FieldRead::field).toList();
    assertEquals(List.of("daddr", "saddr", "npid", "saddr", "daddr", "npid"), ipFields);
    Expr.HeaderValue eth = only(all, Expr.HeaderValue.class).get(0);
    assertEquals(HeaderType.ETHER, eth.header());
    assertEquals(List.of("saddr", "daddr"), eth.fields().stream().map(Expr.FieldValue::field).toList());
    assertTrue(eth.fields().stream().allMatch(f -> f.value() instanceof Expr.Wildcard));
    List<Stmt.PopHeader> pops = only(spec.body(), Stmt.PopHeader.class);
    assertEquals(List.of(HeaderType.TCPUDP, HeaderType.IPV4, HeaderType.ETHER),
        pops.stream().map(Stmt.PopHeader::header).toList());
    assertTrue(pops.get(0).onMismatch().isDrop());
    assertEquals(Optional.of("l4"), pops.get(0).var());
  }

  @Test
  void natRewritesWithABaseHeaderAndConfigValues() {
    Spec spec = GoodSpecsTest.check("nat.py", NF);
    assertEquals(java.util.Set.of("ext_ip", "start_port"), spec.configNames());
    Expr.HeaderValue rewritten = only(expressions(spec.body()), Expr.HeaderValue.class).stream()
        .filter(h -> h.header() == HeaderType.IPV4 && h.fields().get(0).field().equals("saddr"))
        .findFirst().orElseThrow();
    assertTrue(rewritten.base().isPresent());
    assertEquals(new Expr.VarRef(rewritten.fields().get(0).value().at(), "EXT_IP", SpecType.INT),
        rewritten.fields().get(0).value());
    assertInstanceOf(Expr.Wildcard.class, rewritten.fields().get(1).value());
    Stmt.Assign ext = only(spec.body(), Stmt.Assign.class).get(1);
    assertTrue(ext.constant());
    assertInstanceOf(Expr.ConfigRef.class, ext.value());
    Expr.FieldRead device = only(expressions(spec.body()), Expr.FieldRead.class).stream()
        .filter(f -> f.field().equals("device")).findFirst().orElseThrow();
    assertEquals(new SpecType.Record("FlowId", true), device.target().type());
  }

  @Test
  void theRestOfTheDialectLowersAsExpected() {
    Spec spec = GoodSpecsTest.check("features.py", NF);
    List<Expr> all = expressions(spec.body());
    Expr.Compare chain = only(all, Expr.Compare.class).stream().filter(c -> c.ops().size() == 2)
        .findFirst().orElseThrow();
    assertEquals(List.of(Expr.CompareOp.LE, Expr.CompareOp.LE), chain.ops());
    assertEquals(2, only(all, Expr.FlagTest.class).size());
    assertEquals(2, only(all, Expr.RecordHash.class).size());
    assertTrue(only(all, Expr.Binary.class).stream().map(Expr.Binary::op).toList()
        .containsAll(List.of(Expr.BinaryOp.FLOOR_DIV, Expr.BinaryOp.MOD, Expr.BinaryOp.SHL, Expr.BinaryOp.SHR,
            Expr.BinaryOp.BIT_XOR, Expr.BinaryOp.BIT_OR, Expr.BinaryOp.BIT_AND)));
    Stmt.Assign total = only(spec.body(), Stmt.Assign.class).stream().filter(a -> a.name().equals("total"))
        .reduce((a, b) -> b).orElseThrow();
    assertEquals(Expr.BinaryOp.ADD, ((Expr.Binary) total.value()).op(), "x += e is x = x + e");
    assertTrue(only(statements(spec.body()), Stmt.StateUpdate.class).stream()
        .anyMatch(u -> u.object().equals("counters") && u.method() == StateMethod.PUT));
    List<Stmt.Return> returns = only(statements(spec.body()), Stmt.Return.class);
    Outcome anyPort = returns.get(1).outcome();
    assertInstanceOf(Expr.Wildcard.class, ((Outcome.PortList) anyPort.ports()).ports().get(0));
    assertInstanceOf(Outcome.UnchangedPacket.class, anyPort.headers());
    Expr.HeaderValue full = only(all, Expr.HeaderValue.class).get(0);
    assertTrue(full.base().isEmpty());
    assertEquals(HeaderType.ETHER.fields(), full.fields().stream().map(Expr.FieldValue::field).toList());
    assertTrue(only(statements(spec.body()), Stmt.Pass.class).size() == 1);
  }

  @Test
  void importedStatementsKeepTheirOwnFile() {
    Spec spec = GoodSpecsTest.check("broadcast.py", NF);
    assertTrue(spec.body().get(0).at().file().endsWith("learn.py"), spec.body().get(0).at().file());
    Stmt.PopHeader pop = only(spec.body(), Stmt.PopHeader.class).get(0);
    assertTrue(pop.at().file().endsWith("props/learn.py") || pop.at().file().endsWith("props\\learn.py"));
    assertEquals(4, pop.at().line());
    assertEquals(1, pop.at().column());
    Stmt.If last = (Stmt.If) spec.body().get(spec.body().size() - 1);
    assertTrue(last.at().file().endsWith("broadcast.py"));
    assertEquals(3, last.at().line());
    assertInstanceOf(Stmt.Pass.class, last.then().get(0));
  }

  @Test
  void aPropertyReachedTwiceIsIncludedOnce() {
    Spec spec = GoodSpecsTest.check("bridge_props.py", NF);
    assertEquals(3, spec.files().size(), spec.files().toString());
    assertTrue(spec.files().get(2).getFileName().toString().equals("paygo-no_loop.py"));
    assertEquals(1, only(spec.body(), Stmt.PopHeader.class).size());
    Stmt.Assert noLoop = only(spec.body(), Stmt.Assert.class).get(0);
    Expr.Unary not = (Expr.Unary) noLoop.cond();
    Expr.Mem mem = (Expr.Mem) not.operand();
    assertEquals(new Expr.InputRef(mem.element().at(), Input.RECEIVED_ON_PORT), mem.element());
    assertEquals(new Expr.InputRef(mem.list().at(), Input.SENT_ON_PORTS), mem.list());
  }

  @Test
  void withoutAnNfStateIsOfUnknownKindAndRecordsUnchecked() {
    Spec spec = GoodSpecsTest.check("bridge.py", Optional.empty());
    assertEquals(StateKind.UNKNOWN, spec.stateObjects().get("dyn_emap").kind());
    Expr.RecordValue key = only(expressions(spec.body()), Expr.RecordValue.class).stream()
        .filter(r -> r.spelled().equals("StaticKeyc")).findFirst().orElseThrow();
    assertEquals(false, key.checked());
    assertEquals(List.of("dyn_emap", "dyn_vals", "stat_map"), List.copyOf(spec.stateObjects().keySet()));
  }

  @Test
  void locationsAreOneBasedWithALength() {
    Spec spec = GoodSpecsTest.check("bridge.py", NF);
    Stmt.PopHeader pop = only(spec.body(), Stmt.PopHeader.class).get(0);
    assertEquals(6, pop.at().line());
    assertEquals(1, pop.at().column());
    Stmt.StateUpdate expire = only(spec.body(), Stmt.StateUpdate.class).get(0);
    Expr.Binary arg = (Expr.Binary) expire.args().get(0);
    assertEquals(7, arg.at().line());
    assertEquals(21, arg.at().column());
    assertEquals("now - EXP_TIME".length(), arg.at().length());
  }
}
