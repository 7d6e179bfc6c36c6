package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.ir.SpecPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The editor and the validator check specs from several threads at once: results must not mix. */
class ConcurrencyTest {
  @Test
  void parallelChecksGiveTheSameSpecsAsSequentialOnes() throws Exception {
    List<String> names = List.of("bridge.py", "fw.py", "nat.py", "features.py", "broadcast.py");
    List<String> expected = new ArrayList<>();
    for (String n : names) {
      expected.add(SpecPrinter.print(GoodSpecsTest.check(n, Optional.of(TestInterfaces.catalog()))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (String n : names) {
          futures.add(pool.submit(() -> SpecPrinter.print(SpecChecker.check(
              TestInterfaces.resources().resolve("good/" + n), GoodSpecsTest.SEARCH,
              Optional.of(TestInterfaces.catalog())).spec().orElseThrow())));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % names.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
