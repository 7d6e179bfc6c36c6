package dev.vigor.libvig.concrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Documented behaviours of the concrete structures, one example each. */
class ConcreteStructuresTest {
  @Test
  void emapTakesTheLowestFreeIndexAndExpiresStrictlyOlder() {
    ConcreteEmap m = new ConcreteEmap(3, 1);
    assertEquals(OptionalInt.of(0), m.add(new byte[] {10}, 5));
    assertEquals(OptionalInt.of(1), m.add(new byte[] {11}, 6));
    assertEquals(OptionalInt.of(2), m.add(new byte[] {12}, 7));
    assertEquals(OptionalInt.empty(), m.add(new byte[] {13}, 7));
    m.erase(new byte[] {10});
    assertEquals(OptionalInt.of(0), m.add(new byte[] {13}, 8));
    assertEquals(1, m.expire(7)); // only {11}@6; {12}@7 is not strictly older
    assertTrue(m.get(new byte[] {12}).isPresent());
    assertThrows(PreconditionViolation.class, () -> m.add(new byte[] {12}, 9));
    assertThrows(PreconditionViolation.class, () -> m.refresh(1, 9));
  }

  @Test
  void aCapacityOfBillionsCostsWhatIsStored() {
    // Allocated up front these would need tens of GB: the test would die of OutOfMemoryError.
    int cap = Integer.MAX_VALUE;
    ConcreteVector v = new ConcreteVector(cap, 64);
    byte[] e = new byte[64];
    e[3] = 7;
    v.set(cap - 1, e);
    assertArrayEquals(e, v.get(cap - 1));
    assertArrayEquals(new byte[64], v.get(12345));
    assertArrayEquals(new int[] {cap - 1}, v.nonZeroIndices());
    v.set(cap - 1, new byte[64]);
    assertEquals(0, v.nonZeroIndices().length, "an element written back to zero takes no memory");
    ConcreteEmap m = new ConcreteEmap(cap, 6);
    assertEquals(OptionalInt.of(0), m.add(new byte[6], 1));
    m.restore(new byte[] {1, 2, 3, 4, 5, 6}, cap - 1, 2);
    assertEquals(0, m.nextIndex(0));
    assertEquals(cap - 1, m.nextIndex(1));
    assertEquals(1, m.expire(2)); // only the entry stamped 1
    assertEquals(cap - 1, m.nextIndex(0));
    ConcreteDchain c = new ConcreteDchain(cap);
    assertEquals(OptionalInt.of(0), c.allocate(5));
  }

  @Test
  void emapCopiesKeysInAndOut() {
    ConcreteEmap m = new ConcreteEmap(2, 2);
    byte[] k = {1, 2};
    m.add(k, 0);
    k[0] = 9;
    assertTrue(m.get(new byte[] {1, 2}).isPresent());
    m.getKey(0)[0] = 7;
    assertArrayEquals(new byte[] {1, 2}, m.getKey(0));
  }

  @Test
  void vectorStartsZeroedAndTracksBorrows() {
    ConcreteVector v = new ConcreteVector(2, 2, e -> e[0] < 5);
    assertArrayEquals(new byte[2], v.get(1));
    byte[] e = v.borrow(1);
    assertThrows(PreconditionViolation.class, () -> v.borrow(1));
    e[0] = 4;
    v.giveBack(1, e);
    assertEquals(4, v.get(1)[0]);
    assertThrows(PreconditionViolation.class, () -> v.giveBack(1, e));
    assertThrows(PreconditionViolation.class, () -> v.set(0, new byte[] {5, 0}));
    assertEquals(0, v.borrowedCount());
  }

  @Test
  void lpmPrefersTheLongestPrefixAndReplacesEqualOnes() {
    ConcreteLpm l = new ConcreteLpm(2);
    assertTrue(l.update(0x0A000000, 8, 1));
    assertTrue(l.update(0x0A01FFFF, 16, 2)); // host bits ignored
    assertEquals(OptionalInt.of(2), l.lookup(0x0A010203));
    assertEquals(OptionalInt.of(1), l.lookup(0x0A020203));
    assertFalse(l.update(0, 0, 3)); // full, new prefix
    assertTrue(l.update(0x0A000000, 8, 4)); // full, equal prefix replaced
    assertEquals(OptionalInt.of(4), l.lookup(0x0A020203));
    assertEquals(OptionalInt.empty(), l.lookup(0x0B000000));
    assertThrows(PreconditionViolation.class, () -> l.update(0, 33, 1));
  }

  @Test
  void dchainAndMapBasics() {
    ConcreteDchain c = new ConcreteDchain(2);
    assertEquals(OptionalInt.of(0), c.allocate(1));
    assertEquals(OptionalInt.of(1), c.allocate(2));
    assertEquals(OptionalInt.empty(), c.allocate(3));
    c.free(0);
    assertEquals(OptionalInt.of(0), c.allocate(4));
    assertEquals(1, c.expire(4));
    ConcreteMap m = new ConcreteMap(1, 1, 1);
    m.put(new byte[] {1}, new byte[] {2});
    m.put(new byte[] {1}, new byte[] {3});
    assertThrows(PreconditionViolation.class, () -> m.put(new byte[] {2}, new byte[] {3}));
    assertArrayEquals(new byte[] {3}, m.get(new byte[] {1}).orElseThrow());
  }

  @Test
  void vigHashIsFnv1a() {
    assertEquals(0x811c9dc5, VigHash.hash(new byte[0]));
    assertEquals(0xe40c292c, VigHash.hash("a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }
}
