package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A stranger's NF with a paper-sized table, whose final table the validator compares with the
 * spec's without a witness once the trace's add and get results are put in: proved as written,
 * violated as soon as the table it leaves differs in the time written or in a missing update.
 */
class SameFinalStateTest {
  private static final String C = """
      #define NF_DEVICE_COUNT 2
      #include <vigor/nf.h>
      #include <vigor/libvig.h>

      #define EXP_TIME (60 * VIGOR_NS_PER_SEC)

      VIG_EMAP(seen, struct ether_addr, 65536);
      NF_EXPORT_STATE(seen, "seen");

      bool nf_init(void) {
        return true;
      }

      int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
        (void)device;
        struct ether_hdr *eth = nf_ether_header(packet, length);
        if (eth == NULL) {
          return NF_DROP;
        }
        emap_expire(seen, now - EXP_TIME);
        int index;
        if (emap_get(seen, &eth->s_addr, &index)) {
          emap_refresh(seen, index, now);
        } else if (!emap_full(seen)) {
          emap_add(seen, &eth->s_addr, now, &index);
        }
        return NF_FLOOD;
      }
      """;

  private static Path lastSeen(Path dir) throws Exception {
    Path nf = Files.createDirectories(dir.resolve("lastseen"));
    Files.writeString(nf.resolve("nf.properties"), """
        name = lastseen
        description = Remembers when each source MAC was last seen; floods every frame.
        devices = 2
        packet.min_length = 0
        packet.max_length = 1514
        capacity.seen = 65536
        constant.EXP_TIME = 60000000000
        """);
    Files.writeString(nf.resolve("lastseen.c"), C);
    Files.writeString(nf.resolve("spec.py"), """
        from state import seen

        EXP_TIME = 60 * 1000 * 1000 * 1000

        h = pop_header(ether, on_mismatch=([], []))
        seen.expire_all(now - EXP_TIME)
        if h.saddr in seen:
            seen.refresh_idx(seen[h.saddr], now)
        elif not seen.full():
            seen.add(h.saddr, the_index_allocated, now)
        return BROADCAST, pkt
        """);
    return nf;
  }

  @Test
  void theNfAsWrittenIsProved(@TempDir Path dir) throws Exception {
    SmallNf.assertAllProved(SmallNf.verify(lastSeen(dir)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "refreshed a nanosecond early|emap_refresh(seen, index, now);|emap_refresh(seen, index, now - 1);",
      "not refreshed|emap_refresh(seen, index, now);|(void)index;",
      "added a nanosecond early|emap_add(seen, &eth->s_addr, now, &index);|emap_add(seen, &eth->s_addr, now - 1, &index);"})
  void aTableLeftDifferentIsViolated(String bug, String find, String replace, @TempDir Path dir)
      throws Exception {
    Path nf = SmallNf.variant(lastSeen(dir), dir.resolve("bug"), "lastseen.c", find, replace);
    Verification.SpecResult s = SmallNf.verify(nf);
    assertEquals(Verdict.VIOLATED, s.verdict(), bug + ": " + s.traces());
    assertFalse(SmallNf.counterexamples(s).isEmpty(), bug);
  }
}
