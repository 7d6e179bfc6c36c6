package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.diag.DiagnosticException;
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
 * A state invariant declared with a vector's instantiation may relate a stored time to the
 * packet's {@code now}. It is proved at every store (a breach is a failed check that names the
 * invariant and replays) and only then assumed of the pre-state, where it removes false alarms: a
 * signed "elapsed time" cannot overflow on a time stamped in the future.
 */
class TimeInvariantTest {
  private static final String TEMPLATE = """
      #define NF_DEVICE_COUNT 2
      #include <vigor/nf.h>
      #include <vigor/libvig.h>

      struct Stamp {
        int64_t time;
      };
      VIG_VECTOR_BOUNDED(stamps, struct Stamp, 16, %s);

      bool nf_init(void) {
        return true;
      }

      int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
        if (length < 1) {
          return NF_DROP;
        }
        int index = packet[0] & 15;
        struct Stamp s;
        vector_get(stamps, index, &s);
        vigor_time_t elapsed = now - s.time;
        s.time = %s;
        vector_set(stamps, index, &s);
        return elapsed > 1000 ? device : NF_DROP;
      }
      """;

  private static SymexResult run(Path dir, String bound, String skew) throws Exception {
    Files.writeString(dir.resolve("stamp.c"), TEMPLATE.formatted(bound, skew));
    Program p = Nfs.compile(dir);
    return SymbolicExecutor.run(p, NfConfig.defaults(), ProgressListener.NONE, CancelToken.none());
  }

  @Test
  void anInvariantThatHoldsIsProvedAndRemovesTheFalseAlarm(@TempDir Path dir) throws Exception {
    try (SymexResult r = run(dir, "0 <= time && time <= now", "now")) {
      assertTrue(r.checks().isEmpty(), r.checks().toString());
    }
  }

  @Test
  void withoutTheInvariantTheElapsedTimeMayOverflow(@TempDir Path dir) throws Exception {
    try (SymexResult r = run(dir, "1", "now")) {
      assertEquals(1, r.failures().size(), r.checks().toString());
      assertEquals(LowLevelCheck.SIGNED_OVERFLOW, r.failures().get(0).check());
    }
  }

  @Test
  void anNfThatBreaksItsInvariantFailsACheckNamingIt(@TempDir Path dir) throws Exception {
    try (SymexResult r = run(dir, "0 <= time && time <= now", "now < 1000 ? now + 1 : now")) {
      assertEquals(1, r.failures().size(), r.checks().toString());
      CheckResult c = r.failures().get(0);
      assertEquals(LowLevelCheck.LIBVIG_PRECONDITION, c.check());
      assertTrue(c.message().contains("breaks its declared invariant")
          && c.message().contains("element.time <= now"), c.message());
      assertEquals(23, c.loc().line());
      ConcreteRun replay = new ConcreteInterpreter(Nfs.compile(dir), NfConfig.defaults()).replay(c.input());
      assertEquals(LowLevelCheck.LIBVIG_PRECONDITION, replay.failedCheck(), String.valueOf(replay.failure()));
      assertEquals(23, replay.failedAt().line());
    }
  }

  @Test
  void nowOnlyWhereTimePassingKeepsTheBoundTrue(@TempDir Path dir) throws Exception {
    for (String bound : new String[] {"now <= time", "!(time > now)", "time + now >= 0", "time == now"}) {
      Files.writeString(dir.resolve("stamp.c"), TEMPLATE.formatted(bound, "now"));
      DiagnosticException e = assertThrows(DiagnosticException.class, () -> Nfs.compile(dir), bound);
      assertTrue(e.getMessage().contains("`now` only as the larger side"), e.getMessage());
    }
    Files.writeString(dir.resolve("stamp.c"), TEMPLATE.formatted("now >= time || time < 0", "now"));
    Nfs.compile(dir);
  }
}
