package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.mutation.Mutant;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bug planted in a catalog NF (a mutant vigor verify reports) is found by {@code vigor run
 * --check} on generated traffic, with a counterexample naming one of the spec lines verify's
 * mutation tests accept for it.
 */
class RunMutantTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  @ParameterizedTest
  @CsvSource({"bridge, drop-unknown", "bridge, no-expiry", "firewall, forward-unsolicited"})
  void plantedBugIsFoundWithTheSpecLine(String nf, String name) throws Exception {
    Mutant m = Mutant.named(nf, name);
    Path dir = m.plantIn(nf, tmp.resolve(nf));
    Path traffic = tmp.resolve(nf + "-" + name + ".pcapng");
    assertEquals(0, RunFixture.run(RunFixture.CATALOG.resolve(nf).toString(), "--generate",
        "3000", "--out", traffic.toString()).exit());
    Path json = tmp.resolve(name + ".json");
    RunFixture.Cli r = RunFixture.run(dir.toString(), "--pcap", traffic.toString(), "--check",
        "--json", json.toString());
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.out().contains("VIOLATED at packet"), r.out());
    assertTrue(r.out().contains("NF:") && r.out().contains("spec:"), r.out());
    assertTrue(m.specLines().stream().anyMatch(l -> r.out().contains("spec.py:" + l + ":")),
        "decided at one of " + m.specLines() + ":\n" + r.out());
    assertTrue(r.out().contains("bug in the tool"), r.out());
    assertTrue(Files.readString(json).contains("\"violated\""), Files.readString(json));
  }
}
