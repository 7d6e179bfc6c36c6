package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which layers a run covers: those named, the NF always, and only layers the engine executes. */
class LayerRegistryTest {
  private final LayerRegistry registry = LayerRegistry.standard();

  @Test
  void theNfLayerIsAlwaysIncludedAndNamesAreCaseBlind() {
    assertEquals(List.of("nf"), registry.always());
    assertEquals(List.of("nf"), registry.select(List.of()));
    assertEquals(List.of("nf"), registry.select(List.of(" NF ", "")));
  }

  @Test
  void lowerLayersComeBottomFirstAndHaveCode() {
    assertEquals(List.of("io", "nf"), registry.select(List.of("nf", "IO")));
    assertEquals(List.of("nfos", "driver", "io", "libvig", "nf"), registry.offered().stream().map(Layer::id).toList());
    assertEquals(List.of("nfos", "driver", "io", "libvig", "nf"),
        registry.select(List.of("io", "nfos", "libvig", "driver")));
    assertTrue(registry.code("io").isPresent());
    assertTrue(registry.code("libvig").isPresent());
    assertFalse(registry.code("libvig").orElseThrow().perDeviceCount());
    assertTrue(registry.code("nf").isEmpty());
  }

  @Test
  void aLayerTheEngineDoesNotExecuteIsRefusedWithWhatItExecutes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> registry.select(List.of("nf", "dpdk")));
    assertTrue(e.getMessage().contains("no layer 'dpdk' to verify: this engine executes nfos, driver, io,"
        + " libvig, nf"), e.getMessage());
  }
}
