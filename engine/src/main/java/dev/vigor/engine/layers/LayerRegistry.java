package dev.vigor.engine.layers;

import java.util.List;
import java.util.Optional;

/**
 * The layers this engine can verify, bottom of the stack first. The GUI and CLI offer exactly
 * these: a layer is listed only once the engine can execute its code symbolically (or, for the NF,
 * always), so no picker ever shows an option that does nothing.
 */
public final class LayerRegistry {
  /** The NF's own code, executed symbolically with libVig taken at its contracts. */
  public static final Layer NF =
      new Layer(
          "nf",
          "NF code",
          "Every path of nf_process, with libVig calls taken at their contracts and the layers"
              + " below modelled.",
          true);

  private static final LayerRegistry STANDARD = new LayerRegistry(List.of(NF));

  private final List<Layer> layers;

  private LayerRegistry(List<Layer> layers) {
    this.layers = List.copyOf(layers);
  }

  /** The registry of this engine build. */
  public static LayerRegistry standard() {
    return STANDARD;
  }

  /** Every layer offered, bottom of the stack first. */
  public List<Layer> offered() {
    return layers;
  }

  /** The layer with this id, if offered. */
  public Optional<Layer> find(String id) {
    return layers.stream().filter(l -> l.id().equals(id)).findFirst();
  }
}
