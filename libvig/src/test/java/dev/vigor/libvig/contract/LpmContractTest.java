package dev.vigor.libvig.contract;

import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.Route;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The concrete LPM keeps the lpm contract; planted faults do not. */
class LpmContractTest extends ContractTestSupport {
  private static final int CAP = LpmDriver.CAPACITY;

  @Test
  void concreteLpmKeepsItsContract() {
    keepsContract("lpm", (c, r) -> new LpmDriver(c, new ConcreteLpm(CAP), r));
  }

  @Test
  void shortestPrefixIsCaught() {
    faultCaught("lpm", "lookup picks the shortest prefix",
        (c, r) -> new LpmDriver(c, new ConcreteLpm(CAP) {
          @Override
          public Optional<Route> match(int addr) {
            return routes().stream().filter(x -> x.matches(addr))
                .min(Comparator.comparingInt(Route::length));
          }
        }, r));
  }

  @Test
  void updateThatKeepsAnEqualPrefixsValueIsCaught() {
    faultCaught("lpm", "update does not replace an equal prefix",
        (c, r) -> new LpmDriver(c, new ConcreteLpm(CAP) {
          @Override
          public boolean update(int prefix, int length, int value) {
            if (length <= 32 && route(prefix, length).isPresent()) {
              return true;
            }
            return super.update(prefix, length, value);
          }
        }, r));
  }

  @Test
  void hostBitsNotIgnoredIsCaught() {
    faultCaught("lpm", "lookup compares host bits",
        (c, r) -> new LpmDriver(c, new ConcreteLpm(CAP) {
          @Override
          public Optional<Route> match(int addr) {
            return super.match(addr).filter(x -> x.length() == 32 || (addr & 1) == 0);
          }
        }, r));
  }
}
