package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One name for the L4 header, popped as tcp on one path and udp on another, as a spec of a port
 * forwarder (TCP and UDP alike) is naturally written: checked, verified per path, and a read of
 * a field the header has on one path only is named where it happens.
 */
class HeaderPerPathTest {
  static final Path PORTFW = Path.of("src/test/resources/validate/portfw");
  @TempDir Path tmp;

  @Test
  void aHeaderPoppedAsTcpOrUdpIsVerifiedPerPath() throws Exception {
    SmallNf.assertAllProved(SmallNf.verify(PORTFW));
  }

  /** Port 443 forwarded to the wrong host: violated on the TCP and the UDP path. */
  @Test
  void aWrongForwardIsViolated() throws Exception {
    Path dir = SmallNf.variant(PORTFW, tmp, "portfw.c", "{443, 0x0A000003u}", "{443, 0x0A000004u}");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertEquals(2, cex.size(), cex.toString());
    assertTrue(cex.stream().allMatch(c -> c.specOutcome().contains("ipv4 daddr is 10.0.0.4, the spec requires 10.0.0.3")),
        cex.toString());
  }

  /**
   * SYN read from the L4 header on every path: where it is a udp header the spec cannot run, and
   * says why; where the spec drops what the NF sends, the counterexample says so and describes
   * no packet (there is none on the spec's side to compare with).
   */
  @Test
  void aFieldOnlyOneOfTheHeadersHasIsNamedOnThePathThatLacksIt() throws Exception {
    Path dir = SmallNf.variant(PORTFW, tmp, "spec.py", "if l4.dst_port == 22:",
        "if SYN in l4.flags:\n    return DROP\nif l4.dst_port == 22:");
    Verification.Result run = Verification.run(dir, LoadedNf.load(dir), List.of(dir.resolve("spec.py")), 120_000);
    List<TraceResult> traces = run.specs().get(0).traces();
    assertTrue(traces.stream().anyMatch(t -> t.verdict() == Verdict.UNKNOWN
        && String.join(" ", t.reasons()).contains("on this path the header is udp, which has no field flags")), traces.toString());
    List<Counterexample> cex = SmallNf.counterexamples(run.specs().get(0));
    assertFalse(cex.isEmpty(), "a forwarded SYN was not found");
    for (Counterexample c : cex) {
      assertTrue(c.specOutcome().startsWith("drop"), c.specOutcome());
      assertFalse(c.specOutcome().contains("byte"), "a dropped packet's bytes described: " + c.specOutcome());
    }
  }
}
