package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import dev.vigor.libvig.concrete.ConcreteEmap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The concrete emap keeps the emap contract; planted faults do not. */
class EmapContractTest {
  private static final int STEPS = 2000;
  private static Context ctx;
  private static ContractChecker checker;

  @BeforeAll
  static void open() {
    ctx = new Context();
    checker = new ContractChecker(ctx);
  }

  @AfterAll
  static void close() {
    ctx.close();
  }

  private static Optional<String> run(Function<Integer, ConcreteEmap> make, int steps, long seed) {
    Random rnd = new Random(seed);
    ConcreteEmap impl = make.apply(EmapDriver.CAPACITY);
    ContractRun.Stats[] stats = new ContractRun.Stats[1];
    Optional<String> v = ContractRun.run(new EmapDriver(ctx, impl, rnd), checker, steps, rnd, stats);
    if (v.isEmpty()) {
      System.out.println("emap: " + stats[0] + " " + Seeds.reproduce(seed));
    }
    return v;
  }

  private static void expectCaught(String fault, Function<Integer, ConcreteEmap> make) {
    long seed = Seeds.seed();
    Optional<String> v = run(make, STEPS, seed);
    assertTrue(v.isPresent(), "emap fault went unnoticed: " + fault + "; " + Seeds.reproduce(seed));
    System.out.println("emap fault caught (" + fault + "): " + v.get());
  }

  @Test
  void concreteEmapKeepsItsContract() {
    long seed = Seeds.seed();
    Optional<String> v = run(c -> new ConcreteEmap(c, EmapDriver.KEY_SIZE), STEPS, seed);
    assertTrue(v.isEmpty(), () -> v.get() + "; " + Seeds.reproduce(seed));
  }

  @Test
  void expiringAtTheCutoffIsCaught() {
    expectCaught("expire at <=", c -> new ConcreteEmap(c, EmapDriver.KEY_SIZE) {
      @Override
      public int expire(long olderThan) {
        return super.expire(olderThan + 1);
      }
    });
  }

  @Test
  void addWithoutStampIsCaught() {
    expectCaught("add without stamp", c -> new ConcreteEmap(c, EmapDriver.KEY_SIZE) {
      @Override
      public OptionalInt add(byte[] key, long now) {
        return super.add(key, 0);
      }
    });
  }

  @Test
  void eraseThatKeepsTheIndexIsCaught() {
    expectCaught("erase keeping its index", c -> new ConcreteEmap(c, EmapDriver.KEY_SIZE) {
      @Override
      public void erase(byte[] key) {
        int i = get(key).orElse(-1);
        long at = i >= 0 ? timeOf(i) : 0;
        super.erase(key);
        if (i >= 0) {
          // Re-occupy the freed index with a different key: the index was never freed.
          byte[] ghost = key.clone();
          ghost[0] ^= (byte) 0xff;
          if (get(ghost).isEmpty()) {
            restore(ghost, i, at);
          }
        }
      }
    });
  }

  @Test
  void highestFreeIndexIsCaught() {
    expectCaught("non-lowest allocation", c -> new ConcreteEmap(c, EmapDriver.KEY_SIZE) {
      @Override
      public OptionalInt add(byte[] key, long now) {
        for (int i = capacity() - 1; i >= 0; i--) {
          if (!hasIndex(i)) {
            restore(key, i, now);
            return OptionalInt.of(i);
          }
        }
        return OptionalInt.empty();
      }
    });
  }

  @Test
  void fullOneEarlyIsCaught() {
    expectCaught("full one entry early", c -> new ConcreteEmap(c, EmapDriver.KEY_SIZE) {
      @Override
      public boolean full() {
        return size() >= capacity() - 1;
      }
    });
  }
}
