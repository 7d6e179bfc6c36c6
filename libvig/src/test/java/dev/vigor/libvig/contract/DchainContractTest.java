package dev.vigor.libvig.contract;

import dev.vigor.libvig.concrete.ConcreteDchain;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The concrete dchain keeps the dchain contract; planted faults do not. */
class DchainContractTest extends ContractTestSupport {
  private static final int CAP = DchainDriver.CAPACITY;

  @Test
  void concreteDchainKeepsItsContract() {
    keepsContract("dchain", (c, r) -> new DchainDriver(c, new ConcreteDchain(CAP)));
  }

  @Test
  void freeThatDoesNotFreeIsCaught() {
    faultCaught("dchain", "free that does not free",
        (c, r) -> new DchainDriver(c, new ConcreteDchain(CAP) {
          @Override
          public void free(int index) {
            if (!isAllocated(index)) {
              super.free(index);
            }
          }
        }));
  }

  @Test
  void nonLowestAllocationIsCaught() {
    faultCaught("dchain", "allocating the highest free index",
        (c, r) -> new DchainDriver(c, new ConcreteDchain(CAP) {
          @Override
          public OptionalInt allocate(long now) {
            for (int i = capacity() - 1; i >= 0; i--) {
              if (!isAllocated(i)) {
                restore(i, now);
                return OptionalInt.of(i);
              }
            }
            return OptionalInt.empty();
          }
        }));
  }

  @Test
  void expiryAtTheCutoffIsCaught() {
    faultCaught("dchain", "expire at <=", (c, r) -> new DchainDriver(c, new ConcreteDchain(CAP) {
      @Override
      public int expire(long olderThan) {
        return super.expire(olderThan + 1);
      }
    }));
  }

  @Test
  void rejuvenateThatKeepsTheOldStampIsCaught() {
    faultCaught("dchain", "rejuvenate without restamp",
        (c, r) -> new DchainDriver(c, new ConcreteDchain(CAP) {
          @Override
          public void rejuvenate(int index, long now) {
            super.rejuvenate(index, timeOf(index));
          }
        }));
  }
}
