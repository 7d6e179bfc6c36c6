package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog policer's refill, elapsed * RATE / 10^9 in 64-bit C against the spec's integers,
 * at rates that share no useful factor with 10^9 (1,000,000 B/s: a division by 1000 is left;
 * 375,000,007 B/s: nothing cancels): decided, proved when NF and spec agree, violated with a
 * replayed counterexample when the NF's refill is off by one byte. (An NF at another rate than
 * its spec's has Z3 search two different products for a model: minutes, not a unit test.) Heavy:
 * each refill trace takes Z3 seconds to tens of seconds (mvn -B verify -Pheavy).
 */
@org.junit.jupiter.api.Tag("heavy")
class RateArithmeticTest {
  static final Path POLICER = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"),
      "policer");
  @TempDir Path tmp;

  static final String REFILL = "bucket->size += elapsed * RATE / VIGOR_NS_PER_SEC;";

  /** The policer with the C at cRate and the spec at specRate bytes per second. */
  Path policer(String name, long cRate, long specRate) throws Exception {
    return policer(name, cRate, specRate, REFILL);
  }

  /** The same with the refill statement of the C replaced by refill. */
  Path policer(String name, long cRate, long specRate, String refill) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    String c = Files.readString(POLICER.resolve("policer.c"));
    assertTrue(c.contains("#define RATE 375000000LL") && c.contains(REFILL));
    Files.writeString(dir.resolve("policer.c"), c.replace("#define RATE 375000000LL",
        "#define RATE " + cRate + "LL").replace(REFILL, refill));
    String spec = Files.readString(POLICER.resolve("spec.py"));
    assertTrue(spec.contains("RATE = 375000000 "));
    Files.writeString(dir.resolve("spec.py"), spec.replace("RATE = 375000000 ",
        "RATE = " + specRate + " "));
    Files.writeString(dir.resolve("nf.properties"), Files.readString(
        POLICER.resolve("nf.properties")).replace("constant.RATE = 375000000",
        "constant.RATE = " + specRate));
    return dir;
  }

  static Verification.SpecResult verify(Path dir) throws Exception {
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py")), 60_000);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    return r.specs().get(0);
  }

  @Test
  void aMegabytePerSecondIsProved() throws Exception {
    Verification.SpecResult s = verify(policer("mb", 1_000_000, 1_000_000));
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  @Test
  void aRateWithNoCommonFactorIsProved() throws Exception {
    Verification.SpecResult s = verify(policer("odd", 375_000_007, 375_000_007));
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  @Test
  void anNfCreditingOneByteTooManyIsViolated() throws Exception {
    // the quotient both sides share must not make a wrong refill look right
    Verification.SpecResult s = verify(policer("fast", 1_000_000, 1_000_000,
        "bucket->size += elapsed * RATE / VIGOR_NS_PER_SEC + 1;"));
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    assertFalse(s.traces().stream().flatMap(t -> t.counterexample().stream()).toList().isEmpty());
  }
}
