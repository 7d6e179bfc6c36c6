package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C11's undefined integer operations are flagged, on the line they happen, with an input that
 * replays to them; the defined ones next to them (unsigned wrap-around, right shift of a negative
 * value, narrowing conversions) are not.
 */
class ArithmeticChecksTest {
  private static final String TEMPLATE = """
      #define NF_DEVICE_COUNT 2
      #include <vigor/nf.h>

      bool nf_init(void) {
        return true;
      }

      int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
        (void)now;
        if (length < 8) {
          return NF_DROP;
        }
        int s = (int8_t)packet[0];
        int w = (int)(((uint32_t)packet[1] << 24) | ((uint32_t)packet[2] << 16) | ((uint32_t)packet[3] << 8) | packet[4]);
        %s
        return r == 12345 ? NF_DROP : device;
      }
      """;
  /** The line of the snippet in TEMPLATE. */
  private static final int LINE = 15;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "=>", value = {
      "int r = s << 1;                 => SHIFT_RANGE",
      "int r = packet[5] << 24;        => SHIFT_RANGE",
      "uint32_t r = 1u << s;           => SHIFT_RANGE",
      "int r = -w;                     => SIGNED_OVERFLOW",
      "int r = w + 1;                  => SIGNED_OVERFLOW",
      "int r = w - s;                  => SIGNED_OVERFLOW",
      "int r = w * 2;                  => SIGNED_OVERFLOW",
      "int r = w * -1;                 => SIGNED_OVERFLOW",
      "int r = (w >> 1) * -2;          => SIGNED_OVERFLOW",
      "int r = (w >> 1) * 2;           => NONE",
      "int r = 3 * (w >> 2);           => NONE",
      "long long r = (long long)w * 375000000000LL; => SIGNED_OVERFLOW",
      "long long r = (long long)(uint32_t)w * 375000000LL / 1000000000LL; => NONE",
      "int r = w % (s | 1);            => SIGNED_OVERFLOW",
      "int r = 7 % s;                  => DIVISION_BY_ZERO",
      "int r = packet[5] << 23;        => NONE",
      "int r = s >> 1;                 => NONE",
      "uint32_t r = (uint32_t)w * 3u + 7u; => NONE",
      "int16_t r = (int16_t)w;         => NONE",
      "int r = w / 2 + s;              => NONE"})
  void undefinedOperationsAreFlaggedDefinedOnesAreNot(String snippet, String expected, @TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("arith.c"), TEMPLATE.formatted(snippet));
    Program p = Nfs.compile(dir);
    NfConfig config = NfConfig.defaults();
    try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
      if (expected.equals("NONE")) {
        assertTrue(r.checks().isEmpty(), r.checks().toString());
        return;
      }
      assertTrue(!r.failures().isEmpty(), snippet + ": nothing flagged");
      for (CheckResult c : r.checks()) {
        assertEquals(LowLevelCheck.valueOf(expected), c.check(), c.message());
        assertEquals(LINE, c.loc().line());
        ConcreteRun run = new ConcreteInterpreter(p, config).replay(c.input());
        assertEquals(LowLevelCheck.valueOf(expected), run.failedCheck(), String.valueOf(run.failure()));
        assertEquals(LINE, run.failedAt().line());
      }
    }
  }
}
