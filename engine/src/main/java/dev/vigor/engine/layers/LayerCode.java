package dev.vigor.engine.layers;

import java.util.List;
import java.util.Map;

/**
 * Where a lower layer's code is and how it is verified, all relative to the workbench checkout
 * (the folder holding libvig/ and nfos/): the layer's own C files, the models of the layers next
 * to it with the harness (C the engine reads as data, never special cases in the executor), the
 * folders of its {@code <vigor/...>} headers, the small-scope sizes it is verified at (gcc's -D,
 * e.g. a ring of 3 buffers: its code uses them only as bounds) and the harness's entry function.
 * Its units are explorations of their own, each with its extra -D (libVig's structures one by
 * one: they run in parallel); a layer whose code is the same for every NF (libVig) is not
 * verified per device count, and is verified once per run of the engine.
 */
public record LayerCode(String layer, List<String> code, List<String> models,
    List<String> includes, Map<String, String> smallScope, String entry,
    List<Map<String, String>> units, boolean perDeviceCount) {
  public LayerCode {
    code = List.copyOf(code);
    models = List.copyOf(models);
    includes = List.copyOf(includes);
    smallScope = Map.copyOf(smallScope);
    units = units.stream().map(Map::copyOf).toList();
  }

  /**
   * A layer verified in one exploration, for the NF's device count (the loop, the driver and
   * NFOS run one NIC per device).
   */
  public LayerCode(String layer, List<String> code, List<String> models, List<String> includes,
      Map<String, String> smallScope, String entry) {
    this(layer, code, models, includes, smallScope, entry, List.of(Map.of()), true);
  }
}
