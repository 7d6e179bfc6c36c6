package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bugs planted one at a time in the io layer's loop (nfos/io/src/io_loop.c), each caught by
 * its verification with the check and the line that names it; the unplanted loop is proved
 * (IoLayerTest).
 */
class IoLayerMutantsTest {
  static Stream<Arguments> mutants() {
    return Stream.of(
        // hands over a buffer nothing was received in
        Arguments.of("i < IO_BURST && i < n", "i < IO_BURST && i <= n", "LAYER_ASSERTION",
            "backend_model.c"),
        // ... and reads past the ring on a full burst
        Arguments.of("i < IO_BURST && i < n", "i <= IO_BURST && i <= n", "", ""),
        // asks for more buffers than the ring holds: the back end writes past it
        Arguments.of("io_backend_rx_burst(rx_ring, IO_BURST)", "io_backend_rx_burst(rx_ring, IO_BURST + 1)",
            "REGION_BOUNDS", "backend_model.c"),
        // floods back out of the input device too
        Arguments.of("if (d != buf->device) {", "if (d < NF_DEVICE_COUNT) {", "LAYER_ASSERTION",
            "backend_model.c"),
        // a verdict one past the last device is sent
        Arguments.of("verdict < NF_DEVICE_COUNT", "verdict <= NF_DEVICE_COUNT", "LAYER_ASSERTION",
            "backend_model.c"),
        // the back end never hears the verdict
        Arguments.of("io_backend_processed(buf, verdict);", "", "LAYER_ASSERTION", "backend_model.c"),
        // the NF is told the wrong time
        Arguments.of("buf->length, buf->time)", "buf->length, 0)", "LAYER_ASSERTION", "backend_model.c"),
        // every packet handed over is the first buffer's
        Arguments.of("&rx_ring[i]", "&rx_ring[0]", "LAYER_ASSERTION", "backend_model.c"),
        // the count returned misses packets
        Arguments.of("processed++;", "", "LAYER_ASSERTION", "backend_model.c"),
        // the packet is sent before the NF decided where
        Arguments.of("int verdict = nf_process(buf->device, buf->data, buf->length, buf->time);\n"
            + "      io_send(buf, verdict);",
            "io_send(buf, 0);\n      int verdict = nf_process(buf->device, buf->data, buf->length, buf->time);",
            "LAYER_ASSERTION", "backend_model.c"));
  }

  @ParameterizedTest
  @MethodSource("mutants")
  void eachPlantedBugIsCaught(String from, String to, String check, String where, @TempDir Path dir)
      throws Exception {
    LayerResult r = StackVerification.verify("io",
        LayerCheckout.withChange(dir, "nfos/io/src/io_loop.c", from, to), 2, 60_000,
        CancelToken.none());
    assertEquals(Verdict.VIOLATED, r.verdict(), () -> "not caught: " + to + "; " + r.findings());
    LayerFinding f = r.findings().stream().filter(LayerFinding::failed).findFirst().orElseThrow();
    if (!check.isEmpty()) {
      assertEquals(check, f.check(), f::toString);
    }
    assertTrue(f.loc().contains(where) && f.loc().matches(".*:\\d+:\\d+"), f::toString);
    assertTrue(!f.inputs().isEmpty() && !f.cSteps().isEmpty(), f::toString);
  }
}
