package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A final state that differs from the NF's only at entries no call or lookup of the trace
 * mentions: the validator must still compare the tables everywhere, not just at the keys the trace
 * names. A bridge that ages its table and then drops every frame mentions no key at all, so a spec
 * aging entries one second later is wrong only at entries stamped in that second. Two things
 * stand for "any entry" and each alone catches it (checked by removing each): the fresh witness of
 * a table whose final terms differ, and the index a trace that allocates nothing leaves free.
 * Without both, this spec was proved.
 */
class UnmentionedEntriesTest {
  static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("bridge");
  @TempDir Path tmp;

  private static final String SPEC = """
      from state import dyn_macs
      EXP_TIME = %d * 1000 * 1000 * 1000
      h = pop_header(ether, on_mismatch=([], []))
      dyn_macs.expire_all(now - EXP_TIME)
      return DROP
      """;

  private Verification.SpecResult verify(int seconds) throws Exception {
    Path nf = SmallNf.variant(BRIDGE, tmp, "bridge.c",
        "  learn(&eth->s_addr, device, now);\n",
        "  return NF_DROP;\n  learn(&eth->s_addr, device, now);\n");
    Path spec = tmp.resolve("ages_" + seconds + ".py");
    Files.writeString(spec, SPEC.formatted(seconds));
    Verification.Result r = Verification.run(nf, LoadedNf.load(nf), List.of(spec), 120_000);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    return r.specs().get(0);
  }

  @Test
  void agingAsTheNfDoesIsProved() throws Exception {
    Verification.SpecResult s = verify(300);
    assertFalse(s.traces().isEmpty());
    SmallNf.assertAllProved(s);
  }

  @Test
  void agingOneSecondLaterIsViolatedWithAReplayedCounterexample() throws Exception {
    Verification.SpecResult s = verify(301);
    assertEquals(Verdict.VIOLATED, s.verdict(), s.traces().toString());
    List<Counterexample> cs = SmallNf.counterexamples(s);
    assertFalse(cs.isEmpty());
    // the spec's expire_all line: where the final table stops being the NF's
    assertTrue(cs.stream().anyMatch(c -> c.specLine().contains(":4:")),
        cs.stream().map(Counterexample::specLine).toList().toString());
  }
}
