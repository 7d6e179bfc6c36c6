package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
