package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bugs planted one at a time in NFOS after boot (nfos/os), each caught by the nfos layer's
 * verification on the machine and NIC models, with what it names; unplanted, NFOS is proved.
 */
class NfosLayerMutantsTest {
  static Stream<Arguments> mutants() {
    return Stream.of(
        Arguments.of("pci.c", "hw_outl(0xCF8, 0x80000000u | (uint32_t)bus << 16",
            "hw_outl(0xCF8, (uint32_t)bus << 16", "a PCI configuration address without its enable bit"),
        Arguments.of("pci.c", "(command & 0xFFFF) | 0x6", "(command & 0xFFFF) | 0x2",
            "bus mastering left off"),
        Arguments.of("pci.c", "if (seen++ != index) {", "if (seen++ > index) {",
            "a ring outside the DMA memory"), // device 1 brings NIC 0 up again
        Arguments.of("main.c", "    e1000_init((uint16_t)d, pci.bar0);",
            "    e1000_init((uint16_t)d, pci.bar0 + 4);", "a register the 82540EM does not have"),
        Arguments.of("main.c", "  if (!nf_init()) {", "  if (!nf_init() && false) {",
            "a packet before nf_init, or although nf_init failed"),
        Arguments.of("main.c", "  if (!nf_init()) {\n    nfos_halt(\"nf_init returned false\");\n  }\n",
            "  nf_init();\n", "a packet before nf_init, or although nf_init failed"),
        Arguments.of("packet_log.c", "  if (!present) {\n    return;\n  }\n", "",
            "a port NFOS has no device at, or an absent COM2"),
        Arguments.of("console.c", "hw_outb(port + 2, 0xC7);", "hw_outb(port + 8, 0xC7);",
            "a port NFOS has no device at"));
  }

  static Path checkoutWith(Path dir, String file, String from, String to) throws Exception {
    return LayerCheckout.withChange(dir, "nfos/os/" + file, from, to);
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("mutants")
  void eachPlantedBugIsCaught(String file, String from, String to, String says, @TempDir Path dir)
      throws Exception {
    LayerResult r = StackVerification.verify("nfos", checkoutWith(dir, file, from, to), 2, 60_000,
        CancelToken.none());
    assertEquals(Verdict.VIOLATED, r.verdict(), () -> to + " not caught: " + r.findings());
    assertTrue(r.findings().stream().anyMatch(f -> f.failed() && f.message().startsWith(says)),
        r.findings()::toString);
  }

  @Test
  void nfosIsProvedForOneAndTwoDevices() throws Exception {
    for (long devices = 1; devices <= 2; devices++) {
      LayerResult r = StackVerification.verify("nfos", IoLayerTest.include(), devices, 60_000,
          CancelToken.none());
      assertEquals(Verdict.PROVED, r.verdict(), r.findings()::toString);
      assertTrue(r.paths() > 1);
    }
  }
}
