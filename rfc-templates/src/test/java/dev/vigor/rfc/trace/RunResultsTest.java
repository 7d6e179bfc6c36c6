package dev.vigor.rfc.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Last verdicts come from the newest run of the NF asked for, in the engine's results JSON. */
class RunResultsTest {
  @TempDir Path runs;

  private static String run(String... fileAndVerdict) {
    StringBuilder b = new StringBuilder("{\"nf\":\"/c/bridge\",\"specs\":[");
    for (int i = 0; i < fileAndVerdict.length; i += 2) {
      b.append(i == 0 ? "" : ",").append("{\"file\":\"").append(fileAndVerdict[i])
          .append("\",\"verdict\":\"").append(fileAndVerdict[i + 1])
          .append("\",\"millis\":5,\"diagnostics\":[],\"traces\":[]}");
    }
    return b.append("]}\n").toString();
  }

  @Test
  void newestRunOfTheNfWins() throws Exception {
    Files.writeString(runs.resolve("20261124-050000-bridge.json"), run("/c/bridge/props/learn.py", "violated"));
    Files.writeString(runs.resolve("20261124-060000-bridge.json"),
        run("/c/bridge/props/learn.py", "proved", "/c/bridge/spec.py", "unknown"));
    Files.writeString(runs.resolve("20261124-070000-firewall.json"), run("/c/firewall/spec.py", "proved"));
    Files.writeString(runs.resolve("20261124-080000-my-bridge.json"), run("/c/x/props/learn.py", "violated"));

    RunResults.LastRun last = RunResults.newest(runs, "bridge").orElseThrow();
    assertEquals("20261124-060000-bridge.json", last.file().getFileName().toString());
    assertEquals(Map.of("learn", Verdict.PROVED, "spec", Verdict.UNKNOWN), last.verdicts());
  }

  @Test
  void aSecondRunInTheSameSecondIsTheNewer() throws Exception {
    Files.writeString(runs.resolve("20261124-060000-bridge.json"), run("/c/bridge/spec.py", "violated"));
    Files.writeString(runs.resolve("20261124-060000-bridge-2.json"), run("/c/bridge/spec.py", "proved"));
    Files.writeString(runs.resolve("20261124-055959-bridge-3.json"), run("/c/bridge/spec.py", "unknown"));

    RunResults.LastRun last = RunResults.newest(runs, "bridge").orElseThrow();
    assertEquals("20261124-060000-bridge-2.json", last.file().getFileName().toString());
    assertEquals(Map.of("spec", Verdict.PROVED), last.verdicts());
  }

  @Test
  void noRunsMeansEmpty() throws Exception {
    assertTrue(RunResults.newest(runs, "bridge").isEmpty());
    assertTrue(RunResults.newest(runs.resolve("missing"), "bridge").isEmpty());
  }

  @Test
  void aBrokenRunFileIsAClearError() throws Exception {
    Files.writeString(runs.resolve("20261124-050000-bridge.json"), "{\"nf\": 3");
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> RunResults.newest(runs, "bridge"));
    assertTrue(e.diagnostics().get(0).format().contains("not a verification results file"), e.getMessage());
  }
}
