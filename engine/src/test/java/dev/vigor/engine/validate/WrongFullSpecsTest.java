package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each catalog NF against its full spec and wrong variants of it ({@code wrong-specs/NF/*.py},
 * first line {@code # expect: LINE...}, the lines where the model may decide it), in one run per
 * NF at the catalog's capacities: the spec is proved on every trace, each wrong variant is
 * violated with a counterexample (replay-confirmed, as every Counterexample is) decided at one of its expected lines.
 */
class WrongFullSpecsTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final Path WRONG = Path.of("src/test/resources/wrong-specs");

  static List<String> nfs() throws IOException {
    try (Stream<Path> s = Files.list(CATALOG)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("spec.py")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyCatalogNfHasAWrongVariantOfItsFullSpec() throws IOException {
    List<String> all = nfs();
    assertTrue(all.size() >= 7, all.toString());
    for (String nf : all) {
      assertFalse(wrongVariants(nf).isEmpty(), "no wrong-specs/" + nf + "/*.py");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nfs")
  void theSpecIsProvedAndEachWrongVariantViolated(String nf) throws Exception {
    Path dir = CATALOG.resolve(nf);
    List<Path> wrong = wrongVariants(nf);
    List<Path> files = new ArrayList<>(List.of(dir.resolve("spec.py")));
    files.addAll(wrong);
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir), files, 120_000);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    Verification.SpecResult spec = r.specs().get(0);
    assertFalse(spec.traces().isEmpty());
    spec.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
    for (int k = 0; k < wrong.size(); k++) {
      Verification.SpecResult s = r.specs().get(k + 1);
      assertEquals(Verdict.VIOLATED, s.verdict(), wrong.get(k) + ": " + s);
      List<Integer> expected = Arrays.stream(Files.readAllLines(wrong.get(k)).get(0)
          .replace("# expect:", "").strip().split("[,\\s]+")).map(Integer::parseInt).toList();
      List<Counterexample> cs = s.traces().stream().flatMap(t -> t.counterexample().stream())
          .toList();
      assertFalse(cs.isEmpty());
      String name = wrong.get(k).getFileName().toString();
      assertTrue(cs.stream().anyMatch(c -> expected.stream()
              .anyMatch(l -> c.specLine().contains(name + ":" + l + ":"))),
          name + ": expected a counterexample at line " + expected + ", got "
              + cs.stream().map(Counterexample::specLine).toList());
    }
  }

  private static List<Path> wrongVariants(String nf) throws IOException {
    Path d = WRONG.resolve(nf);
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(f -> f.toString().endsWith(".py")).sorted().toList();
    }
  }
}
