package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vigor run --check} on generated traffic: the catalog NFs' binaries agree with their
 * specs on every packet, and the --json/--sarif reports say so in verify's formats.
 */
class RunCheckTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bridge", "firewall"})
  void tenThousandPacketsAgreeWithTheSpec(String name) throws Exception {
    Path traffic = tmp.resolve(name + ".pcapng");
    Path nf = RunFixture.CATALOG.resolve(name);
    RunFixture.Cli gen = RunFixture.run(nf.toString(), "--generate", "10000", "--out",
        traffic.toString());
    assertEquals(0, gen.exit(), gen.all());
    long t0 = System.nanoTime();
    RunFixture.Cli r = RunFixture.run(nf.toString(), "--pcap", traffic.toString(), "--check",
        "--json", tmp.resolve(name + ".json").toString(), "--sarif",
        tmp.resolve(name + ".sarif").toString());
    System.out.printf("%s: --check of 10000 packets took %d ms%n", name,
        (System.nanoTime() - t0) / 1_000_000);
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().contains("agreed   10000 packets checked"), r.out());
    assertTrue(Files.readString(tmp.resolve(name + ".json")).contains("\"proved\""),
        "verify's JSON with the capture as one proved trace");
    assertTrue(Files.readString(tmp.resolve(name + ".sarif")).contains("\"version\" : \"2.1.0\""));
  }

  @Tag("heavy")
  @ParameterizedTest
  @ValueSource(strings = {"bridge", "firewall", "nat", "lb", "policer", "router", "nop"})
  void aHundredAndFiftyThousandPacketsFillingTheTablesAgreeWithTheSpec(String name)
      throws Exception {
    Path traffic = tmp.resolve(name + "-150k.pcapng");
    Path nf = RunFixture.CATALOG.resolve(name);
    // the paper's 65,536-entry tables, flooded full (the NOP has none)
    List<String> gen = new java.util.ArrayList<>(List.of(nf.toString(), "--generate", "150000",
        "--out", traffic.toString()));
    if (!name.equals("nop")) {
      gen.add("--fill-tables");
    }
    assertEquals(0, RunFixture.run(gen.toArray(String[]::new)).exit());
    RunFixture.Cli r = RunFixture.run(nf.toString(), "--pcap", traffic.toString(), "--check");
    assertEquals(0, r.exit(), r.all());
  }

  @Test
  void everyOtherCatalogNfAgreesOnAThousandPackets() throws Exception {
    for (String name : new String[] {"nat", "lb", "policer", "router", "nop"}) {
      Path traffic = tmp.resolve(name + "-1k.pcapng");
      Path nf = RunFixture.CATALOG.resolve(name);
      assertEquals(0, RunFixture.run(nf.toString(), "--generate", "1000", "--out",
          traffic.toString()).exit());
      RunFixture.Cli r = RunFixture.run(nf.toString(), "--pcap", traffic.toString(), "--check");
      assertEquals(0, r.exit(), name + ": " + r.all());
    }
  }
}
