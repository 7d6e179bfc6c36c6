package dev.vigor.libvig.c;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The C libVig keeps the same contracts as the Java structures: the contract tests' checker runs
 * on the C-backed structures (each step: precondition judged before the C call, rejection exactly
 * when it fails, post and invariant over the C state read back through the observers).
 * The C library's calls are cheap, Z3's checks are not: the runs are shorter than the Java
 * structures' (cht and lpm, whose abstractions are largest, shorter still; the differential test
 * carries the volume). -Dlibvig.c.contractSteps=N for longer runs, -Dlibvig.seed=N to reproduce.
 */
class CLibVigContractTest {
  static final int STEPS = Integer.getInteger("libvig.c.contractSteps", 150);

  private static Context ctx;
  private static CDriver driver;

  @BeforeAll
  static void open() throws Exception {
    Optional<String> why = CBuild.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
    ctx = new Context();
    driver = new CDriver(CBuild.sanitizedDriver());
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

  private static <T> void keepsContract(Kind<T> kind) {
    keepsContract(kind, STEPS);
  }

  private static <T> void keepsContract(Kind<T> kind, int steps) {
    long seed = CLibVigDifferentialTest.seed();
    Random rnd = new Random(seed);
    long t0 = System.nanoTime();
    Optional<String> v = kind.calls().of(ctx, kind.c().apply(driver), rnd)
        .contractViolation(ctx, steps, rnd);
    assertTrue(v.isEmpty(), () -> "C " + kind.name() + ": " + v.get()
        + "\n(rerun with -Dlibvig.seed=" + seed + ")");
    System.out.printf("C %s kept its contract for %d steps in %d ms (seed %d)%n", kind.name(),
        steps, (System.nanoTime() - t0) / 1_000_000, seed);
  }

  @Test
  void emap() {
    keepsContract(Kind.EMAP);
  }

  @Test
  void dchain() {
    keepsContract(Kind.DCHAIN);
  }

  @Test
  void map() {
    keepsContract(Kind.MAP);
  }

  @Test
  void vector() {
    keepsContract(Kind.VECTOR);
  }

  @Test
  void lpm() {
    keepsContract(Kind.LPM, STEPS / 2);
  }

  @Test
  void cht() {
    keepsContract(Kind.CHT, STEPS / 4);
  }
}
