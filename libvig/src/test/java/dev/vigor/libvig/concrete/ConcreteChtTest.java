package dev.vigor.libvig.concrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Maglev's population and the lookup's consistency, on the concrete table. */
class ConcreteChtTest {
  private static ConcreteEmap allUp(int backends) {
    ConcreteEmap e = new ConcreteEmap(backends, 4);
    for (int b = 0; b < backends; b++) {
      e.restore(VigHash.littleEndian(b), b, 0);
    }
    return e;
  }

  @Test
  void everyBackendOwnsAnEvenShareOfSlots() {
    ConcreteCht c = new ConcreteCht(7, 251);
    c.fill();
    int[] owned = new int[7];
    for (int s = 0; s < 251; s++) {
      owned[c.preference(s, 0)]++;
    }
    int min = java.util.Arrays.stream(owned).min().orElseThrow();
    int max = java.util.Arrays.stream(owned).max().orElseThrow();
    assertTrue(max - min <= 1, "Maglev shares differ by more than one slot: "
        + java.util.Arrays.toString(owned));
  }

  @Test
  void aBackendGoingDownMovesOnlyItsOwnFlows() {
    ConcreteCht c = new ConcreteCht(5, 101);
    c.fill();
    ConcreteEmap up = allUp(5);
    Random rnd = new Random(7);
    int[] hashes = rnd.ints(2000).toArray();
    int[] before = new int[hashes.length];
    for (int n = 0; n < hashes.length; n++) {
      before[n] = c.findPreferred(hashes[n], up).orElseThrow();
    }
    up.erase(VigHash.littleEndian(3));
    for (int n = 0; n < hashes.length; n++) {
      int after = c.findPreferred(hashes[n], up).orElseThrow();
      if (before[n] != 3) {
        assertEquals(before[n], after, "a flow not on backend 3 moved");
      } else {
        assertTrue(after != 3);
      }
    }
  }

  @Test
  void noBackendUpFindsNothingAndUnfilledTablesAreRejected() {
    ConcreteCht c = new ConcreteCht(3, 7);
    assertThrows(PreconditionViolation.class, () -> c.findPreferred(1, allUp(3)));
    c.fill();
    assertEquals(OptionalInt.empty(), c.findPreferred(1, new ConcreteEmap(3, 4)));
    assertThrows(IllegalArgumentException.class, () -> new ConcreteCht(3, 8));
  }

  @Test
  void permutationsVisitEverySlot() {
    ConcreteCht c = new ConcreteCht(4, 13);
    for (int b = 0; b < 4; b++) {
      boolean[] seen = new boolean[13];
      for (int j = 0; j < 13; j++) {
        seen[c.permutation(b, j)] = true;
      }
      for (boolean s : seen) {
        assertTrue(s, "backend " + b + "'s permutation misses a slot");
      }
    }
  }
}
