package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.libvig.concrete.VigHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vig_hash is an uninterpreted function symbolically, so both parities of a hash are feasible; a
 * replay uses the model's hash values, and a plain concrete run libVig's FNV-1a.
 */
class HashTest {
  private static final String NF = """
      #define NF_DEVICE_COUNT 2
      #include <vigor/nf.h>
      #include <vigor/libvig.h>

      bool nf_init(void) {
        return true;
      }

      int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
        (void)now;
        (void)device;
        struct ether_hdr *eth = nf_ether_header(packet, length);
        if (eth == NULL) {
          return NF_DROP;
        }
        uint32_t h = vig_hash(&eth->s_addr, sizeof(struct ether_addr));
        return (h & 1u) == 0 ? 0 : 1;
      }
      """;

  @Test
  void hashIsUninterpretedAndReplaysWithTheModelsValues(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("hash.c"), NF);
    Program p = Nfs.compile(dir);
    NfConfig config = NfConfig.defaults();
    try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
      assertTrue(r.checks().isEmpty(), r.checks().toString());
      assertEquals(3, r.traces().size(), r.tree().render());
      for (Trace t : r.traces()) {
        ConcreteRun run = new ConcreteInterpreter(p, config).replay(t.input());
        assertEquals(t.decisions(), run.decisions());
        assertEquals(t.concreteVerdict(), run.verdict());
      }
      assertTrue(r.traces().stream().anyMatch(t -> t.calls().stream().anyMatch(c -> c.function().equals("vig_hash"))));
    }
    byte[] src = HexFormat.of().parseHex("020000000a0a");
    byte[] frame = HexFormat.of().parseHex("ffffffffffff" + "020000000a0a" + "0800" + "00".repeat(46));
    ConcreteInterpreter nf = new ConcreteInterpreter(p, config);
    assertTrue(nf.init());
    assertEquals((long) (VigHash.hash(src) & 1), nf.process(0, frame, 0).verdict());
  }
}
