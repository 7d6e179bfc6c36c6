package dev.vigor.libvig.contract;

import dev.vigor.libvig.concrete.ConcreteMap;
import org.junit.jupiter.api.Test;

/** The concrete map keeps the map contract; planted faults do not. */
class MapContractTest extends ContractTestSupport {
  private static final int CAP = MapDriver.CAPACITY;
  private static final int K = MapDriver.KEY_SIZE;
  private static final int V = MapDriver.VALUE_SIZE;

  @Test
  void concreteMapKeepsItsContract() {
    keepsContract("map", (c, r) -> new MapDriver(c, new ConcreteMap(CAP, K, V, MapDriver.BOUND), r));
  }

  @Test
  void eraseThatDoesNothingIsCaught() {
    faultCaught("map", "erase that does nothing",
        (c, r) -> new MapDriver(c, new ConcreteMap(CAP, K, V, MapDriver.BOUND) {
          @Override
          public void erase(byte[] key) {
            if (!has(key)) {
              super.erase(key);
            }
          }
        }, r));
  }

  @Test
  void putThatKeepsTheOldValueIsCaught() {
    faultCaught("map", "put that keeps an existing value",
        (c, r) -> new MapDriver(c, new ConcreteMap(CAP, K, V, MapDriver.BOUND) {
          @Override
          public void put(byte[] key, byte[] value) {
            super.put(key, get(key).orElse(value));
          }
        }, r));
  }

  @Test
  void putBeyondCapacityIsCaught() {
    faultCaught("map", "put accepted on a full map",
        (c, r) -> new MapDriver(c, new ConcreteMap(CAP + 1, K, V, MapDriver.BOUND) {
          @Override
          public int capacity() {
            return CAP;
          }
        }, r));
  }
}
