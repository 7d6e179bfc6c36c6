package dev.vigor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs catalog NFs, compiled with gcc, on concrete packets: each test resource run/NF_run.c
 * includes the NF's C code, drives nf_process through scenarios and checks verdicts and state
 * (against a plain C stand-in for libVig, run/libvig_stub.c). This is testing, not verification:
 * it catches a wrong NF early, before the verifier runs, and shows the C does what its README says.
 */
class NfRunTest {
  @TempDir Path tmp;

  private static Path runResources() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(NfRunTest.class.getResource("run"), "run resource").toURI());
  }

  private static Gcc.Result run(Path driver, Path nfSources, Path workDir) throws Exception {
    Path gcc = CatalogNfTest.gccOrSkip("run of " + driver.getFileName());
    return Gcc.buildAndRun(gcc, List.of(driver, driver.resolveSibling("libvig_stub.c")),
        List.of(NfFolders.libvigInclude(), nfSources), workDir);
  }

  @TestFactory
  Stream<DynamicTest> everyDriverPasses() throws Exception {
    List<Path> drivers = NfFolders.filesEndingWith(runResources(), "_run.c");
    assertTrue(drivers.size() >= 2, "run drivers: " + drivers);
    return drivers.stream().map(driver -> DynamicTest.dynamicTest(driver.getFileName().toString(), () -> {
      String nf = driver.getFileName().toString().replace("_run.c", "");
      Path nfDir = NfFolders.catalogRoot().resolve(nf);
      assertTrue(Files.isRegularFile(nfDir.resolve(NfFolders.NF_PROPERTIES)), nf + " is not a catalog NF");
      Path workDir = Files.createDirectories(tmp.resolve(nf));
      Gcc.Result result = run(driver, nfDir, workDir);
      System.out.print(nf + ": " + result.output());
      assertTrue(result.ok(), result::describe);
      assertTrue(result.output().contains(", 0 failed"), result::describe);
    }));
  }

  /** The drivers bite: a bridge that forwards frames back onto the port they came from fails. */
  @Test
  void aBridgeThatForgetsTheSamePortCheckFails() throws Exception {
    Path original = NfFolders.catalogRoot().resolve("bridge").resolve("bridge.c");
    String code = Files.readString(original, StandardCharsets.UTF_8);
    String check = "if (learned.device == device) {";
    assertTrue(code.contains(check), "bridge.c changed; update this test's mutation");
    Path mutant = Files.createDirectories(tmp.resolve("mutant"));
    Files.writeString(mutant.resolve("bridge.c"), code.replace(check, "if (learned.device == 0xFFFF) {"),
        StandardCharsets.UTF_8);
    Gcc.Result result = run(runResources().resolve("bridge_run.c"), mutant, mutant);
    assertEquals(1, result.exitCode(), result::describe);
    assertTrue(result.output().contains("frame(0, HOST_A, HOST_C, SEC(4)) is 0, expected -1 (NF_DROP)"),
        result::describe);
  }

  /** And the firewall's: one that lets unsolicited WAN packets in fails. */
  @Test
  void aFirewallThatOpensTheWanFails() throws Exception {
    Path original = NfFolders.catalogRoot().resolve("firewall").resolve("firewall.c");
    String code = Files.readString(original, StandardCharsets.UTF_8);
    String check = "    return NF_DROP;\n  }\n  emap_refresh(flows, index, now);";
    assertTrue(code.contains(check), "firewall.c changed; update this test's mutation");
    Path mutant = Files.createDirectories(tmp.resolve("mutant"));
    Files.writeString(mutant.resolve("firewall.c"),
        code.replace(check, "    return 0;\n  }\n  emap_refresh(flows, index, now);"), StandardCharsets.UTF_8);
    Gcc.Result result = run(runResources().resolve("firewall_run.c"), mutant, mutant);
    assertEquals(1, result.exitCode(), result::describe);
    assertTrue(result.output().contains("is 0, expected -1 (NF_DROP)"), result::describe);
  }
}
