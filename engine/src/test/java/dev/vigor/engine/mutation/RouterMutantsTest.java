package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bug of router-mutants.txt, planted in the catalog router, violates its spec.py; an
 * out-of-bounds header read fails the low-level packet-bounds check with a replayed input, and a
 * loop that never ends for TTL 255 is refused before verification.
 */
class RouterMutantsTest {
  static List<Mutant> mutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("router-mutants.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void specCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    MutantVerdicts.assertCaughtBySpec(m, "router", "router.c", tmp);
  }

  /**
   * props/checksum_update.py states the new IPv4 checksum exactly: the catalog router proves it,
   * and an update for the wrong words violates it with a replayed counterexample. (Folding the
   * carry once instead of twice is no bug here: ~m + m' is 0xFEFF for a TTL decrement, so the
   * sum never carries twice, and the property is proved for that variant too.)
   */
  @Test
  void exactChecksumCatchesSwappedWords(@TempDir Path tmp) throws Exception {
    Path prop = Path.of("props", "checksum_update.py");
    Path good = MutantVerdicts.CATALOG.resolve("router");
    Verification.Result ok = Verification.run(good, LoadedNf.load(good),
        List.of(good.resolve(prop)), 120_000);
    assertEquals(Verdict.PROVED, ok.specs().get(0).verdict(), ok.specs().toString());

    Mutant m = new Mutant("checksum-words-swapped",
        "the checksum is updated as if the TTL had gone up (old and new word swapped)",
        "nf_checksum_update16(ip->hdr_checksum, old_word, new_word);",
        "nf_checksum_update16(ip->hdr_checksum, new_word, old_word);", List.of());
    Path dir = m.plantIn("router", tmp);
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve(prop)), 120_000);
    assertTrue(r.lowLevel().stream().noneMatch(l -> l.verdict() == Verdict.VIOLATED),
        r.lowLevel().toString());
    assertEquals(Verdict.VIOLATED, r.specs().get(0).verdict(), r.specs().toString());
    assertTrue(r.specs().get(0).traces().stream()
        .flatMap(t -> t.counterexample().stream())
        .anyMatch(c -> c.specLine().contains("checksum_update.py:")), r.specs().toString());
  }

  @Test
  void unvalidatedHeaderReadFailsPacketBounds(@TempDir Path tmp) throws Exception {
    Mutant m = new Mutant("unvalidated-header",
        "the IPv4 header is taken at offset 14 without checking the packet holds one",
        "struct ipv4_hdr *ip = nf_ipv4_header(packet, length);",
        "struct ipv4_hdr *ip = (struct ipv4_hdr *)(packet + 14);", List.of());
    Path dir = m.plantIn("router", tmp);
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py")), 120_000);
    List<Verification.LowLevel> bounds = r.lowLevel().stream()
        .filter(l -> l.check().equals(LowLevelCheck.PACKET_BOUNDS.name())).toList();
    assertTrue(!bounds.isEmpty(), "no packet-bounds failure: " + r.lowLevel());
    assertTrue(bounds.stream().allMatch(l -> l.verdict() == Verdict.VIOLATED),
        "a packet-bounds failure did not replay: " + bounds);
    assertTrue(bounds.get(0).loc().startsWith("router.c:"), bounds.get(0).loc());
    assertEquals(Verdict.VIOLATED, r.specs().get(0).verdict());
  }

  @Test
  void loopThatNeverEndsIsRefused(@TempDir Path tmp) throws Exception {
    Mutant m = new Mutant("hop-loop-hangs",
        "a loop over the hops left runs forever when the TTL is 255 (its uint8_t counter wraps)",
        "  decrement_ttl(ip);\n",
        "  for (uint8_t hops = 0; hops <= ip->time_to_live; hops++) {\n    out = out;\n  }\n"
            + "  decrement_ttl(ip);\n", List.of());
    Path dir = m.plantIn("router", tmp);
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> LoadedNf.load(dir));
    String said = String.valueOf(e.diagnostics());
    assertTrue(said.contains("loop never ends when 'ip->time_to_live' is 255"), said);
  }
}
