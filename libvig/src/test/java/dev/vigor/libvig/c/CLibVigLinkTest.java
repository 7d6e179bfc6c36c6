package dev.vigor.libvig.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An NF links against the C libVig with one gcc command (the README's), runs, and a broken
 * precondition stops it with a message naming the function and the object.
 */
class CLibVigLinkTest {
  private static final Path NF = Path.of("src/test/c/linked_nf.c").toAbsolutePath();
  @TempDir
  static Path dir;
  private static Path exe;

  @BeforeAll
  static void build() throws Exception {
    Optional<String> why = CBuild.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
    List<Path> sources = new ArrayList<>(List.of(NF));
    sources.addAll(CBuild.allSources());
    exe = CBuild.compile(CBuild.STRICT, CBuild.SOURCES, sources, dir.resolve("linked_nf"));
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(exe.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the NF did not stop");
    return new Run(p.exitValue(), out, java.nio.file.Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void anNfRunsOnTheCLibrary() throws Exception {
    Run r = run();
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals("all good\n", r.out());
  }

  @Test
  void borrowingTwiceAbortsNamingFunctionAndObject() throws Exception {
    Run r = run("borrow-twice");
    assertNotEquals(0, r.exitCode());
    assertTrue(r.err().contains("libvig: vector_borrow(flow_ports): precondition violated: "
        + "index is already borrowed"), r.err());
  }

  @Test
  void erasingAnAbsentKeyAbortsNamingFunctionAndObject() throws Exception {
    Run r = run("erase-absent");
    assertNotEquals(0, r.exitCode());
    assertTrue(r.err().contains("libvig: emap_erase(flows): precondition violated: "
        + "key is not present"), r.err());
  }
}
