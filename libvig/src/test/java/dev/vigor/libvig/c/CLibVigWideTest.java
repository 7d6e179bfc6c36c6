package dev.vigor.libvig.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.PreconditionViolation;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract generators use capacities below 64, so the C library's word-by-word allocation
 * flags (bits.c: several words, the hint past full words, a partial last word) and long bucket
 * chains are only reached here: allocation-heavy runs on capacities around word edges, compared
 * call by call with the Java structures.
 */
class CLibVigWideTest {
  private static final int STEPS = 2000;
  private static CDriver driver;

  @BeforeAll
  static void open() throws Exception {
    Optional<String> why = CBuild.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
    driver = new CDriver(CBuild.sanitizedDriver());
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) {
      driver.close();
    }
  }

  private static String outcome(Supplier<Object> call) {
    try {
      return String.valueOf(call.get());
    } catch (PreconditionViolation e) {
      return "violates " + e.operation();
    }
  }

  @ParameterizedTest(name = "capacity {0}")
  @ValueSource(ints = {1, 64, 65, 130, 200})
  void wideDchainAgrees(int capacity) {
    dchainAgrees(driver, capacity, CLibVigDifferentialTest.seed());
  }

  /** Asserts a dchain of capacity on driver agrees with ConcreteDchain over STEPS calls. */
  static void dchainAgrees(CDriver driver, int capacity, long seed) {
    Random rnd = new Random(seed);
    ConcreteDchain java = new ConcreteDchain(capacity);
    CDchain c = new CDchain(driver, capacity);
    long now = 0;
    for (int n = 0; n < STEPS; n++) {
      now += rnd.nextInt(2);
      long at = now;
      int dice = rnd.nextInt(100);
      int i = rnd.nextInt(capacity + 2) - 1;
      String what;
      String oj;
      String oc;
      if (dice < 55) {
        what = "allocate " + at;
        oj = outcome(() -> java.allocate(at));
        oc = outcome(() -> c.allocate(at));
      } else if (dice < 88) {
        what = "free " + i;
        oj = outcome(() -> { java.free(i); return "ok"; });
        oc = outcome(() -> { c.free(i); return "ok"; });
      } else if (dice < 97) {
        what = "rejuvenate " + i + " " + at;
        oj = outcome(() -> { java.rejuvenate(i, at); return "ok"; });
        oc = outcome(() -> { c.rejuvenate(i, at); return "ok"; });
      } else {
        long cutoff = now - rnd.nextInt(50);
        what = "expire " + cutoff;
        oj = outcome(() -> java.expire(cutoff));
        oc = outcome(() -> c.expire(cutoff));
      }
      assertEquals(oj, oc, "dchain of " + capacity + ", call " + n + ": " + what + " (seed "
          + seed + ")");
    }
    assertEquals(States.dchain(java), States.dchain(c), "dchain of " + capacity + " (seed "
        + seed + ")");
  }

  @ParameterizedTest(name = "capacity {0}")
  @ValueSource(ints = {1, 65, 130})
  void wideEmapAgrees(int capacity) {
    emapAgrees(driver, capacity, CLibVigDifferentialTest.seed());
  }

  /** Asserts an emap of capacity (2-byte keys) on driver agrees with ConcreteEmap. */
  static void emapAgrees(CDriver driver, int capacity, long seed) {
    Random rnd = new Random(seed);
    ConcreteEmap java = new ConcreteEmap(capacity, 2);
    CEmap c = new CEmap(driver, capacity, 2);
    long now = 0;
    for (int n = 0; n < STEPS; n++) {
      now += rnd.nextInt(2);
      long at = now;
      int dice = rnd.nextInt(100);
      // 2-byte keys from a pool twice the capacity: buckets collide and chains grow long
      int k = rnd.nextInt(2 * capacity + 1);
      byte[] key = {(byte) k, (byte) (k >> 8)};
      String what;
      String oj;
      String oc;
      if (dice < 50) {
        what = "add " + k;
        oj = outcome(() -> java.add(key, at));
        oc = outcome(() -> c.add(key, at));
      } else if (dice < 80) {
        what = "erase " + k;
        oj = outcome(() -> { java.erase(key); return "ok"; });
        oc = outcome(() -> { c.erase(key); return "ok"; });
      } else if (dice < 95) {
        what = "get " + k;
        oj = outcome(() -> java.get(key));
        oc = outcome(() -> c.get(key));
      } else {
        long cutoff = now - rnd.nextInt(50);
        what = "expire " + cutoff;
        oj = outcome(() -> java.expire(cutoff));
        oc = outcome(() -> c.expire(cutoff));
      }
      assertEquals(oj, oc, "emap of " + capacity + ", call " + n + ": " + what + " (seed "
          + seed + ")");
    }
    assertEquals(States.emap(java), States.emap(c), "emap of " + capacity + " (seed " + seed
        + ")");
  }
}
