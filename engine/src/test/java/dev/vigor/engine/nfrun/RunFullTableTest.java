package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.mutation.Mutant;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traffic with {@code --fill-tables} fills the NAT's flow table, so {@code --check} reaches the
 * full-table branch: the NAT agrees with its spec there, and a NAT that leaks a new flow's packet
 * untranslated when the table is full is caught, though the same traffic without the flood
 * misses it. On a copy with 512 flows: filling the catalog's 65,536 takes 147,456 packets, about
 * two minutes of --check per run (docs/running-nfs.md has that run).
 */
class RunFullTableTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  /** The catalog NAT (or, with the mutant, the planted copy) with 512 flows. */
  private static Path smallNat(Path dir) throws Exception {
    Path c = dir.resolve("nat.c");
    Files.writeString(c, Files.readString(c).replace("#define CAPACITY 65536",
        "#define CAPACITY 512"));
    Path props = dir.resolve("nf.properties");
    Files.writeString(props, Files.readString(props).replaceAll("(?m)^(capacity\\.\\w+) = 65536$",
        "$1 = 512"));
    return dir;
  }

  @Test
  void theFullTableBranchIsCheckedAndItsBugFound() throws Exception {
    Path good = tmp.resolve("nat");
    dev.vigor.engine.FolderCopy.copyTree(RunFixture.CATALOG.resolve("nat"), good);
    smallNat(good);
    Path bad = smallNat(Mutant.named("nat", "full-table-leaks").plantIn("nat", tmp.resolve("bad")));
    Path full = tmp.resolve("full.pcapng");
    Path plain = tmp.resolve("plain.pcapng");
    RunFixture.Cli g = RunFixture.run(good.toString(), "--generate", "3000", "--fill-tables",
        "--out", full.toString());
    assertEquals(0, g.exit(), g.all());
    assertTrue(g.out().contains("576 of the flows flood the tables"), g.out());
    assertEquals(0, RunFixture.run(good.toString(), "--generate", "3000", "--out",
        plain.toString()).exit());

    RunFixture.Cli ok = RunFixture.run(good.toString(), "--pcap", full.toString(), "--check");
    assertEquals(0, ok.exit(), ok.all());
    RunFixture.Cli caught = RunFixture.run(bad.toString(), "--pcap", full.toString(), "--check");
    assertEquals(1, caught.exit(), caught.all());
    assertTrue(caught.out().contains("VIOLATED at packet"), caught.out());
    RunFixture.Cli missed = RunFixture.run(bad.toString(), "--pcap", plain.toString(), "--check");
    assertEquals(0, missed.exit(), "without the flood the table never fills: " + missed.all());
  }
}
