package dev.vigor.engine.specexec;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A concrete spec run that also notes each state update it makes, in order: the object, the
 * libVig operation the update stands for (as the symbolic domain names it), and the table before
 * and after.
 */
final class RecordedUpdates {
  /** One update. */
  record Update(String object, String operation, AbstractState before, AbstractState after) {}

  private static final Map<String, String> OPERATIONS = Map.of(
      "expireAll", "emap_expire", "emapAdd", "emap_add", "emapRefresh", "emap_refresh",
      "emapErase", "emap_erase", "vectorSet", "vector_set", "mapPut", "map_put",
      "mapErase", "map_erase");

  final List<Update> updates = new ArrayList<>();
  final SpecRunResult<BigInteger, Boolean, Bits, AbstractState> result;

  @SuppressWarnings("unchecked")
  RecordedUpdates(CatalogSpec spec, ConcreteSpecInputs in) {
    ConcreteDomain base = new ConcreteDomain(in, spec.shapes());
    InvocationHandler h = (proxy, method, args) -> {
      Object out;
      try {
        out = method.invoke(base, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
      String op = OPERATIONS.get(method.getName());
      if (op != null) {
        updates.add(new Update((String) args[0], op, (AbstractState) args[1], (AbstractState) out));
      }
      return out;
    };
    SpecDomain<BigInteger, Boolean, Bits, AbstractState> recording =
        (SpecDomain<BigInteger, Boolean, Bits, AbstractState>) Proxy.newProxyInstance(
            SpecDomain.class.getClassLoader(), new Class<?>[] {SpecDomain.class}, h);
    result = new SpecRun<>(spec.spec(), recording, spec.shapes(), spec.layouts(), (c, at) -> c)
        .run();
  }
}
