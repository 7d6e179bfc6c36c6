package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a layer's code may do that an NF's may not, and that the intrinsics mean what they say. */
class LayerFrontEndTest {
  private static Path verifyInclude() {
    return IoLayerTest.include().toAbsolutePath().normalize().getParent().getParent()
        .resolve("nfos/verify/include");
  }

  private static Program layer(Path dir, String code) throws Exception {
    Path c = Files.writeString(dir.resolve("layer.c"), code);
    return CFrontEnd.compileLayer(dir, List.of(c), IoLayerTest.include(), List.of(verifyInclude()),
        Map.of("NF_DEVICE_COUNT", "1"), "check");
  }

  @Test
  void aMutableGlobalAndTheIntrinsicsWorkInALayer(@TempDir Path dir) throws Exception {
    Program p = layer(dir, """
        #include <vigor/verify.h>
        static uint32_t total;
        static void add(uint32_t x) { total += x; }
        void check(void) {
          uint32_t a = vig_any_u32();
          vig_assume(a < 10);
          add(a);
          add(a);
          vig_assert(total < 20);
          vig_assert(total != 18);
        }
        """);
    LayerExecutor.Exploration e = LayerExecutor.explore(p, "check", 10_000, CancelToken.none());
    // the first assert holds for every a < 10, the second fails for a = 9 only
    assertEquals(1, e.findings().size(), e.findings()::toString);
    LayerFinding f = e.findings().get(0);
    assertTrue(f.failed() && f.loc().equals("layer.c:10:3"), f::toString);
    assertEquals("9", f.inputs().values().iterator().next(), f::toString);
    LayerResult r = new LayerResult("t", e.paths(), e.findings(), List.of(), 0);
    assertEquals(Verdict.VIOLATED, r.verdict());
  }

  @Test
  void aLayersStringsAreReadOnlyArraysEndingInNul(@TempDir Path dir) throws Exception {
    Program p = layer(dir, """
        #include <vigor/verify.h>
        static int length(const char *s) {
          int n = 0;
          for (int i = 0; i < 64 && s[i] != '\\0'; i++) {
            n++;
          }
          return n;
        }
        void check(void) {
          vig_assert(length("ab\\n" "c") == 4);
          vig_assert("0123456789abcdef"[10] == 'a');
          uint8_t k = vig_any_u8();
          vig_assume(k < 4);
          vig_assert("xyz"[k] != 'q'); /* the NUL at 3, never 'q' */
          vig_assert("xyz"[k] != 'z'); /* fails at k = 2 */
        }
        """);
    LayerExecutor.Exploration e = LayerExecutor.explore(p, "check", 10_000, CancelToken.none());
    assertEquals(1, e.findings().size(), e.findings()::toString);
    assertEquals("layer.c:15:3", e.findings().get(0).loc(), e.findings()::toString);
    assertThrows(DiagnosticException.class, () -> layer(dir, """
        void check(void) { char *s = "x"; s[0] = 'y'; }
        """));
  }

  @Test
  void anNfCannotUseTheIntrinsicsNorMutableGlobals(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("nf.c"), """
        #define NF_DEVICE_COUNT 1
        #include <vigor/nf.h>
        void vig_assert(bool c);
        bool nf_init(void) { return true; }
        int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
          vig_assert(length > 0);
          return device;
        }
        """);
    DiagnosticException e = assertThrows(DiagnosticException.class,
        () -> CFrontEnd.compile(dir, IoLayerTest.include()));
    assertTrue(e.getMessage().contains("vig_assert is declared but never defined"), e.getMessage());
    Files.writeString(dir.resolve("nf.c"), """
        #define NF_DEVICE_COUNT 1
        #include <vigor/verify.h>
        """);
    DiagnosticException h = assertThrows(DiagnosticException.class,
        () -> CFrontEnd.compile(dir, IoLayerTest.include()));
    assertTrue(h.getMessage().contains("libVig has no header <vigor/verify.h>"), h.getMessage());
  }

  @Test
  void aLayerCallingWhatNoModelDefinesIsToldWhere(@TempDir Path dir) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> layer(dir, """
        void missing(void);
        void check(void) { missing(); }
        """));
    assertTrue(e.getMessage().contains("layer.c:2:20") && e.getMessage().contains("define it in one"),
        e.getMessage());
  }

  /** libVig's own C: handles as pointers, loops to a descriptor's capacity, calls by name checked. */
  private static final String OWN_LIBVIG = """
      #include <vigor/libvig.h>
      bool dchain_is_allocated(struct vig_dchain *c, int index) { return index < c->capacity; }
      static int count(struct vig_dchain *c) {
        int n = 0;
        for (int i = 0; i < c->capacity; i++) {
          if (dchain_is_allocated(c, i)) {
            n++;
          }
        }
        return n;
      }
      """;

  @Test
  void libVigsOwnCIsHeldToTheContractWhenCalledOnAnObjectByName(@TempDir Path dir) throws Exception {
    Program p = layer(dir, "#define NF_DEVICE_COUNT 1\n#include <vigor/verify.h>\n" + OWN_LIBVIG + """
        VIG_DCHAIN(chain, 2);
        void check(void) {
          vig_assert(count(chain) == 2);
          vig_assert(dchain_is_allocated(chain, 1));
        }
        """);
    LayerExecutor.Exploration e = LayerExecutor.explore(p, "check", 10_000, CancelToken.none());
    // through the pointer, an ordinary call (2 of 2 "allocated"); by name, the contract's: a new
    // chain has index 1 free, so the fake's true is caught where the harness asks
    assertEquals(1, e.findings().size(), e.findings()::toString);
    LayerFinding f = e.findings().get(0);
    assertEquals("LIBVIG_CONTRACT", f.check(), f::toString);
    assertEquals("layer.c:17:14", f.loc(), f::toString);
    assertTrue(f.message().contains("returned = true; for these values the contract allows returned"
        + " = false"), f::toString);
  }

  @Test
  void anNfCannotHoldAHandleNorLoopToARunTimeBound(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("nf.c"), "#define NF_DEVICE_COUNT 1\n" + OWN_LIBVIG + """
        bool nf_init(void) { return true; }
        int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
          return device;
        }
        """);
    DiagnosticException e = assertThrows(DiagnosticException.class,
        () -> CFrontEnd.compile(dir, IoLayerTest.include()));
    assertTrue(e.getMessage().contains("loop at nf.c:6 has no visible bound"), e.getMessage());
    Files.writeString(dir.resolve("nf.c"), """
        #define NF_DEVICE_COUNT 1
        #include <vigor/libvig.h>
        static bool first(struct vig_dchain *c) { return dchain_is_allocated(c, 0); }
        bool nf_init(void) { return true; }
        int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
          return device;
        }
        """);
    DiagnosticException h = assertThrows(DiagnosticException.class,
        () -> CFrontEnd.compile(dir, IoLayerTest.include()));
    assertTrue(h.getMessage().contains("argument 1 of dchain_is_allocated must name a libVig object"
        + " declared with VIG_DCHAIN"), h.getMessage());
  }
}
