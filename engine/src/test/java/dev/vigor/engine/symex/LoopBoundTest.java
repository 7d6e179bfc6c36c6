package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loops are unrolled up to the front-end's bound; running past it is reported. The front-end
 * rejects loops without a visible bound, so this test shrinks a proven bound in the IR to show the
 * executor's own check bites (and passes with the true bound).
 */
class LoopBoundTest {
  private static final String NF = """
      #define NF_DEVICE_COUNT 2
      #include <vigor/nf.h>

      bool nf_init(void) {
        return true;
      }

      int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
        (void)now;
        if (length < 4) {
          return NF_DROP;
        }
        int zeros = 0;
        for (int i = 0; i < 4; i++) {
          if (packet[i] == 0) {
            zeros++;
          }
        }
        return zeros == 4 ? NF_DROP : device;
      }
      """;

  private static Program withLoopBound(Program p, long bound) {
    Function f = p.function("nf_process").orElseThrow();
    List<Stmt> body = f.body().stream().map(s -> s instanceof Stmt.Loop l
        ? new Stmt.Loop(l.header(), l.test(), l.testFirst(), l.body(), l.step(), bound, l.bound(), l.loc())
        : s).toList();
    Map<String, Function> fns = new HashMap<>(p.functions());
    fns.put(f.name(), new Function(f.name(), f.returnType(), f.params(), f.locals(), body, f.loc()));
    return new Program(fns, p.structs(), p.objects(), p.globals(), p.deviceCount());
  }

  @Test
  void loopWithinItsBoundPassesAndPastItFails(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("loop.c"), NF);
    Program p = Nfs.compile(dir);
    NfConfig config = NfConfig.defaults();
    try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
      assertTrue(r.checks().isEmpty(), r.checks().toString());
      // 1 short packet + 2^4 zero patterns, 1 of which drops: 17 paths
      assertEquals(17, r.traces().size());
    }
    Program shrunk = withLoopBound(p, 3);
    try (SymexResult r = SymbolicExecutor.run(shrunk, config, ProgressListener.NONE, CancelToken.none())) {
      assertTrue(!r.failures().isEmpty());
      for (CheckResult c : r.failures()) {
        assertEquals(LowLevelCheck.LOOP_BOUND, c.check());
        assertEquals(14, c.loc().line()); // the for loop
        ConcreteRun run = new ConcreteInterpreter(shrunk, config).replay(c.input());
        assertEquals(LowLevelCheck.LOOP_BOUND, run.failedCheck());
      }
    }
  }
}
