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
 * Bugs of the paper's Table 4 classes planted one at a time in the 82540EM driver
 * (nfos/driver/e1000.c), each caught by the driver layer's verification against the NIC model with
 * the check, the line and what it names; the unplanted driver is proved.
 */
class DriverLayerMutantsTest {
  static Stream<Arguments> mutants() {
    return Stream.of(
        Arguments.of("unknown register", "write_reg(n, REG_TIPG, TIPG_DEFAULT);",
            "write_reg(n, 0x0414, TIPG_DEFAULT);", "a register the 82540EM does not have",
            "reg = 0x414"),
        Arguments.of("reserved bits", "RCTL_EN | RCTL_UPE", "RCTL_EN | 1u | RCTL_UPE",
            "reserved bits of RCTL written as 1", ""),
        Arguments.of("reserved bits of CTRL", "read_reg(n, REG_CTRL) | CTRL_SLU",
            "read_reg(n, REG_CTRL) | CTRL_SLU | (1u << 1)", "reserved bits of CTRL written as 1", ""),
        Arguments.of("out of order", "  for (uint32_t i = 0; i < 128; i++) {",
            "  write_reg(n, REG_RCTL, RCTL_EN);\n  for (uint32_t i = 0; i < 128; i++) {",
            "receive enabled before its ring is programmed", ""),
        Arguments.of("before ready", "  for (int i = 0; i < 1000000 && (read_reg(n, REG_CTRL) & CTRL_RST) != 0; i++) {\n  }\n",
            "", "CTRL written while the reset is still running", ""),
        Arguments.of("descriptor twice", "write_reg(n, REG_RDT, n->rx_next);",
            "write_reg(n, REG_RDT, (n->rx_next + 2) % E1000_RING);",
            "a receive descriptor handed to the NIC twice", ""),
        Arguments.of("buffer outside DMA",
            "dma->rx[i].addr = dma_at(n, (uint32_t)offsetof(struct e1000_dma, rx_buf) + i * RX_BUF);",
            "dma->rx[i].addr = (uint32_t)offsetof(struct e1000_dma, rx_buf) + i * RX_BUF;",
            "a receive buffer outside the DMA memory", ""),
        Arguments.of("no end of packet", "desc->cmd = CMD_EOP | CMD_IFCS | CMD_RS;",
            "desc->cmd = CMD_IFCS | CMD_RS;", "a frame handed over without its end of packet", ""),
        Arguments.of("tail past the frame", "write_reg(n, REG_TDT, n->tx_next);",
            "write_reg(n, REG_TDT, (uint16_t)((n->tx_next + 1) % E1000_RING));",
            "a frame handed over without its end of packet", ""),
        Arguments.of("fitting frame dropped", "length <= IO_BUF_BYTES", "length < IO_BUF_BYTES",
            "a complete frame that fits left behind while io had room", ""),
        Arguments.of("incomplete frame handed up", "(desc->status & DESC_EOP) != 0 && ", "",
            "a frame io got that is not the next one its NIC received", ""));
  }

  private static Path checkoutWith(Path dir, String from, String to) throws Exception {
    return LayerCheckout.withChange(dir, "nfos/driver/e1000.c", from, to);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void eachPlantedBugIsCaught(String name, String from, String to, String says, String shows,
      @TempDir Path dir) throws Exception {
    LayerResult r = StackVerification.verify("driver", checkoutWith(dir, from, to), 2, 60_000,
        CancelToken.none());
    assertEquals(Verdict.VIOLATED, r.verdict(), () -> name + " not caught: " + r.findings());
    LayerFinding f = r.findings().stream().filter(LayerFinding::failed).findFirst().orElseThrow();
    assertTrue(f.message().startsWith(says) && f.message().contains(shows), f::toString);
    assertTrue(f.loc().startsWith("nfos/driver/verify/"), f::toString);
    assertTrue(!f.cSteps().isEmpty(), f::toString);
  }

  @Test
  void anOutOfBoundsCopyIsALowLevelFailure(@TempDir Path dir) throws Exception {
    LayerResult r = StackVerification.verify("driver", checkoutWith(dir,
        "b->data[i] = dma->rx_buf[n->rx_next][i];",
        "b->data[i + 1] = dma->rx_buf[n->rx_next][i];"), 2, 60_000,
        CancelToken.none());
    assertEquals(Verdict.VIOLATED, r.verdict(), r.findings()::toString);
    LayerFinding f = r.findings().stream().filter(LayerFinding::failed).findFirst().orElseThrow();
    assertTrue(f.loc().startsWith("nfos/driver/e1000.c:")
        && (f.check().equals("REGION_BOUNDS") || f.check().equals("ARRAY_INDEX")), f::toString);
  }

  @Test
  void theDriverIsProvedForOneToThreeDevices() throws Exception {
    for (long devices = 1; devices <= 3; devices++) {
      LayerResult r = StackVerification.verify("driver", IoLayerTest.include(), devices, 60_000,
          CancelToken.none());
      assertEquals(Verdict.PROVED, r.verdict(), r.findings()::toString);
      assertTrue(r.paths() > 1);
    }
  }
}
