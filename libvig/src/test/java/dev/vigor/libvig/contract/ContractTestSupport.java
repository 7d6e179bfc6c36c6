package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One Z3 context per test class, and the two verdicts every contract test asks for. */
abstract class ContractTestSupport {
  static final int STEPS = 2000;
  static Context ctx;
  static ContractChecker checker;

  @BeforeAll
  static void open() {
    ctx = new Context();
    checker = new ContractChecker(ctx);
  }

  @AfterAll
  static void close() {
    ctx.close();
  }

  /** Builds a driver from the context and the run's random source. */
  interface DriverFactory extends BiFunction<Context, Random, Driver> {}

  /** Asserts that STEPS random calls keep the contract. */
  static void keepsContract(String structure, DriverFactory make) {
    long seed = Seeds.seed();
    Random rnd = new Random(seed);
    ContractRun.Stats[] stats = new ContractRun.Stats[1];
    Optional<String> v = ContractRun.run(make.apply(ctx, rnd), checker, STEPS, rnd, stats);
    assertTrue(v.isEmpty(), () -> structure + ": " + v.get() + "; " + Seeds.reproduce(seed));
    System.out.println(structure + " kept its contract: " + stats[0] + ", " + Seeds.reproduce(seed));
  }

  /** Asserts that the checker reports a violation for a planted fault. */
  static void faultCaught(String structure, String fault, DriverFactory make) {
    long seed = Seeds.seed();
    Random rnd = new Random(seed);
    Optional<String> v = ContractRun.run(make.apply(ctx, rnd), checker, STEPS, rnd, null);
    assertTrue(v.isPresent(),
        structure + " fault went unnoticed: " + fault + "; " + Seeds.reproduce(seed));
    System.out.println(structure + " fault caught (" + fault + "): " + v.get());
  }
}
