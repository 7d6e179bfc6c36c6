package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule on a header some packets lack (an ACL on TCP/UDP ports, the rest rate-limited alike):
 * has_header says which packets it applies to, exactly as pop_header would find the header.
 * Proved as written; a port missing from the spec's rule, or the rule applied to every packet,
 * is violated.
 */
class OptionalHeaderTest {
  static final Path SRCLIMIT = Path.of("src/test/resources/validate/srclimit");
  @TempDir Path tmp;

  @Test
  void aPortRuleOnPacketsThatHaveTheHeaderIsProved() throws Exception {
    SmallNf.assertAllProved(SmallNf.verify(SRCLIMIT));
  }

  @Test
  void aPortMissingFromTheSpecsRuleIsViolatedOnThatPort() throws Exception {
    Path dir = SmallNf.variant(SRCLIMIT, tmp, "spec.py", "[23, 135, 139, 445]", "[23, 135, 445]");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertFalse(cex.isEmpty(), "port 139 passed unnoticed");
    for (Counterexample c : cex) {
      String input = String.join("\n", c.readable().inputLines());
      assertTrue(input.contains("dst_port=139"), input);
      assertTrue(c.nfOutcome().startsWith("drop"), c.nfOutcome());
    }
  }

  /** Without has_header the spec drops what has no TCP/UDP header; the NF limits it instead. */
  @Test
  void theRuleAppliedToEveryPacketIsViolatedByOnesWithoutTheHeader() throws Exception {
    Path dir = SmallNf.variant(SRCLIMIT, tmp, "spec.py", "if has_header(tcpudp):", "if True:");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertFalse(cex.isEmpty(), "the spec's drop of packets without ports went unnoticed");
    for (Counterexample c : cex) {
      assertTrue(c.specOutcome().startsWith("drop"), c.specOutcome());
      String input = String.join("\n", c.readable().inputLines());
      assertFalse(input.contains("dst_port="), "a packet with TCP/UDP ports: " + input);
    }
  }
}
