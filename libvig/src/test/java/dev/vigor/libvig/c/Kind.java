package dev.vigor.libvig.c;

import com.microsoft.z3.Context;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import dev.vigor.libvig.contract.RandomCalls;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One libVig structure as the differential test sees it: a Java one, a C-backed one over a
 * driver, the contract tests' call generator for either, and its state as text.
 */
record Kind<T>(String name, Supplier<T> java, Function<CDriver, T> c, Calls<T> calls,
    Function<T, String> state) {

  /** The contract tests' generator bound to one implementation. */
  interface Calls<T> {
    RandomCalls of(Context ctx, T impl, Random rnd);
  }

  static final Kind<ConcreteEmap> EMAP = new Kind<>("emap",
      () -> new ConcreteEmap(RandomCalls.EMAP_CAPACITY, RandomCalls.EMAP_KEY_SIZE),
      d -> new CEmap(d, RandomCalls.EMAP_CAPACITY, RandomCalls.EMAP_KEY_SIZE),
      RandomCalls::emap, States::emap);

  static final Kind<ConcreteDchain> DCHAIN = new Kind<>("dchain",
      () -> new ConcreteDchain(RandomCalls.DCHAIN_CAPACITY),
      d -> new CDchain(d, RandomCalls.DCHAIN_CAPACITY),
      (ctx, impl, rnd) -> RandomCalls.dchain(ctx, impl), States::dchain);

  static final Kind<ConcreteMap> MAP = new Kind<>("map",
      () -> new ConcreteMap(RandomCalls.MAP_CAPACITY, RandomCalls.MAP_KEY_SIZE,
          RandomCalls.MAP_VALUE_SIZE, RandomCalls.MAP_BOUND),
      d -> new CMap(d, RandomCalls.MAP_CAPACITY, RandomCalls.MAP_KEY_SIZE,
          RandomCalls.MAP_VALUE_SIZE, RandomCalls.MAP_BOUND),
      RandomCalls::map, States::map);

  static final Kind<ConcreteVector> VECTOR = new Kind<>("vector",
      () -> new ConcreteVector(RandomCalls.VECTOR_CAPACITY, RandomCalls.VECTOR_ELEM_SIZE,
          RandomCalls.VECTOR_BOUND),
      d -> new CVector(d, RandomCalls.VECTOR_CAPACITY, RandomCalls.VECTOR_ELEM_SIZE,
          RandomCalls.VECTOR_BOUND),
      (ctx, impl, rnd) -> RandomCalls.vector(ctx, impl), States::vector);

  static final Kind<ConcreteLpm> LPM = new Kind<>("lpm",
      () -> new ConcreteLpm(RandomCalls.LPM_CAPACITY),
      d -> new CLpm(d, RandomCalls.LPM_CAPACITY),
      RandomCalls::lpm, States::lpm);

  static final Kind<ConcreteCht> CHT = new Kind<>("cht",
      () -> new ConcreteCht(RandomCalls.CHT_BACKENDS, RandomCalls.CHT_HEIGHT),
      d -> new CCht(d, RandomCalls.CHT_BACKENDS, RandomCalls.CHT_HEIGHT),
      (ctx, impl, rnd) -> RandomCalls.cht(ctx, impl), States::cht);
}
