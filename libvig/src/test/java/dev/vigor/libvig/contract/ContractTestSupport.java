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
  /** Steps per run; -Dlibvig.steps=N for longer runs. */
  static final int STEPS = Integer.getInteger("libvig.steps", 2500);
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
  /** Independent runs a planted fault gets before the checker is said to have missed it. */
  static final int FAULT_RUNS = 5;

  /**
   * Asserts the checker catches a planted fault. Some faults need a situation one random run may
   * not reach (overlapping LPM prefixes, a full table), so up to {@link #FAULT_RUNS} runs with
   * seeds derived from one base seed are tried; the test fails only if none catches it, and the
   * base seed reproduces the whole sequence.
   */
  static void faultCaught(String structure, String fault, DriverFactory make) {
    long seed = Seeds.seed();
    for (int run = 0; run < FAULT_RUNS; run++) {
      Random rnd = new Random(seed + run);
      Optional<String> v = ContractRun.run(make.apply(ctx, rnd), checker, STEPS, rnd, null);
      if (v.isPresent()) {
        System.out.println(structure + " fault caught (" + fault + ") in run " + (run + 1) + ": " + v.get());
        return;
      }
    }
    assertTrue(false,
        structure + " fault went unnoticed in " + FAULT_RUNS + " runs: " + fault + "; " + Seeds.reproduce(seed));
  }

}
