package dev.vigor.engine.layers;

import java.util.List;
import java.util.Map;

/**
 * Where a lower layer's code is and how it is verified, all relative to the workbench checkout
 * (the folder holding libvig/ and nfos/): the layer's own C files, the models of the layers next
 * to it with the harness (C the engine reads as data, never special cases in the executor), the
 * folders of its {@code <vigor/...>} headers, the small-scope sizes it is verified at (gcc's -D,
 * e.g. a ring of 3 buffers: its code uses them only as bounds) and the harness's entry function.
 */
public record LayerCode(String layer, List<String> code, List<String> models,
    List<String> includes, Map<String, String> smallScope, String entry) {
  public LayerCode {
    code = List.copyOf(code);
    models = List.copyOf(models);
    includes = List.copyOf(includes);
    smallScope = Map.copyOf(smallScope);
  }
}
