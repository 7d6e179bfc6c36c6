package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigor verify --cache DIR}: the same results, and a line saying what was reused. */
class VerifyCacheCliTest {
  static final Path BRIDGE = PropertyAloneCliTest.CATALOG.resolve("bridge");

  /** stdout without times, which differ from run to run. */
  static List<String> results(String out) {
    return out.lines().filter(l -> !l.startsWith("cache: "))
        .map(l -> l.replaceAll("\\(\\d+ ms\\)", "(N ms)")).toList();
  }

  @Test
  void aSecondRunReusesTracesAndProofsAndSaysSo(@TempDir Path tmp) {
    String cache = tmp.resolve("c").toString();
    CheckCommandTest.Run plain = CheckCommandTest.run("verify", BRIDGE.toString(), "--progress", "off");
    CheckCommandTest.Run cold = CheckCommandTest.run("verify", BRIDGE.toString(), "--cache", cache,
        "--progress", "off");
    CheckCommandTest.Run warm = CheckCommandTest.run("verify", BRIDGE.toString(), "--cache", cache,
        "--progress", "off");
    for (CheckCommandTest.Run r : List.of(plain, cold, warm)) {
      assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    }
    assertEquals(results(plain.out()), results(cold.out()));
    assertEquals(results(plain.out()), results(warm.out()));
    assertTrue(plain.out().lines().noneMatch(l -> l.startsWith("cache: ")), "no flag, no cache");
    assertTrue(cold.out().contains("cache: traces explored and stored (19, "), cold.out());
    assertTrue(cold.out().contains("spec verdicts reused for 0 of 13 files (0 of 247 trace results)"),
        cold.out());
    assertTrue(warm.out().contains("cache: traces reused (19, "), warm.out());
    assertTrue(warm.out().contains(" ms, 0 solver queries), spec verdicts reused for 13 of 13 files"
        + " (247 of 247 trace results)"), warm.out());
    assertEquals("", warm.err(), "no note on a sound cache");
  }

  @Test
  void tracesReplaysFromTheCacheWithTheSameOutput(@TempDir Path tmp) {
    String cache = tmp.resolve("c").toString();
    CheckCommandTest.Run cold = CheckCommandTest.run("traces", BRIDGE.toString(), "--tree",
        "--cache", cache);
    CheckCommandTest.Run warm = CheckCommandTest.run("traces", BRIDGE.toString(), "--tree",
        "--cache", cache);
    assertEquals(ExitCodes.OK, warm.code(), warm.out() + warm.err());
    assertEquals(withoutTimes(cold.out()), withoutTimes(warm.out()));
    assertTrue(warm.out().contains("cache: traces reused (19, "), warm.out());
    assertTrue(warm.out().contains("(of which solver 0 ms, 0 queries)"), warm.out());
  }

  static List<String> withoutTimes(String out) {
    return out.lines().filter(l -> !l.startsWith("time: ") && !l.startsWith("cache: ")).toList();
  }

  @Test
  void aFileIsNoCacheFolder(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", BRIDGE.toString(), "--cache",
        file.toString(), "--prop", "no_loop");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--cache " + file + " is a file"), r.err());
  }
}
