package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The abstract states follow libVig's concrete structures operation by operation. */
class AbstractStateTest {
  private static byte[] key(Random r) {
    return new byte[] {(byte) r.nextInt(4), 0x11, (byte) r.nextInt(3)};
  }

  @Test
  void emapOperationsMatchConcreteLibVig() {
    Random r = new Random(3);
    ConcreteEmap impl = new ConcreteEmap(6, 3);
    AbstractState.Emap model = AbstractState.Emap.empty(6);
    long now = 100;
    for (int step = 0; step < 2000; step++) {
      now += r.nextInt(5);
      byte[] k = key(r);
      OptionalInt at = impl.get(k);
      switch (r.nextInt(4)) {
        case 0 -> {
          if (at.isEmpty() && !impl.full()) {
            int index = impl.add(k, now).orElseThrow();
            model = model.add(Bits.ofBytes(k), index, now);
          }
        }
        case 1 -> {
          impl.expire(now - 10);
          model = model.expire(now - 10);
        }
        case 2 -> {
          if (at.isPresent()) {
            impl.refresh(at.getAsInt(), now);
            model = model.refresh(at.getAsInt(), now);
          }
        }
        default -> {
          if (at.isPresent()) {
            impl.erase(k);
            model = model.erase(Bits.ofBytes(k));
          }
        }
      }
      assertEquals(LibVigStates.of(impl), model, "after step " + step);
      assertEquals(impl.full(), model.full());
      OptionalInt after = impl.get(k);
      assertEquals(after.isPresent() ? java.util.Optional.of(after.getAsInt())
          : java.util.Optional.empty(), model.indexOf(Bits.ofBytes(k)));
    }
    // The companion: expiring by one more nanosecond is another state when an entry sits there.
    AbstractState.Emap one = AbstractState.Emap.empty(2).add(new Bits(java.math.BigInteger.ONE, 8), 0, 50);
    assertNotEquals(one.expire(50), one.expire(51));
  }

  @Test
  void vectorsAndMapsMatchConcreteLibVig() {
    Random r = new Random(4);
    ConcreteVector vec = new ConcreteVector(5, 2);
    AbstractState.Vector vModel = new AbstractState.Vector(5, 16, java.util.Map.of());
    ConcreteMap map = new ConcreteMap(4, 3, 2);
    AbstractState.MapState mModel = new AbstractState.MapState(4, java.util.Map.of());
    for (int step = 0; step < 500; step++) {
      int i = r.nextInt(5);
      byte[] e = {(byte) r.nextInt(3), (byte) r.nextInt(3)};
      vec.set(i, e);
      vModel = vModel.set(i, Bits.ofBytes(e));
      assertEquals(LibVigStates.of(vec), vModel);
      byte[] k = key(r);
      if (r.nextBoolean() && (map.has(k) || !map.full())) {
        map.put(k, e);
        mModel = mModel.put(Bits.ofBytes(k), Bits.ofBytes(e));
      } else if (map.has(k)) {
        map.erase(k);
        mModel = mModel.erase(Bits.ofBytes(k));
      }
      assertEquals(LibVigStates.of(map), mModel);
      assertEquals(map.full(), mModel.full());
    }
  }

  /** A random update of an emap of capacity 8 with keys from a pool of 6. */
  private static AbstractState.Emap update(AbstractState.Emap s, Random r, long now) {
    Bits k = new Bits(java.math.BigInteger.valueOf(r.nextInt(6)), 8);
    switch (r.nextInt(4)) {
      case 0 -> {
        int free = -1;
        for (int i = 0; i < s.capacity() && free < 0; i++) {
          free = s.entries().containsKey(i) ? -1 : i;
        }
        return s.indexOf(k).isPresent() || free < 0 ? s : s.add(k, free, now);
      }
      case 1 -> {
        return s.expire(now - 3);
      }
      case 2 -> {
        return s.indexOf(k).map(i -> s.refresh(i, now)).orElse(s);
      }
      default -> {
        return s.indexOf(k).isPresent() ? s.erase(k) : s;
      }
    }
  }

