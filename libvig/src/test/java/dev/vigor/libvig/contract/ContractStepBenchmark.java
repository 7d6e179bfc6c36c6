package dev.vigor.libvig.contract;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One contract-checked step per structure: a random call on the concrete structure, its
 * precondition, postcondition and invariant checked with Z3 against the abstractions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ContractStepBenchmark {
  @Param({"emap", "vector", "map", "dchain", "cht", "lpm"})
  public String structure;

  private Context ctx;
  private ContractChecker checker;
  private Driver driver;
  private Expr<?> s0;
  private Random rnd;

  @Setup(Level.Trial)
  public void open() {
    ctx = new Context();
    checker = new ContractChecker(ctx);
    rnd = new Random(42);
    driver = switch (structure) {
      case "emap" -> new EmapDriver(ctx, new ConcreteEmap(EmapDriver.CAPACITY, EmapDriver.KEY_SIZE),
          rnd);
      case "vector" -> new VectorDriver(ctx,
          new ConcreteVector(VectorDriver.CAPACITY, VectorDriver.ELEM_SIZE, VectorDriver.BOUND));
      case "map" -> new MapDriver(ctx, new ConcreteMap(MapDriver.CAPACITY, MapDriver.KEY_SIZE,
          MapDriver.VALUE_SIZE, MapDriver.BOUND), rnd);
      case "dchain" -> new DchainDriver(ctx, new ConcreteDchain(DchainDriver.CAPACITY));
      case "cht" -> new ChtDriver(ctx, new ConcreteCht(ChtDriver.BACKENDS, ChtDriver.HEIGHT));
      case "lpm" -> new LpmDriver(ctx, new ConcreteLpm(LpmDriver.CAPACITY), rnd);
      default -> throw new IllegalArgumentException(structure);
    };
    s0 = driver.contract().freshState("S0");
  }

  @TearDown(Level.Trial)
  public void close() {
    ctx.close();
  }

  @Benchmark
  public ContractRun.Outcome checkedStep() {
    ContractRun.Outcome o = ContractRun.step(driver, checker, s0, rnd, false);
    if (o.violation().isPresent()) {
      throw new AssertionError(o.violation().get());
    }
    return o;
  }
}
