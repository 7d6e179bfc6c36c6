package dev.vigor.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scaling bench's rows on the firewall: every configuration gives the first's verdicts, the
 * warm cache reuses every result, an edited property is the only file validated again, and a
 * configuration that answers differently is flagged; the catalog folder is never written.
 */
class ScalingBenchTest {
  static final Path FIREWALL = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("firewall");

  @Test
  void cacheRowsReuseWhatDidNotChangeAndAgree() throws Exception {
    List<Path> files = ScalingBench.specFiles(FIREWALL);
    List<String> before = new ArrayList<>();
    for (Path f : files) {
      before.add(Files.readString(f));
    }
    List<ScalingBench.Row> rows = ScalingBench.measure(FIREWALL, 60_000, 0, 1,
        List.of(ScalingBench.local(1), ScalingBench.local(2)), r -> { });
    assertEquals(5, rows.size(), rows.toString());
    rows.forEach(r -> assertTrue(r.sameVerdicts(), r.toString()));
    rows.forEach(r -> assertEquals(Verdict.PROVED, r.verdict(), r.toString()));
    // the bench scales the NF layer's verification (threads, workers, cache): every row says so
    rows.forEach(r -> assertEquals(dev.vigor.engine.layers.LayerRegistry.standard().always(),
        r.layers(), r.toString()));
    int n = files.size();
    assertTrue(rows.get(2).cache().contains("traces explored and stored"), rows.get(2).cache());
    assertTrue(rows.get(3).cache().contains("traces reused")
        && rows.get(3).cache().contains("reused for " + n + " of " + n + " files"), rows.get(3).cache());
    assertTrue(rows.get(4).configuration().endsWith("edited"), rows.get(4).configuration());
    assertTrue(rows.get(4).cache().contains("reused for " + (n - 1) + " of " + n + " files"),
        rows.get(4).cache());
    for (int i = 0; i < n; i++) {
      assertEquals(before.get(i), Files.readString(files.get(i)), "the bench wrote " + files.get(i));
    }
  }

  @Test
  void aConfigurationWithOtherVerdictsIsFlagged() throws Exception {
    // verifies the spec alone: its per-file verdict lists differ from the full run's
    ScalingBench.Configuration partial = new ScalingBench.Configuration() {
      @Override
      public String name() {
        return "spec only";
      }

      @Override
      public Verification.Result run(Path nfDir, LoadedNf nf, List<Path> files, long timeoutMs)
          throws java.io.IOException {
        return Verification.run(nfDir, nf, files.subList(0, 1), timeoutMs, 1);
      }
    };
    List<ScalingBench.Row> rows = ScalingBench.measure(FIREWALL, 60_000, 0, 1,
        List.of(ScalingBench.local(1), partial), r -> { });
    assertTrue(rows.get(0).sameVerdicts());
    assertFalse(rows.get(1).sameVerdicts(), rows.toString());
  }
}
