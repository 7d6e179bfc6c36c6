package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog NAT (65,536 flows) against its full spec and wrong variants of it, in one run: the
 * spec is proved on every trace; each wrong variant ({@code wrong-specs/nat/*.py}, first line
 * {@code # expect: LINE...}) is violated with a replayed counterexample decided at one of its
 * expected lines.
 */
class NatSpecTest {
  static final Path NAT = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"), "nat");
  static final Path WRONG = Path.of("src/test/resources/wrong-specs/nat");

  @Test
  void theSpecIsProvedAndEachWrongVariantViolated() throws Exception {
    List<Path> wrong = List.of(WRONG.resolve("no_anti_spoofing.py"),
        WRONG.resolve("port_off_by_one.py"));
    List<Path> files = new java.util.ArrayList<>(List.of(NAT.resolve("spec.py")));
    files.addAll(wrong);
    Verification.Result r = Verification.run(NAT, LoadedNf.load(NAT), files, 120_000);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    Verification.SpecResult spec = r.specs().get(0);
    assertFalse(spec.traces().isEmpty());
    spec.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
    for (int k = 0; k < wrong.size(); k++) {
      Verification.SpecResult s = r.specs().get(k + 1);
      assertEquals(Verdict.VIOLATED, s.verdict(), wrong.get(k) + ": " + s);
      List<Integer> expected = Arrays.stream(Files.readAllLines(wrong.get(k)).get(0)
          .replace("# expect:", "").strip().split("\\s+")).map(Integer::parseInt).toList();
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
}
