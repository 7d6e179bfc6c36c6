package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.symex.Trace;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.VigHash;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minimal Maglev balancer (cht_find_preferred over an emap of servers) against a spec using
 * exists_with_cht / choose_with_cht / _T_hash: proved as written; violated, with a replayed
 * counterexample at the choosing line, when the spec hashes another record or the NF another
 * hash; and its symbolic traces replay concretely with the same decisions and verdicts.
 */
class ChtValidationTest {
  static final Path MAGLEV = Path.of("src/test/resources/validate/maglev");
  @TempDir Path tmp;

  /** A copy of the NF with {@code find} replaced in {@code file}. */
  Path variant(String file, String find, String replace) throws Exception {
    return SmallNf.variant(MAGLEV, tmp, file, find, replace);
  }

  static Verification.SpecResult verify(Path dir) throws Exception {
    return SmallNf.verify(dir);
  }

  static void assertViolatedAtLine(Verification.SpecResult s, String line) {
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    List<Counterexample> cs = s.traces().stream().flatMap(t -> t.counterexample().stream()).toList();
    assertFalse(cs.isEmpty());
    assertTrue(cs.stream().anyMatch(c -> c.specLine().contains("spec.py:" + line + ":")),
        cs.get(0).render());
  }

  @Test
  void theMaglevChoiceIsProved() throws Exception {
    Verification.SpecResult s = verify(MAGLEV);
    assertFalse(s.traces().isEmpty());
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  @Test
  void aSpecHashingTheReversedPairIsViolated() throws Exception {
    assertViolatedAtLine(verify(variant("spec.py", "p = Pair(ip.saddr, ip.daddr)",
        "p = Pair(ip.daddr, ip.saddr)")), "11");
  }

  @Test
  void anNfHashingSomethingElseIsViolated() throws Exception {
    assertViolatedAtLine(verify(variant("maglev.c",
        "cht_find_preferred(table, vig_hash(&p, sizeof(struct Pair)), servers, &server)",
        "cht_find_preferred(table, vig_hash(&p, sizeof(struct Pair)) + 1, servers, &server)")), "11");
  }

  @Test
  void aSpecIgnoringTheTableIsViolated() throws Exception {
    // "any live server" is not Maglev's choice
    assertViolatedAtLine(verify(variant("spec.py",
        "return servers.choose_with_cht(table, _Pair_hash(p)), pkt",
        "return 0, pkt")), "11");
  }

  @Test
  void symbolicTracesReplayConcretely() throws Exception {
    LoadedNf nf = LoadedNf.load(MAGLEV);
    Program p = nf.program();
    NfConfig config = NfConfig.load(MAGLEV);
    try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
      assertTrue(r.checks().isEmpty(), r.checks().toString());
      assertTrue(r.traces().stream().anyMatch(t -> t.calls().stream()
          .anyMatch(c -> c.function().equals("cht_find_preferred"))));
      for (Trace t : r.traces()) {
        ConcreteRun run = new ConcreteInterpreter(p, config).replay(t.input());
        assertEquals(t.decisions(), run.decisions(), "trace " + t.id() + " " + t.input().summary());
        assertEquals(t.concreteVerdict(), run.verdict());
      }
    }
  }

  @Test
  void theConcreteNfPicksTheFilledTablesBackend() throws Exception {
    LoadedNf nf = LoadedNf.load(MAGLEV);
    ConcreteInterpreter run = new ConcreteInterpreter(nf.program(), NfConfig.load(MAGLEV));
    assertTrue(run.init());
    // servers 10.0.0.1 and 10.0.0.2 register (indices 0 and 1), then 1.2.3.4 -> 5.6.7.8 arrives
    assertEquals(-1L, run.process(4, frame("0a000001", "0a0000ff"), 1).verdict());
    assertEquals(-1L, run.process(4, frame("0a000002", "0a0000ff"), 2).verdict());
    long got = run.process(0, frame("01020304", "05060708"), 3).verdict();
    ConcreteCht table = new ConcreteCht(4, 7);
    table.fill();
    ConcreteEmap servers = new ConcreteEmap(4, 4);
    servers.add(new byte[] {1, 0, 0, 10}, 1);
    servers.add(new byte[] {2, 0, 0, 10}, 2);
    // struct Pair in memory: two little-endian host-order words
    int hash = VigHash.hash(HexFormat.of().parseHex("04030201" + "08070605"));
    assertEquals(table.findPreferred(hash, servers).getAsInt(), got);
  }

  /** An Ethernet + IPv4 frame from src to dst (hex addresses), protocol UDP, no payload. */
  private static byte[] frame(String src, String dst) {
    return HexFormat.of().parseHex("ffffffffffff" + "020000000a0a" + "0800"
        + "45000014000000004011" + "0000" + src + dst);
  }
}
