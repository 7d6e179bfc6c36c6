package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The validation tests' small NF folders: a copy with one text replaced, one spec verified. */
final class SmallNf {
  private SmallNf() {}

  /** A copy of the NF folder {@code nf} in {@code tmp} with {@code find} replaced in {@code file}. */
  static Path variant(Path nf, Path tmp, String file, String find, String replace)
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(nf.getFileName().toString()));
    try (Stream<Path> files = Files.list(nf)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        if (f.getFileName().toString().equals(file)) {
          assertTrue(text.contains(find), find);
          text = text.replace(find, replace);
        }
        Files.writeString(dir.resolve(f.getFileName().toString()), text);
      }
    }
    return dir;
  }

  /** The NF's spec.py verified, the NF having no low-level finding. */
  static Verification.SpecResult verify(Path dir) throws Exception {
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py")), 120_000);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    return r.specs().get(0);
  }

  /** Asserts that every trace of the spec is proved. */
  static void assertAllProved(Verification.SpecResult s) {
    assertTrue(s.traces().stream().allMatch(t -> t.verdict() == Verdict.PROVED), s.traces().toString());
  }

  /** Every counterexample of the spec's traces. */
  static List<Counterexample> counterexamples(Verification.SpecResult s) {
    return s.traces().stream().flatMap(t -> t.counterexample().stream()).toList();
  }
}
