package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When Z3 cannot decide (here: factoring 4294967291 * 4294967279 within 5 ms), the branch is kept as
 * feasible and the check it guards is reported UNDECIDED — never as passed, never dropped.
 */
class UnknownIsNotSafeTest {
  private static final String NF = """
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
        uint64_t a = ((uint64_t)packet[0] << 24) | ((uint64_t)packet[1] << 16) | ((uint64_t)packet[2] << 8) | packet[3];
        uint64_t b = ((uint64_t)packet[4] << 24) | ((uint64_t)packet[5] << 16) | ((uint64_t)packet[6] << 8) | packet[7];
        if (a > 1 && b > 1 && a * b == 18446743979220271189ull) {
          return 7;
        }
        return device;
      }
      """;

  @Test
  void undecidableBranchIsKeptAndItsCheckIsUndecided(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("factor.c"), NF);
    Program p = Nfs.compile(dir);
    // Z3 now and then factors it within the budget on an idle machine (then the check fails, with
    // the factors: sound too); a smaller budget is tried until it cannot, which must happen.
    boolean undecidedSeen = false;
    for (int budgetMs : new int[] {5, 2, 1, 1}) {
      try (SymexResult r = SymbolicExecutor.run(p, NfConfig.defaults(), ProgressListener.NONE,
          CancelToken.none(), budgetMs)) {
        var verdictCheck = r.checks().stream().filter(c -> c.check() == LowLevelCheck.VERDICT
            && c.loc().line() == 16).findFirst();
        // the guarded return is never dropped nor passed: it is failed (factored) or undecided
        assertTrue(verdictCheck.isPresent(), r.checks().toString());
        if (r.failures().isEmpty()) {
          // under heavy load other queries may time out too: they must be undecided as well
          assertTrue(r.checks().stream().allMatch(c -> c.status() == CheckResult.Status.UNDECIDED));
          assertTrue(r.traces().stream().anyMatch(Trace::feasibilityUnknown));
          undecidedSeen = true;
          break;
        }
      }
    }
    assertTrue(undecidedSeen, "Z3 factored 4294967291 * 4294967279 within 1 ms four times");
  }
}
