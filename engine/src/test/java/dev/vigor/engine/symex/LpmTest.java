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
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An LPM router: lookups go through the LPM contract (found / not found forks), the model's routes
 * replay concretely, and a router that trusts the table's value as a device is caught.
 */
class LpmTest {
  private static final String NF = """
      #define NF_DEVICE_COUNT 2
      #include <vigor/nf.h>
      #include <vigor/libvig.h>

      VIG_LPM(routes, 16);
      NF_EXPORT_STATE(routes, "routes");

      bool nf_init(void) {
        return lpm_update(routes, 0x0a000000u, 8, 1);
      }

      int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
        (void)now;
        (void)device;
        struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
        if (ip == NULL) {
          return NF_DROP;
        }
        uint16_t port;
        if (!lpm_lookup(routes, ntohl(ip->dst_addr), &port)) {
          return NF_DROP;
        }
        %s
      }
      """;

  private static Program compile(Path dir, String tail) throws Exception {
    Files.writeString(dir.resolve("router.c"), NF.formatted(tail));
    return Nfs.compile(dir);
  }

  @Test
  void lookupsForkAndReplay(@TempDir Path dir) throws Exception {
    Program p = compile(dir, "return port < NF_DEVICE_COUNT ? port : NF_DROP;");
    NfConfig config = NfConfig.defaults();
    try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
      assertTrue(r.checks().isEmpty(), r.checks().toString());
      assertTrue(r.traces().stream().anyMatch(t -> t.calls().stream().anyMatch(c -> c.function().equals("lpm_lookup"))));
      for (Trace t : r.traces()) {
        ConcreteRun run = new ConcreteInterpreter(p, config).replay(t.input());
        assertEquals(t.decisions(), run.decisions(), "trace " + t.id() + " " + t.input().summary());
        assertEquals(t.concreteVerdict(), run.verdict());
      }
    }
    ConcreteInterpreter nf = new ConcreteInterpreter(p, config);
    assertTrue(nf.init());
    String ip = "4500001400000000401100000b0000010a010203";
    byte[] frame = HexFormat.of().parseHex("ffffffffffff" + "020000000a0a" + "0800" + ip);
    assertEquals(1L, nf.process(0, frame, 0).verdict(), "10.1.2.3 matches 10.0.0.0/8 -> 1");
  }

  @Test
  void trustingTheTableIsCaught(@TempDir Path dir) throws Exception {
    Program p = compile(dir, "return port;");
    NfConfig config = NfConfig.defaults();
    try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
      assertTrue(!r.failures().isEmpty());
      for (CheckResult c : r.failures()) {
        assertEquals(LowLevelCheck.VERDICT, c.check());
        ConcreteRun run = new ConcreteInterpreter(p, config).replay(c.input());
        assertEquals(LowLevelCheck.VERDICT, run.failedCheck(), String.valueOf(run.verdict()));
      }
    }
  }
}
