package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.spec.SpecSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's capture check from an NF folder: the editor's unsaved text is what is checked,
 * progress is reported, and bad input (not a capture, a spec with an error) is a message, not a
 * crash.
 */
class CaptureCheckTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  private static Path traffic() throws Exception {
    Path file = tmp.resolve("bridge.pcapng");
    if (!Files.exists(file)) {
      assertEquals(0, RunFixture.run(RunFixture.CATALOG.resolve("bridge").toString(),
          "--generate", "2500", "--out", file.toString()).exit());
    }
    return file;
  }

  @Test
  void theUnsavedTextIsCheckedAndProgressReported() throws Exception {
    Path bridge = RunFixture.CATALOG.resolve("bridge");
    Path spec = bridge.resolve("spec.py");
    List<Long> progress = new ArrayList<>();
    CaptureCheck.Outcome saved = CaptureCheck.ofFolder(bridge, spec, SpecSources.disk(),
        traffic(), tmp.resolve("cache"), CancelToken.none(), progress::add);
    assertTrue(saved.disagreement().isEmpty(), saved.toString());
    assertEquals(2500, saved.packets());
    assertEquals(List.of(1000L, 2000L, 2500L), progress);
    // the editor holds a spec that forgets to restamp a known station: violated
    String text = Files.readString(spec).replace("    dyn_macs.refresh_idx(station, now)\n", "");
    CaptureCheck.Outcome edited = CaptureCheck.ofFolder(bridge, spec,
        SpecSources.of(Map.of(spec, text)), traffic(), tmp.resolve("cache"), CancelToken.none(),
        n -> { });
    assertTrue(edited.disagreement().isPresent());
    assertTrue(edited.packets() < 2500, "stops at the first disagreement: " + edited.packets());
  }

  @Test
  void badInputIsAMessage() throws Exception {
    Path bridge = RunFixture.CATALOG.resolve("bridge");
    Path spec = bridge.resolve("spec.py");
    Path text = Files.writeString(tmp.resolve("notes.txt"), "not a capture\n");
    RunFailure notCapture = assertThrows(RunFailure.class, () -> CaptureCheck.ofFolder(bridge,
        spec, SpecSources.disk(), text, tmp.resolve("cache"), CancelToken.none(), n -> { }));
    assertTrue(notCapture.getMessage().contains("notes.txt"), notCapture.getMessage());
    RunFailure missing = assertThrows(RunFailure.class, () -> CaptureCheck.ofFolder(bridge,
        spec, SpecSources.disk(), tmp.resolve("nothing.pcapng"), tmp.resolve("cache"),
        CancelToken.none(), n -> { }));
    assertTrue(missing.getMessage().startsWith("no capture file"), missing.getMessage());
    RunFailure badSpec = assertThrows(RunFailure.class, () -> CaptureCheck.ofFolder(bridge, spec,
        SpecSources.of(Map.of(spec, "from state import dyn_macs\nreturn 1 +\n")), traffic(),
        tmp.resolve("cache"), CancelToken.none(), n -> { }));
    assertTrue(badSpec.getMessage().contains("spec.py:2:"), badSpec.getMessage());
  }
}
