package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run's time limit stops the layers below the NF too (vigor verify --time-limit): a layer it
 * stops is unknown and says why; without a reason a stop throws, as the workbench's Stop needs.
 */
class StoppedLayerTest {
  private static final Verification.Result NF_PROVED = new Verification.Result(List.of(), List.of());

  @Test
  void aLayerStoppedByTheTimeLimitIsUnknownAndSaysSo() throws Exception {
    CancelToken stop = new CancelToken();
    // the driver layer explores for seconds: stopped while under way
    Thread timer = new Thread(() -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        return;
      }
      stop.cancel();
    });
    timer.start();
    Verification.Result r = StackVerification.withLowerLayers(NF_PROVED, List.of("driver", "nf"),
        IoLayerTest.include(), 2, 60_000, stop, "the run's time limit of 1 s ran out");
    timer.join();
    LayerResult driver = r.lowerLayers().get(0);
    assertEquals("driver", driver.layer());
    assertEquals(Verdict.UNKNOWN, driver.verdict(), driver::toString);
    assertEquals(StackVerification.STOPPED_CHECK, driver.findings().get(0).check());
    assertTrue(driver.findings().get(0).message().contains(
        "stopped before all its paths were explored, so it is not verified (unknown): the run's"
            + " time limit of 1 s ran out"),
        driver::toString);
    assertEquals(Verdict.UNKNOWN, r.verdict());
  }

  @Test
  void withoutAReasonAStopIsACancel() {
    CancelToken stop = new CancelToken();
    stop.cancel();
    assertThrows(CancelledException.class, () -> StackVerification.withLowerLayers(NF_PROVED,
        List.of("io", "nf"), IoLayerTest.include(), 2, 60_000, stop));
  }
}
