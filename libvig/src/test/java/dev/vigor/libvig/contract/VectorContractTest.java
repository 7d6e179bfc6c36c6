package dev.vigor.libvig.contract;

import dev.vigor.libvig.concrete.ConcreteVector;
import org.junit.jupiter.api.Test;

/** The concrete vector keeps the vector contract; planted faults do not. */
class VectorContractTest extends ContractTestSupport {
  private static ConcreteVector plain() {
    return new ConcreteVector(VectorDriver.CAPACITY, VectorDriver.ELEM_SIZE, VectorDriver.BOUND);
  }

  @Test
  void concreteVectorKeepsItsContract() {
    keepsContract("vector", (c, r) -> new VectorDriver(c, plain()));
  }

  @Test
  void setThatDropsWritesIsCaught() {
    faultCaught("vector", "set that drops writes", (c, r) -> new VectorDriver(c,
        new ConcreteVector(VectorDriver.CAPACITY, VectorDriver.ELEM_SIZE, VectorDriver.BOUND) {
          @Override
          public void set(int index, byte[] elem) {
            get(index);
          }
        }));
  }

  @Test
  void returnThatKeepsTheOldElementIsCaught() {
    faultCaught("vector", "return ignoring the element", (c, r) -> new VectorDriver(c,
        new ConcreteVector(VectorDriver.CAPACITY, VectorDriver.ELEM_SIZE, VectorDriver.BOUND) {
          @Override
          public void giveBack(int index, byte[] elem) {
            super.giveBack(index, get(index));
          }
        }));
  }

  @Test
  void returnWithoutBorrowAcceptedIsCaught() {
    faultCaught("vector", "return of an index not borrowed accepted", (c, r) -> new VectorDriver(c,
        new ConcreteVector(VectorDriver.CAPACITY, VectorDriver.ELEM_SIZE, VectorDriver.BOUND) {
          @Override
          public void giveBack(int index, byte[] elem) {
            if (!isBorrowed(index)) {
              set(index, elem);
            } else {
              super.giveBack(index, elem);
            }
          }
        }));
  }

  @Test
  void unboundedVectorIsCaught() {
    faultCaught("vector", "bound not enforced", (c, r) -> new VectorDriver(c,
        new ConcreteVector(VectorDriver.CAPACITY, VectorDriver.ELEM_SIZE)));
  }
}
