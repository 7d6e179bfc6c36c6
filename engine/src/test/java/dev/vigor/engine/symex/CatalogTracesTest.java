package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every catalog NF: the number of paths (pinned, checked by hand), no low-level check fails or is
 * undecided, and every trace's concrete input replays to the same decisions and verdict.
 *
 * <p>nop (2 paths): {@code device == 0 ? 1 : 0} forks once: device 0 -> 1, device 1 -> 0.
 *
 * <p>bridge (19 paths): length < 14 -> drop (1). Otherwise learning has 3 outcomes (source known
 * and refreshed; unknown and added; unknown and the emap full), and after each the destination
 * has 6: static entry STATIC_DROP -> drop; static entry naming the input device -> drop; static
 * entry for the other device -> that device; learned on the input device -> drop; learned on the
 * other -> that device; unknown -> flood. 1 + 3 * 6 = 19.
 *
 * <p>firewall (22 paths): the IPv4/L4 helpers reject 7 ways before the protocol test, and for
 * each of the two protocols (TCP, UDP: the two sides of {@code != proto_a}) a fragment and a
 * too-short L4 header drop, leaving 5 flow outcomes (WAN: open flow -> its LAN device, none ->
 * drop; LAN: known -> WAN, added -> WAN, table full -> WAN): 7 + 2 * (2 + 5) + 1 = 22, where the
 * extra 1 is the non-TCP/UDP drop.
 */
class CatalogTracesTest {
  @org.junit.jupiter.api.Test
  void nopTreeIsOneBranchOnTheDevice() throws Exception {
    Path dir = Nfs.catalog("nop");
    try (SymexResult r = SymbolicExecutor.run(Nfs.compile(dir), Nfs.config(dir), ProgressListener.NONE,
        CancelToken.none())) {
      assertEquals("""
          if (device == 0)  [nop.c:13:10]
            true:
              -> trace 0: device 1
            false:
              -> trace 1: device 0
          """, r.tree().render());
      assertEquals(List.of("device == 0"), r.traces().get(0).pathText());
      assertEquals(List.of("!(device == 0)"), r.traces().get(1).pathText());
    }
  }

  @ParameterizedTest
  @CsvSource({"nop, 2", "bridge, 19", "firewall, 22"})
  void pathsAreCountedCheckedAndReplayConcretely(String name, int paths) throws Exception {
    Path dir = Nfs.catalog(name);
    Program program = Nfs.compile(dir);
    NfConfig config = Nfs.config(dir);
    try (SymexResult r = SymbolicExecutor.run(program, config, ProgressListener.NONE, CancelToken.none())) {
      assertEquals(paths, r.traces().size(), r.tree().render());
      assertTrue(r.checks().isEmpty(), () -> "checks: " + r.checks());
      ConcreteInterpreter concrete = new ConcreteInterpreter(program, config);
      for (Trace t : r.traces()) {
        assertNotNull(t.input(), "trace " + t.id() + " has no concrete input");
        assertNull(t.endedBy());
        ConcreteRun run = concrete.replay(t.input());
        assertTrue(!run.failed(), () -> "trace " + t.id() + " replay failed: " + run.failure());
        assertEquals(t.decisions(), run.decisions(), "trace " + t.id() + " replays along another path");
        assertEquals(t.concreteVerdict(), run.verdict(), "trace " + t.id() + " replays to another verdict");
      }
    }
  }
}
