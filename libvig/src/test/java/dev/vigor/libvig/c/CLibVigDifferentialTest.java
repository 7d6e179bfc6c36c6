package dev.vigor.libvig.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import dev.vigor.libvig.concrete.ConcreteCht;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The C libVig, built with AddressSanitizer and UBSan, behaves exactly as the Java concrete
 * structures on thousands of random call sequences per structure (the contract tests' call
 * generators), and the strict -O2 build compiles warning-free and agrees too. -Dlibvig.seed=N
 * reproduces a run; -Dlibvig.c.sequences and -Dlibvig.c.steps (the longest sequence) size it.
 */
class CLibVigDifferentialTest {
  static final int SEQUENCES = Integer.getInteger("libvig.c.sequences", 1000);
  static final int STEPS = Integer.getInteger("libvig.c.steps", 40);

  private static Path dir;
  private static Context ctx;
  private static CDriver driver;

  @BeforeAll
  static void build() throws Exception {
    Optional<String> why = CBuild.unavailable();
    if (why.isPresent()) {
      System.out.println("SKIPPED: " + why.get());
    }
    Assumptions.assumeTrue(why.isEmpty(), () -> why.get());
    dir = Files.createTempDirectory("libvig-c");
    Path exe = CBuild.sanitizedDriver();
    ctx = new Context();
    driver = new CDriver(exe);
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) {
      driver.close();
    }
    if (ctx != null) {
      ctx.close();
    }
  }

  static long seed() {
    Long fixed = Long.getLong("libvig.seed");
    return fixed != null ? fixed : System.nanoTime();
  }

  private static <T> void agree(Kind<T> kind) {
    long seed = seed();
    long t0 = System.nanoTime();
    Differential.Stats[] stats = new Differential.Stats[1];
    Optional<String> d = Differential.run(ctx, kind, driver, seed, SEQUENCES, STEPS, stats);
    assertTrue(d.isEmpty(), () -> d.get() + "\n(rerun with -Dlibvig.seed=" + seed + ")");
    System.out.printf("%s: C and Java agree on %s in %d ms (seed %d)%n", kind.name(), stats[0],
        (System.nanoTime() - t0) / 1_000_000, seed);
  }

  @Test
  void emapAgrees() {
    agree(Kind.EMAP);
  }

  @Test
  void dchainAgrees() {
    agree(Kind.DCHAIN);
  }

  @Test
  void mapAgrees() {
    agree(Kind.MAP);
  }

  @Test
  void vectorAgrees() {
    agree(Kind.VECTOR);
  }

  @Test
  void lpmAgrees() {
    agree(Kind.LPM);
  }

  @Test
  void chtAgrees() {
    agree(Kind.CHT);
  }

  /**
   * The build an NF gets (gcc -std=c11 -O2 -Wall -Wextra -Werror) compiles and agrees too, on
   * fewer sequences: the sanitized runs above carry the weight.
   */
  @Test
  void strictOptimisedBuildAgrees() throws Exception {
    Path exe = CBuild.driver(CBuild.STRICT, CBuild.SOURCES, dir.resolve("libvig_driver_o2"));
    long seed = seed();
    try (CDriver o2 = new CDriver(exe)) {
      for (Kind<?> kind : List.of(Kind.EMAP, Kind.DCHAIN, Kind.MAP, Kind.VECTOR, Kind.LPM,
          Kind.CHT)) {
        Optional<String> d = Differential.run(ctx, kind, o2, seed, SEQUENCES / 10, STEPS, null);
        assertTrue(d.isEmpty(), () -> "-O2 build: " + d.get() + "\n(rerun with -Dlibvig.seed="
            + seed + ")");
      }
    }
    System.out.println("the -O2 -Werror build agrees on " + SEQUENCES / 10
        + " sequences per structure (seed " + seed + ")");
  }

  /**
   * cht_fill builds the same table as ConcreteCht over sizes from the smallest to an lb's, with
   * more backends than slots too.
   */
  @Test
  void chtFillAgreesAtManySizes() {
    int[][] sizes = {{1, 2}, {1, 3}, {2, 2}, {2, 3}, {3, 7}, {4, 5}, {7, 7}, {10, 11}, {5, 3},
        {13, 7}, {40, 2}, {5, 101},
        {32, 257}, {32, 4099}};
    for (int[] s : sizes) {
      ConcreteCht java = new ConcreteCht(s[0], s[1]);
      java.fill();
      CCht c = new CCht(driver, s[0], s[1]);
      c.fill();
      assertEquals(States.cht(java), States.cht(c),
          "cht_fill differs for " + s[0] + " backends, height " + s[1]);
    }
  }
}
