package dev.vigor.libvig.contract;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The contract tests' random call generators (the drivers), opened to tests in other packages:
 * the C differential test runs the same calls on a C-backed structure and on a Java one, and
 * holds the C-backed one to the contract with the same checker.
 */
public final class RandomCalls {
  /** Sizes and bounds the generators are written for. */
  public static final int EMAP_CAPACITY = EmapDriver.CAPACITY;
  public static final int EMAP_KEY_SIZE = EmapDriver.KEY_SIZE;
  public static final int DCHAIN_CAPACITY = DchainDriver.CAPACITY;
  public static final int MAP_CAPACITY = MapDriver.CAPACITY;
  public static final int MAP_KEY_SIZE = MapDriver.KEY_SIZE;
  public static final int MAP_VALUE_SIZE = MapDriver.VALUE_SIZE;
  public static final Predicate<byte[]> MAP_BOUND = MapDriver.BOUND;
  public static final int VECTOR_CAPACITY = VectorDriver.CAPACITY;
  public static final int VECTOR_ELEM_SIZE = VectorDriver.ELEM_SIZE;
  public static final Predicate<byte[]> VECTOR_BOUND = VectorDriver.BOUND;
  public static final int LPM_CAPACITY = LpmDriver.CAPACITY;
  public static final int CHT_BACKENDS = ChtDriver.BACKENDS;
  public static final int CHT_HEIGHT = ChtDriver.HEIGHT;

  /** One generated call: its C function, its argument terms, and how to make it. */
  public record Call(String operation, List<Expr<?>> args, Supplier<List<Expr<?>>> invocation) {
    /** Makes the call; returns the result terms (a PreconditionViolation propagates). */
    public List<Expr<?>> run() {
      return invocation.get();
    }
  }

  private final Driver driver;

  private RandomCalls(Driver driver) {
    this.driver = driver;
  }

  public static RandomCalls emap(Context ctx, ConcreteEmap impl, Random rnd) {
    return new RandomCalls(new EmapDriver(ctx, impl, rnd));
  }

  public static RandomCalls dchain(Context ctx, ConcreteDchain impl) {
    return new RandomCalls(new DchainDriver(ctx, impl));
  }

  public static RandomCalls map(Context ctx, ConcreteMap impl, Random rnd) {
    return new RandomCalls(new MapDriver(ctx, impl, rnd));
  }

  public static RandomCalls vector(Context ctx, ConcreteVector impl) {
    return new RandomCalls(new VectorDriver(ctx, impl));
  }

  public static RandomCalls lpm(Context ctx, ConcreteLpm impl, Random rnd) {
    return new RandomCalls(new LpmDriver(ctx, impl, rnd));
  }

  /** Fills the table (cht_fill) and generates lookups while backends come and go. */
  public static RandomCalls cht(Context ctx, ConcreteCht impl) {
    return new RandomCalls(new ChtDriver(ctx, impl));
  }

  /** The next random call on the structure. */
  public Call next(Random rnd) {
    Step s = driver.next(rnd);
    return new Call(s.operation(), s.args(), s.invocation()::run);
  }

  /**
   * Runs steps random calls through the contract checker (as the *ContractTest classes do): the
   * first violation, or empty when every call kept the contract.
   */
  public Optional<String> contractViolation(Context ctx, int steps, Random rnd) {
    return ContractRun.run(driver, new ContractChecker(ctx), steps, rnd, null);
  }
}
