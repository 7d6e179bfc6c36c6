package dev.vigor.engine.mutation;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bug of bridge-mutants.txt, planted in the catalog bridge, violates its spec.py. */
class BridgeMutantsTest {
  static List<Mutant> mutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("bridge-mutants.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void specCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    MutantVerdicts.assertCaughtBySpec(m, "bridge", "bridge.c", tmp);
  }
}
