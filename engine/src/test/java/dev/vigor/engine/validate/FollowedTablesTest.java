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
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    followedThroughGeneratedTraffic(CATALOG.resolve(name), name);
  }

  /**
   * An NF of a stranger's: a 65,536-entry map of frame counts per source MAC (no catalog NF
   * changes a map per packet) and an lpm it updates from the packet (followed as a whole).
   */
  @Test
  void aStrangersMapAndLpmAreFollowedToo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("nf.properties"), """
        name = counter
        description = Counts frames per source MAC; learns a route per frame over 100 bytes.
        devices = 2
        packet.min_length = 0
        packet.max_length = 1514
        capacity.counts = 65536
        capacity.routes = 64
        """);
    Files.writeString(dir.resolve("counter.c"), """
        #define NF_DEVICE_COUNT 2
        #include <vigor/nf.h>
        #include <vigor/libvig.h>

        struct Count {
          uint16_t n;
        };

        VIG_MAP(counts, struct ether_addr, struct Count, 65536);
        VIG_LPM(routes, 64);
        NF_EXPORT_STATE(counts, "counts");
        NF_EXPORT_STATE(routes, "routes");

        bool nf_init(void) {
          return true;
        }

        int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
          (void)now;
          struct ether_hdr *eth = nf_ether_header(packet, length);
          if (eth == NULL) {
            return NF_DROP;
          }
          struct Count c;
          if (map_get(counts, &eth->s_addr, &c)) {
            if (c.n < 65535) {
              c.n = c.n + 1;
            }
            map_put(counts, &eth->s_addr, &c);
          } else if (!map_full(counts)) {
            c.n = 1;
            map_put(counts, &eth->s_addr, &c);
          }
          if (length > 100) {
            uint32_t prefix = (uint32_t)packet[6] << 24 | (uint32_t)packet[7] << 16
                | (uint32_t)packet[8] << 8;
            if (!lpm_update(routes, prefix, 24, device)) {
              return NF_DROP;
            }
          }
          return device == 0 ? 1 : 0;
        }
        """);
    followedThroughGeneratedTraffic(dir, "counter");
  }

  private static void followedThroughGeneratedTraffic(Path dir, String name) throws Exception {
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
