package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property in the original Vigor style is verified like any other: proved on the catalog
 * firewall as written, and violated when its idle timeout is changed to one the NF does not use.
 */
class VigorStylePropertyTest {
  static final Path FIREWALL =
      Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("firewall");
  static final Path PROPERTY = Path.of("src/test/resources/vigor-style/firewall/reply_forward.py");

  @Test
  void provedAsWrittenAndViolatedWithAnotherTimeout(@TempDir Path tmp) throws Exception {
    LoadedNf nf = LoadedNf.load(FIREWALL);
    Verification.SpecResult ok = Verification.run(FIREWALL, nf, List.of(PROPERTY.toAbsolutePath()),
        120_000).specs().get(0);
    assertEquals(Verdict.PROVED, ok.verdict(), ok.toString());

    Path wrong = tmp.resolve("reply_forward_60s.py");
    String text = Files.readString(PROPERTY);
    assertTrue(text.contains("EXP_TIME = 120 "));
    Files.writeString(wrong, text.replace("EXP_TIME = 120 ", "EXP_TIME = 60 "));
    Verification.SpecResult bad = Verification.run(FIREWALL, nf, List.of(wrong), 120_000)
        .specs().get(0);
    assertEquals(Verdict.VIOLATED, bad.verdict(), bad.toString());
    Counterexample c = bad.traces().stream().flatMap(t -> t.counterexample().stream())
        .findFirst().orElseThrow();
    assertTrue(c.specOutcome().contains("requires flows"), c.specOutcome());
  }
}
