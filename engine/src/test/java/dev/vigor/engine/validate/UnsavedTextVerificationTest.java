package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.NfSourceHash;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.SpecSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifying editor buffers: the text given for a spec or for a property it imports is what is
 * verified (a wrong buffer over a right file is violated), and the result, its JSON and its
 * reports name the SHA-256 of each text verified and the NF's source hash.
 */
class UnsavedTextVerificationTest {
  private static final Path BRIDGE = BridgeValidationTest.BRIDGE.toAbsolutePath().normalize();
  @TempDir Path tmp;

  private static Verification.Result verify(List<Path> specs, SpecSources sources) throws Exception {
    return Verification.run(BRIDGE, LoadedNf.load(BRIDGE), specs, 120_000, 1,
        ProgressListener.NONE, CancelToken.none(), VerificationObserver.NONE, sources);
  }

  /** learn.py with a wrong ageing time: the spec forgets stations the bridge still knows. */
  private static String wrongLearn() throws Exception {
    String learn = Files.readString(BRIDGE.resolve("props/learn.py"));
    assertTrue(learn.contains("EXP_TIME = 300 * 1000"), "learn.py's ageing time moved");
    return learn.replace("EXP_TIME = 300 * 1000", "EXP_TIME = 200 * 1000");
  }

  @Test
  void aWrongBufferOverARightFileIsViolatedAndNamedByItsHash() throws Exception {
    Path learn = BRIDGE.resolve("props/learn.py");
    Verification.SpecResult saved = verify(List.of(learn), SpecSources.disk()).specs().get(0);
    assertEquals(Verdict.PROVED, saved.verdict());
    assertEquals(SourceHash.sha256(Files.readString(learn)), saved.sources().get(0).sha256());
    assertFalse(saved.sources().get(0).unsaved());

    String buffer = wrongLearn();
    Verification.Result r = verify(List.of(learn), SpecSources.of(Map.of(learn, buffer)));
    Verification.SpecResult s = r.specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict());
    assertEquals(List.of(SourceHash.of(learn, buffer, true)), s.sources());
    assertEquals(NfSourceHash.of(BRIDGE), r.nfSha256());

    String json = ResultJson.of(BRIDGE, r);
    assertTrue(json.contains("\"nfSha256\":\"" + NfSourceHash.of(BRIDGE) + "\""), json);
    assertTrue(json.contains("\"sha256\":\"" + SourceHash.sha256(buffer) + "\""), json);
    assertTrue(json.contains("\"unsaved\":true"), json);
    Path junit = tmp.resolve("junit.xml");
    dev.vigor.engine.report.JUnitReport.write(r, BRIDGE, "bridge", junit);
    assertTrue(Files.readString(junit).contains("value=\"" + SourceHash.sha256(buffer) + "\""));
    Path sarif = tmp.resolve("out.sarif");
    dev.vigor.engine.report.SarifReport.write(r, BRIDGE, sarif);
    assertTrue(Files.readString(sarif).contains(SourceHash.sha256(buffer)));
  }

  @Test
  void aWrongBufferOfAnImportedPropertyIsWhatTheImporterVerifies() throws Exception {
    Path broadcast = BRIDGE.resolve("props/broadcast.py");
    Path learn = BRIDGE.resolve("props/learn.py");
    String buffer = wrongLearn();
    Verification.SpecResult s = verify(List.of(broadcast), SpecSources.of(Map.of(learn, buffer)))
        .specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict());
    assertEquals(2, s.sources().size(), s.sources().toString());
    assertEquals(SourceHash.of(broadcast, Files.readString(broadcast), false), s.sources().get(0));
    assertEquals(SourceHash.of(learn, buffer, true), s.sources().get(1));
  }

  @Test
  void theNfSourceHashChangesWithTheCode() throws Exception {
    Path copy = tmp.resolve("bridge");
    try (var files = Files.walk(BRIDGE)) {
      for (Path from : files.sorted().toList()) {
        Path to = copy.resolve(BRIDGE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    String before = NfSourceHash.of(copy);
    assertEquals(NfSourceHash.of(BRIDGE), before, "the same files, the same hash");
    Files.writeString(copy.resolve("props/learn.py"), "# properties are not the NF's code\n");
    assertEquals(before, NfSourceHash.of(copy));
    Path c = Files.list(copy).filter(p -> p.toString().endsWith(".c")).findFirst().orElseThrow();
    Files.writeString(c, Files.readString(c) + "\n");
    assertNotEquals(before, NfSourceHash.of(copy));
    assertNotNull(before);
  }
}
