package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nfrun.CapturedPacket;
import dev.vigor.engine.nfrun.TrafficGenerator;
import dev.vigor.engine.specexec.AbstractState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables followed through what each packet changed are, after every packet, the tables read
 * whole; and a followed table compares with a whole read at its changed entries only. On each
 * catalog NF whose packets change its tables (not the router's: routes come from nf_init), with generated traffic that floods the tables and lets them age out.
 */
class FollowedTablesTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bridge", "firewall", "nat", "lb", "policer"})
  void followedTablesAreTheTablesReadWhole(String name) throws Exception {
    Path dir = CATALOG.resolve(name);
    LoadedNf loaded = LoadedNf.load(dir);
    NfConfig config = NfConfig.load(dir);
    ConcreteInterpreter nf = new ConcreteInterpreter(loaded.program(), config);
    assertTrue(nf.init());
    FollowedTables tables = new FollowedTables(loaded.program(), nf);
    List<CapturedPacket> packets = new TrafficGenerator(TrafficGenerator.forNf(loaded, config, 40,
        7)).generate(1200, 300);
    int changedPackets = 0;
    for (CapturedPacket p : packets) {
      Map<String, AbstractState> pre = tables.startPacket();
      nf.process(p.device(), p.bytes(), p.timeNs());
      Map<String, AbstractState> post = tables.endPacket();
      Map<String, AbstractState> whole = ConcreteStates.byCName(loaded.program(), nf.objectStates());
      assertEquals(whole, post, "after the packet at " + p.timeNs());
      for (var e : post.entrySet()) {
        AbstractState before = pre.get(e.getKey());
        assertEquals(before.equals(e.getValue()),
            AbstractState.sameAfter(before, e.getValue(), before), e.getKey());
        assertTrue(AbstractState.sameAfter(before, e.getValue(), whole.get(e.getKey())));
        if (!before.equals(e.getValue())) {
          changedPackets++;
        }
      }
    }
    assertTrue(changedPackets > 100, name + ": the traffic changes the tables: " + changedPackets);
    // the tables listed back are what the interpreter lists
    assertEquals(ConcreteStates.byCName(loaded.program(), nf.objectStates()),
        ConcreteStates.byCName(loaded.program(), tables.objectStates(tables.startPacket())));
  }
}
