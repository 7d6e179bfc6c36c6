package dev.vigor.engine.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wrong properties against the correct catalog NFs ({@code wrong-props/NF/*.py}, first line
 * {@code # expect: LINE}, or several lines where the model chooses): verified in one run together with the NF's spec and every catalog
 * property, each wrong one is violated with a replayed counterexample decided at LINE of its own
 * file, while the spec and the catalog properties next to it stay proved: a false property does
 * not leak into the others. The load balancer's wrong ones are variants of its full spec.
 */
class WrongPropertiesTest {
  static final Path WRONG = Path.of("src/test/resources/wrong-props");
  private static final Map<String, Verification.Result> RUNS = new HashMap<>();

  /** One run per NF: spec.py, every props/*.py, then every wrong property. */
  static synchronized Verification.Result run(String nf) throws Exception {
    if (!RUNS.containsKey(nf)) {
      Path dir = MutantVerdicts.CATALOG.resolve(nf);
      List<Path> files = new ArrayList<>(catalogFiles(nf));
      files.addAll(wrongFiles(nf));
      RUNS.put(nf, Verification.run(dir, LoadedNf.load(dir), files, 120_000));
    }
    return RUNS.get(nf);
  }

  static List<Path> catalogFiles(String nf) throws IOException {
    Path dir = MutantVerdicts.CATALOG.resolve(nf);
    List<Path> out = new ArrayList<>(List.of(dir.resolve("spec.py")));
    out.addAll(list(dir.resolve("props")));
    return out;
  }

  static List<Path> wrongFiles(String nf) throws IOException {
    return list(WRONG.resolve(nf));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.toString().endsWith(".py")).sorted().toList();
    }
  }

  static Stream<Arguments> wrongProperties() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String nf : List.of("bridge", "firewall", "router", "lb")) {
      wrongFiles(nf).forEach(f -> out.add(Arguments.of(nf, f.getFileName().toString())));
    }
    return out.stream();
  }

  @Test
  void atLeastFivePerNf() throws IOException {
    assertTrue(wrongFiles("bridge").size() >= 5);
    assertTrue(wrongFiles("firewall").size() >= 5);
    assertTrue(wrongFiles("router").size() >= 5);
    assertTrue(wrongFiles("lb").size() >= 3);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("wrongProperties")
  void isViolatedAtItsExpectedLine(String nf, String name) throws Exception {
    Path file = WRONG.resolve(nf).resolve(name);
    String first = Files.readAllLines(file).get(0);
    assertTrue(first.startsWith("# expect: "), file + " must start with # expect: LINE");
    // one line, or several ("13, 39") where the model chooses which of them decides
    java.util.Set<Integer> expected = java.util.Arrays.stream(
        first.substring("# expect: ".length()).split(",")).map(String::strip)
        .map(Integer::parseInt).collect(java.util.stream.Collectors.toSet());
    Verification.SpecResult s = result(run(nf), file);
    assertEquals(Verdict.VIOLATED, s.verdict(), name + " against the " + nf + ": " + s);
    TreeSet<Integer> lines = new TreeSet<>();
    for (Counterexample c : s.traces().stream().flatMap(t -> t.counterexample().stream()).toList()) {
      assertTrue(c.specLine().contains(name + ":"), c.specLine());
      lines.add(MutantVerdicts.lineOf(c.specLine()));
    }
    assertTrue(lines.stream().anyMatch(expected::contains), name + ": expected a counterexample"
        + " decided at line " + expected + ", found " + lines);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nfs")
  void theSpecAndCatalogPropertiesStayProvedNextToTheWrongOnes(String nf) throws Exception {
    Verification.Result r = run(nf);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    for (Path f : catalogFiles(nf)) {
      Verification.SpecResult s = result(r, f);
      assertEquals(Verdict.PROVED, s.verdict(), f + ": " + s);
    }
  }

  static Stream<String> nfs() {
    return Stream.of("bridge", "firewall", "router", "lb");
  }

  private static Verification.SpecResult result(Verification.Result r, Path file) {
    return r.specs().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
  }
}
