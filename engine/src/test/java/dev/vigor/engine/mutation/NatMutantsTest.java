package dev.vigor.engine.mutation;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bug of nat-mutants.txt, planted in the catalog NAT, violates its spec.py. Heavy (about four
 * minutes on two cores): run by {@code mvn -B verify -Pheavy}.
 */
@org.junit.jupiter.api.Tag("heavy")
class NatMutantsTest {
  static List<Mutant> mutants() throws Exception {
    return Mutant.load(MutantVerdicts.LISTS.resolve("nat-mutants.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void specCatchesTheBug(Mutant m, @TempDir Path tmp) throws Exception {
    MutantVerdicts.assertCaughtBySpec(m, "nat", "nat.c", tmp);
  }
}
