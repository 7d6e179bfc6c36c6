package dev.vigor.rfc.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.NfSourceHash;
import dev.vigor.engine.spec.SourceHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts merged across runs, per property: a property proved alone stays proved while its text
 * (and what it imports) and the NF's code are the ones the run verified; an edit or a code change
 * makes it stale; a run of another folder of the same name does not count.
 */
class MergedRunsTest {
  @TempDir Path tmp;
  private Path nf;
  private Path runs;

  @BeforeEach
  void nf() throws Exception {
    nf = Files.createDirectories(tmp.resolve("ws/bridge/props")).getParent();
    Files.writeString(nf.resolve("nf.properties"), "name = bridge\n");
    Files.writeString(nf.resolve("bridge.c"), "int x;\n");
    Files.writeString(nf.resolve("spec.py"), "import learn\n");
    Files.writeString(nf.resolve("props/learn.py"), "pass\n");
    Files.writeString(nf.resolve("props/no_loop.py"), "pass\n");
    runs = Files.createDirectories(tmp.resolve("ws/runs"));
  }

  /** A run file as the workbench writes it, one spec per (file, verdict, files it verified...). */
  private void run(String name, Path folder, String nfHash, Object[]... specs) throws Exception {
    StringBuilder b = new StringBuilder("{\"nf\":\"" + folder + "\"");
    if (nfHash != null) {
      b.append(",\"nfSha256\":\"").append(nfHash).append('"');
    }
    b.append(",\"specs\":[");
    for (int i = 0; i < specs.length; i++) {
      Object[] s = specs[i];
      b.append(i == 0 ? "" : ",").append("{\"file\":\"").append(s[0]).append("\",\"verdict\":\"")
          .append(s[1]).append("\",\"sources\":[");
      for (int k = 2; k < s.length; k++) {
        Path f = (Path) s[k];
        b.append(k == 2 ? "" : ",").append("{\"file\":\"").append(f).append("\",\"sha256\":\"")
            .append(SourceHash.sha256(Files.readString(f))).append("\",\"unsaved\":false}");
      }
      b.append("],\"diagnostics\":[],\"traces\":[]}");
    }
    Files.writeString(runs.resolve(name), b.append("]}\n").toString());
  }

  private static Object[] spec(Path file, String verdict, Path... sources) {
    Object[] out = new Object[2 + sources.length];
    out[0] = file;
    out[1] = verdict;
    System.arraycopy(sources, 0, out, 2, sources.length);
    return out;
  }

  @Test
  void aPropertyProvedAloneStaysProvedUntilItsFileChanges() throws Exception {
    Path learn = nf.resolve("props/learn.py");
    Path noLoop = nf.resolve("props/no_loop.py");
    Path spec = nf.resolve("spec.py");
    String code = NfSourceHash.of(nf);
    run("20261124-050000-bridge.json", nf, code, spec(learn, "proved", learn));
    run("20261124-060000-bridge.json", nf, code, spec(noLoop, "violated", noLoop));
    run("20261124-070000-bridge.json", nf, code, spec(spec, "proved", spec, learn));

    RunResults.Merged m = RunResults.merged(runs, nf);
    assertEquals(Map.of("learn", Verdict.PROVED, "no_loop", Verdict.VIOLATED, "spec", Verdict.PROVED),
        m.verdicts());
    assertEquals(3, m.runs().size());
    assertEquals("20261124-070000-bridge.json", m.runs().get(0).getFileName().toString());

    // learn.py edited: its own verdict and that of spec.py (which imports it) are stale.
    Files.writeString(learn, "pass  # edited\n");
    m = RunResults.merged(runs, nf);
    assertEquals(Map.of("no_loop", Verdict.VIOLATED), m.verdicts());
    assertEquals(2, m.stale());

    // Back to the text that was proved: the proofs hold again.
    Files.writeString(learn, "pass\n");
    assertEquals(3, RunResults.merged(runs, nf).verdicts().size());
  }

  @Test
  void aChangeToTheNfsCodeMakesEveryVerdictStale() throws Exception {
    Path learn = nf.resolve("props/learn.py");
    run("20261124-050000-bridge.json", nf, NfSourceHash.of(nf), spec(learn, "proved", learn));
    assertEquals(Map.of("learn", Verdict.PROVED), RunResults.merged(runs, nf).verdicts());
    Files.writeString(nf.resolve("bridge.c"), "int x, y;\n");
    RunResults.Merged m = RunResults.merged(runs, nf);
    assertTrue(m.verdicts().isEmpty(), m.verdicts().toString());
    assertEquals(1, m.stale());
  }

  @Test
  void theNewerCurrentVerdictWinsAndOtherFoldersOfTheSameNameDoNotCount() throws Exception {
    Path learn = nf.resolve("props/learn.py");
    String code = NfSourceHash.of(nf);
    run("20261124-050000-bridge.json", nf, code, spec(learn, "violated", learn));
    run("20261124-060000-bridge.json", nf, code, spec(learn, "proved", learn));
    // The catalog's bridge, a different folder of the same name, ran later.
    Path catalogBridge = Files.createDirectories(tmp.resolve("catalog/bridge"));
    run("20261124-070000-bridge.json", catalogBridge, null, spec(learn, "unknown", learn));
    RunResults.Merged m = RunResults.merged(runs, nf);
    assertEquals(Map.of("learn", Verdict.PROVED), m.verdicts());
    assertEquals(List.of(runs.resolve("20261124-060000-bridge.json")), m.runs());
  }

  @Test
  void runsWithoutHashesCountOnlyAsTheNewest() throws Exception {
    Files.writeString(runs.resolve("20261124-050000-bridge.json"), "{\"nf\":\"" + nf + "\",\"specs\":["
        + "{\"file\":\"" + nf.resolve("props/no_loop.py") + "\",\"verdict\":\"proved\"}]}");
    Files.writeString(runs.resolve("20261124-060000-bridge.json"), "{\"nf\":\"" + nf + "\",\"specs\":["
        + "{\"file\":\"" + nf.resolve("props/learn.py") + "\",\"verdict\":\"violated\"}]}");
    assertEquals(Map.of("learn", Verdict.VIOLATED), RunResults.merged(runs, nf).verdicts());
  }
}
