package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecWalk;
import dev.vigor.engine.spec.ir.Stmt;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The good specs between them produce every kind of IR node, so every node is exercised by the tests. */
class IrCoverageTest {
  @Test
  void everyNodeTypeAppearsInSomeGoodSpec() {
    Set<Class<?>> seen = new HashSet<>();
    for (String name : List.of("bridge.py", "fw.py", "nat.py", "features.py", "broadcast.py", "bridge_props.py",
        "branches.py", "../vigor/lb_style.py")) {
      Spec spec = GoodSpecsTest.check(name, name.startsWith("..") ? Optional.empty() : Optional.of(TestInterfaces.catalog()));
      SpecWalk.forEachStatement(spec.body(), s -> seen.add(s.getClass()));
      SpecWalk.forEachExpression(spec.body(), e -> seen.add(e.getClass()));
    }
    Set<String> missing = new TreeSet<>();
    for (Class<?> c : concat(Stmt.class.getPermittedSubclasses(), Expr.class.getPermittedSubclasses())) {
      if (!seen.contains(c)) {
        missing.add(c.getSimpleName());
      }
    }
    assertEquals(Set.of(), missing);
  }

  private static List<Class<?>> concat(Class<?>[] a, Class<?>[] b) {
    List<Class<?>> all = new java.util.ArrayList<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all;
  }
}
