package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The io layer (nfos/io) verified between its models, for NFs of 1 to 4 devices. */
class IoLayerTest {
  static Path include() {
    return Path.of(System.getProperty("vigor.libvig.include", "../libvig/include"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void theLoopIsProvedForEveryDeviceCount(long devices) throws Exception {
    LayerResult r = StackVerification.verify("io", include(), devices, 60_000, CancelToken.none());
    assertEquals(Verdict.PROVED, r.verdict(), () -> r.findings().toString());
    assertTrue(r.paths() > 1, "paths: " + r.paths());
    System.out.println("io, " + devices + " devices: " + r.paths() + " paths, " + r.millis() + " ms");
  }

  /** An NF of more devices than the layers are verified for gets unknown at once, never a run of hours. */
  @org.junit.jupiter.api.Test
  void tooManyDevicesIsUnknownAndSaysWhy() throws Exception {
    for (String layer : new String[] {"io", "driver", "nfos"}) {
      LayerResult r = StackVerification.verify(layer, include(), StackVerification.MAX_DEVICES + 1,
          60_000, CancelToken.none());
      assertEquals(Verdict.UNKNOWN, r.verdict(), r::toString);
      assertEquals(0, r.paths());
      assertTrue(r.findings().get(0).message().contains("1 to 8 devices; this NF has 9"),
          r::toString);
    }
  }
}
