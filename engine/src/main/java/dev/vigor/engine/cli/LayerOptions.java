package dev.vigor.engine.cli;

import dev.vigor.engine.layers.LayerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The layers of the stack a command verifies ({@code --layers nf,libvig,…}); the NF layer is
 * always in. Only layers this engine executes are accepted: naming another is bad input, never a
 * run that silently verifies less than asked.
 */
public final class LayerOptions {
  @Option(names = "--layers", paramLabel = "LAYER", split = ",",
      description = "The layers of the stack to verify, the others modelled (default: nf, the NF's"
          + " own code with libVig at its contracts; nf is always included). This engine"
          + " executes: nfos (NFOS after boot on a model of the PC), driver (the 82540EM driver"
          + " against a NIC model), io (the packet I/O loop), libvig (libVig's C against the"
          + " contracts nf assumes) and nf.")
  List<String> layers = new ArrayList<>();

  /** The ids of the layers to cover, bottom first (valid only when {@link #problem} is empty). */
  List<String> selected() {
    return LayerRegistry.standard().select(layers);
  }

  /** Why the layers named cannot be verified by this engine; empty when they can. */
  Optional<String> problem() {
    try {
      LayerRegistry.standard().select(layers);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("--layers: " + e.getMessage());
    }
  }
}