  @Test
  void statesDerivedFromOnePreStateCompareAtWhatTheyChanged() {
    Random r = new Random(5);
    int same = 0;
    int differ = 0;
    for (int trial = 0; trial < 400; trial++) {
      AbstractState.Emap pre = AbstractState.Emap.empty(8);
      for (int i = 0; i < 12; i++) {
        pre = update(pre, r, i);
      }
      pre = new AbstractState.Emap(8, pre.entries()); // a state read from an implementation
      java.util.Map<Integer, AbstractState.Entry> before = new java.util.TreeMap<>(pre.entries());
      AbstractState.Emap a = pre;
      AbstractState.Emap b = pre;
      for (int i = r.nextInt(4); i > 0; i--) {
        a = update(a, r, 12);
      }
      for (int i = r.nextInt(4); i > 0; i--) {
        b = update(b, r, 12);
      }
      assertEquals(a.equals(b), AbstractState.sameAfter(pre, a, b), "trial " + trial);
      if (a.equals(b)) {
        same++;
      } else {
        differ++;
      }
      // outside what a changed, a holds what pre held
      java.util.Set<?> changed = a.changedSince(pre).orElseThrow();
      for (int i = 0; i < 8; i++) {
        if (!changed.contains(i)) {
          assertEquals(pre.entries().get(i), a.entries().get(i), "index " + i + " unchanged");
        }
      }
      assertEquals(before, pre.entries(), "updates leave the state they start from as it was");
      // another origin: nothing is known of its changes, so it is compared whole
      AbstractState.Emap origin = a.rebased();
      if (origin != pre) {
        AbstractState.Emap c = update(origin, r, 13);
        assertEquals(java.util.Optional.empty(), c.changedSince(pre));
        assertEquals(c.equals(b), AbstractState.sameAfter(pre, c, b));
      }
    }
    assertTrue(same > 50 && differ > 50, "both outcomes exercised: " + same + " / " + differ);
  }

  @Test
  void vectorsAndMapsDerivedFromOnePreStateCompareAtWhatTheyChanged() {
    Random r = new Random(6);
    int same = 0;
    int differ = 0;
    for (int trial = 0; trial < 300; trial++) {
      AbstractState.Vector vPre = new AbstractState.Vector(6, 8,
          java.util.Map.of(r.nextInt(6), java.math.BigInteger.valueOf(r.nextInt(3))));
      AbstractState.MapState mPre = new AbstractState.MapState(4,
          java.util.Map.of(new Bits(java.math.BigInteger.valueOf(r.nextInt(3)), 8), new Bits(
              java.math.BigInteger.ONE, 8)));
      AbstractState.Vector va = vPre;
      AbstractState.Vector vb = vPre;
      AbstractState.MapState ma = mPre;
      AbstractState.MapState mb = mPre;
      for (int i = r.nextInt(3); i > 0; i--) {
        va = va.set(r.nextInt(6), new Bits(java.math.BigInteger.valueOf(r.nextInt(3)), 8));
        Bits k = new Bits(java.math.BigInteger.valueOf(r.nextInt(3)), 8);
        ma = r.nextBoolean() ? ma.put(k, new Bits(java.math.BigInteger.valueOf(r.nextInt(2)), 8))
            : ma.erase(k);
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        vb = vb.set(r.nextInt(6), new Bits(java.math.BigInteger.valueOf(r.nextInt(3)), 8));
        Bits k = new Bits(java.math.BigInteger.valueOf(r.nextInt(3)), 8);
        mb = r.nextBoolean() ? mb.put(k, new Bits(java.math.BigInteger.valueOf(r.nextInt(2)), 8))
            : mb.erase(k);
      }
      assertEquals(va.equals(vb), AbstractState.sameAfter(vPre, va, vb));
      assertEquals(ma.equals(mb), AbstractState.sameAfter(mPre, ma, mb));
      if (va.equals(vb)) {
        same++;
      } else {
        differ++;
      }
    }
    assertTrue(same > 30 && differ > 30, "both outcomes exercised: " + same + " / " + differ);
  }

  @Test
  void aHandMadeEmapHoldingAKeyTwiceIsUpdatedAtBothIndices() {
    Bits k = new Bits(java.math.BigInteger.valueOf(7), 8);
    Bits other = new Bits(java.math.BigInteger.valueOf(9), 8);
    AbstractState.Emap twice = new AbstractState.Emap(4, java.util.Map.of(
        0, new AbstractState.Entry(k, 1), 2, new AbstractState.Entry(k, 2),
        3, new AbstractState.Entry(other, 3)));
    assertEquals(java.util.Optional.of(0), twice.indexOf(k), "the lowest index holding it");
    assertEquals(java.util.Map.of(3, new AbstractState.Entry(other, 3)), twice.erase(k).entries());
    assertEquals(java.util.Map.of(1, new AbstractState.Entry(k, 5),
        3, new AbstractState.Entry(other, 3)), twice.add(k, 1, 5).entries());
    assertEquals(java.util.Set.of(0, 2), twice.erase(k).changedSince(twice).orElseThrow());
  }
}
