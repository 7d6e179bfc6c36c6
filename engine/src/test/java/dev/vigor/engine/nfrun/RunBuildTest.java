package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gcc build: cached by source hash, rebuilt on an edit, configuration values generated. */
class RunBuildTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  @Test
  void unchangedSourcesAreNotRebuiltAndAnEditIs() throws Exception {
    Path nfDir = dev.vigor.engine.FolderCopy.copyTree(RunFixture.CATALOG.resolve("bridge"),
        tmp.resolve("bridge"));
    NfBuild build = new NfBuild(NfBuild.repoOf(RunFixture.INCLUDE), tmp.resolve("cache"), "gcc");
    LoadedNf nf = LoadedNf.load(nfDir);
    String config = ConfigSource.of(nf.program(), NfConfig.load(nfDir));
    Path first = build.build(nf, config);
    var stamp = Files.getLastModifiedTime(first);
    Path again = build.build(nf, config);
    assertEquals(first, again);
    assertEquals(stamp, Files.getLastModifiedTime(again), "taken from the cache, not rebuilt");

    Path c = nfDir.resolve("bridge.c");
    Files.writeString(c, Files.readString(c) + "\n/* an edit */\n");
    Path edited = build.build(LoadedNf.load(nfDir), config);
    assertNotEquals(first, edited, "an edited source is a new hash");
    assertTrue(Files.isExecutable(edited));
  }

  /** nf_process's parameters are the API's: an NF that never reads now builds (and runs). */
  @Test
  void anNfThatNeverReadsNowBuilds() throws Exception {
    Path nfDir = dev.vigor.engine.FolderCopy.copyTree(RunFixture.CATALOG.resolve("nop"), tmp.resolve("stateless"));
    Path c = Files.list(nfDir).filter(p -> p.toString().endsWith(".c")).findFirst().orElseThrow();
    String text = Files.readString(c);
    Files.writeString(c, text.replaceAll("\\(void\\) ?now;", ""));
    assertNotEquals(text, Files.readString(c), "the catalog nop no longer marks now unused; update this test");
    NfBuild build = new NfBuild(NfBuild.repoOf(RunFixture.INCLUDE), tmp.resolve("cache-stateless"), "gcc");
    LoadedNf nf = LoadedNf.load(nfDir);
    assertTrue(Files.isExecutable(build.build(nf, ConfigSource.of(nf.program(), NfConfig.load(nfDir)))));
  }

  @Test
  void configurationValuesComeFromNfProperties() throws Exception {
    Path nat = RunFixture.CATALOG.resolve("nat");
    LoadedNf nf = LoadedNf.load(nat);
    String c = ConfigSource.of(nf.program(), NfConfig.load(nat));
    assertTrue(c.contains("const uint32_t ext_ip = (uint32_t)3221225985ULL;"), c);
    assertTrue(c.contains("const uint16_t start_port = (uint16_t)0ULL;"), c);
  }

  @Test
  void anOpenValueCannotBeBuilt() throws Exception {
    Path nat = RunFixture.CATALOG.resolve("nat");
    LoadedNf nf = LoadedNf.load(nat);
    NfConfig open = new NfConfig(0, 1514, Map.of("start_port", 0L), 10, 10,
        java.util.Set.of("ext_ip"));
    RunFailure f = org.junit.jupiter.api.Assertions.assertThrows(RunFailure.class,
        () -> ConfigSource.of(nf.program(), open));
    assertTrue(f.getMessage().contains("config.ext_ip = any"), f.getMessage());
  }
}
