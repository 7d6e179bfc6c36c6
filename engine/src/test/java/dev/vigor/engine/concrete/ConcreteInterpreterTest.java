package dev.vigor.engine.concrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.symex.Nfs;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The concrete interpreter runs the catalog NFs on packet sequences, keeping state between them. */
class ConcreteInterpreterTest {
  private static final String A = "020000000a0a";
  private static final String B = "020000000b0b";

  private static byte[] frame(String dst, String src) {
    return HexFormat.of().parseHex(dst + src + "0800" + "00".repeat(46));
  }

  @Test
  void bridgeLearnsFloodsForwardsAndFilters() throws Exception {
    Path dir = Nfs.catalog("bridge");
    Program p = Nfs.compile(dir);
    ConcreteInterpreter nf = new ConcreteInterpreter(p, Nfs.config(dir));
    assertTrue(nf.init());
    assertEquals(-2L, nf.process(0, frame(B, A), 1).verdict(), "unknown destination: flood");
    assertEquals(0L, nf.process(1, frame(A, B), 2).verdict(), "A was learned on device 0");
    assertEquals(1L, nf.process(0, frame(B, A), 3).verdict(), "B was learned on device 1");
    assertEquals(-1L, nf.process(1, frame(B, A), 4).verdict(), "A moved to 1, B is on 1: filtered");
    assertEquals(-1L, nf.process(0, frame("0180c2000000", A), 5).verdict(), "802.1D reserved address");
    assertEquals(1L, nf.process(0, frame("020000000001", A), 6).verdict(), "static router entry on 1");
    assertEquals(-1L, nf.process(0, new byte[13], 7).verdict(), "runt frame");
    // past the ageing time B is forgotten again
    assertEquals(-2L, nf.process(0, frame(B, A), 7 + 300_000_000_001L).verdict());
  }

  @Test
  void firewallLetsRepliesInOnlyForOpenFlows() throws Exception {
    Path dir = Nfs.catalog("firewall");
    ConcreteInterpreter nf = new ConcreteInterpreter(Nfs.compile(dir), Nfs.config(dir));
    assertTrue(nf.init());
    String ipUdp = "4500001c000000004011" + "0000" + "0a000001" + "08080808" + "1234" + "0035" + "0008" + "0000";
    String reply = "4500001c000000004011" + "0000" + "08080808" + "0a000001" + "0035" + "1234" + "0008" + "0000";
    byte[] out = HexFormat.of().parseHex(B + A + "0800" + ipUdp);
    byte[] in = HexFormat.of().parseHex(A + B + "0800" + reply);
    assertEquals(-1L, nf.process(2, in, 1).verdict(), "no flow open yet");
    assertEquals(2L, nf.process(1, out, 2).verdict(), "LAN to WAN");
    assertEquals(1L, nf.process(2, in, 3).verdict(), "the reply goes to the LAN device of the flow");
  }

  @Test
  void aDefectStopsTheRunWithTheCheckAndLine() throws Exception {
    Path dir = Nfs.broken("division_by_zero");
    ConcreteInterpreter nf = new ConcreteInterpreter(Nfs.compile(dir), Nfs.config(dir));
    assertTrue(nf.init());
    ConcreteRun ok = nf.process(0, frame("050000000000", A), 0);
    assertEquals(51L % 2, ok.verdict());
    ConcreteRun bad = nf.process(0, frame("000000000000", A), 0);
    assertEquals(LowLevelCheck.DIVISION_BY_ZERO, bad.failedCheck());
    assertEquals(16, bad.failedAt().line());
  }

  @Test
  void theCTraceShowsAStoredValueAsItsTypeReadsIt() throws Exception {
    // the bridge's nf_init stores STATIC_DROP (0xFFFF) into a uint16_t device field
    Path dir = Nfs.catalog("bridge");
    ConcreteInterpreter nf = new ConcreteInterpreter(Nfs.compile(dir), Nfs.config(dir));
    var run = nf.initRun();
    assertTrue(run.succeeded());
    assertTrue(run.steps().stream().anyMatch(s -> s.endsWith("value.device = 65535")),
        run.steps().toString());
    assertTrue(run.steps().stream().noneMatch(s -> s.endsWith("value.device = -1")));
  }
}
