package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Original Vigor specs swap a header field's bytes by hand (they read raw network-order memory);
 * here fields are already numbers, so the checker warns at the swap and names the field, and only
 * there: other shifts and ors, or two different fields, are left alone.
 */
class ByteSwapIdiomTest {
  private static List<String> warnings(String... lines) {
    SpecCheckResult r = SpecChecker.checkText(Path.of("swap.py"), String.join("\n", lines) + "\n",
        ImportSearch.none(), Optional.empty());
    assertTrue(r.ok(), r.diagnostics().toString());
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
  }

  @Test
  void vigorsLengthSwapIsNamed() {
    List<String> w = warnings(
        "h2 = pop_header(ipv4, on_mismatch=([],[]))",
        "if packet_size - 14 < (((h2.len & 0xFF) << 8) | ((h2.len & 0xFF00) >> 8)):",
        "    return ([],[])",
        "return ([0],[])");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("2:24 this swaps the two bytes of h2.len"), w.toString());
    assertTrue(w.get(0).endsWith("so write h2.len itself"), w.toString());
  }

  @Test
  void unmaskedAndReversedOperandsToo() {
    List<String> w = warnings(
        "h = pop_header(tcpudp, on_mismatch=([],[]))",
        "if (h.dst_port >> 8) | (h.dst_port << 8) == 80:",
        "    return ([],[])",
        "return ([0],[])");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).contains("two bytes of h.dst_port"), w.toString());
  }

  @Test
  void vigorsSwappedEthertypeIsNamed() {
    List<String> w = warnings(
        "h1 = pop_header(ether, on_mismatch=([],[]))",
        "assert h1.type == 8",
        "if 0x0800 == h1.type or h1.type != 1500:",
        "    return ([],[])",
        "return ([0],[])");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("2:8 ether type 8 is 0x0800 with its bytes swapped"),
        w.toString());
  }

  @Test
  void otherShiftsAndTwoFieldsAreNotASwap() {
    assertEquals(List.of(), warnings(
        "h = pop_header(tcpudp, on_mismatch=([],[]))",
        "x = (h.src_port << 8) | (h.dst_port >> 8)",
        "y = (h.src_port << 16) | (h.src_port >> 16)",
        "z = (h.src_port << 8) | 5",
        "if x == y and y == z:",
        "    return ([],[])",
        "return ([0],[])"));
  }
}
