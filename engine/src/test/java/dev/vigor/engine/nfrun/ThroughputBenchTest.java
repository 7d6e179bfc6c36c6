package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * vigor bench --run's figures: the bridge and the plain-C baseline both run the bridge's
 * generated capture, and decide every packet alike (same sends per device, same drops), so the
 * baseline is the same work without libVig and its throughput a fair comparison.
 */
class ThroughputBenchTest {
  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  @Test
  void theBridgeAndItsPlainCBaselineForwardAlike() throws Exception {
    List<ThroughputBench.Row> seen = new ArrayList<>();
    List<ThroughputBench.Row> rows = ThroughputBench.measure(
        List.of(Catalog.readNf(RunFixture.CATALOG.resolve("bridge"))), RunFixture.build(),
        ThroughputBench.baseline(NfBuild.repoOf(RunFixture.INCLUDE)), 5_000, 1, seen::add);
    assertEquals(rows, seen);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("bridge", rows.get(0).nf());
    assertTrue(rows.get(1).nf().startsWith("plain C bridge"), rows.get(1).nf());
    assertTrue(rows.get(0).summary().contains("5000 packets"), rows.get(0).summary());
    assertEquals(rows.get(0).summary(), rows.get(1).summary(),
        "the baseline decides the capture's packets as the verified bridge does");
    rows.forEach(r -> assertTrue(r.packetsPerSecond() > 0, r.toString()));
  }
}
