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

  /** libVig's C (libvig/src/c), held to the contracts the NF layer takes its calls at. */
  public static final Layer LIBVIG =
      new Layer(
          "libvig",
          "libVig in C (libvig/src/c)",
          "Every path of every structure's C, new and small, through a bounded sequence of calls"
              + " with open arguments: each call's results held to the contract the NF layer"
              + " assumes, and every array access, index and pointer checked.",
          false);

  private static final LayerCode LIBVIG_CODE = new LayerCode("libvig",
      java.util.stream.Stream.of("bits", "bytes", "chain", "cht", "dchain", "emap", "hash", "keys",
          "lpm", "map", "vector").map(f -> "libvig/src/c/" + f + ".c").toList(),
      List.of("libvig/verify/memory_model.c", "libvig/verify/libvig_harness.c"),
      List.of("nfos/verify/include"),
      java.util.Map.of("LIBVIG_CAPACITY", "2", "LIBVIG_CALLS", "3", "LIBVIG_KEYED_CALLS", "2",
          "LIBVIG_BACKENDS", "2", "LIBVIG_HEIGHT", "7"),
      "libvig_layer_verify",
      // one exploration per structure, the slowest (keyed ones) first
      java.util.stream.Stream.of(0, 2, 5, 4, 1, 3)
          .map(i -> java.util.Map.of("LIBVIG_STRUCTURE", Integer.toString(i))).toList(),
      false);

  /** The packet I/O framework (nfos/io), between a back-end model and an NF model. */
  public static final Layer IO =
      new Layer(
          "io",
          "Packet I/O (nfos/io)",
          "Every path of one pass of the receive/send loop: each received buffer reaches"
              + " nf_process once, in order, with its own device, length and time, and is sent"
              + " where the verdict says; the NIC and the NF modelled.",
          false);

  private static final LayerCode IO_CODE = new LayerCode("io",
      List.of("nfos/io/src/io_loop.c"),
      List.of("nfos/io/verify/backend_model.c", "nfos/io/verify/nf_model.c"),
      List.of("nfos/io/include", "nfos/verify/include"),
      java.util.Map.of("IO_BURST", "3", "IO_BUF_BYTES", "64"),
      "io_layer_verify");

  /** The 82540EM driver (nfos/driver), against a register-level model of the NIC. */
  public static final Layer DRIVER =
      new Layer(
          "driver",
          "NIC driver (nfos/driver, 82540EM)",
          "Every path of bringing each NIC up and of one pass of receiving and sending, every"
              + " register access and DMA address checked against a model of the 82540EM"
              + " (unknown registers, reserved bits, order, descriptors, DMA memory); io gets each"
              + " complete frame once, in order, and the NIC sends what io gives it.",
          false);

  private static final LayerCode DRIVER_CODE = new LayerCode("driver",
      List.of("nfos/driver/e1000.c"),
      List.of("nfos/driver/verify/nic_model.c", "nfos/driver/verify/os_model.c",
          "nfos/driver/verify/driver_harness.c"),
      List.of("nfos/io/include", "nfos/verify/include"),
      java.util.Map.of("E1000_RING", "8", "IO_BURST", "2", "IO_BUF_BYTES", "1"),
      "driver_layer_verify");

  /** NFOS after boot (nfos/os), with the driver and the loop it starts, on a model of the machine. */
  public static final Layer NFOS =
      new Layer(
          "nfos",
          "NF OS (nfos/os)",
          "Every path of NFOS after boot: the PCI scan, each NIC brought up, nf_init, one pass of"
              + " the packet loop and halting, with every port, PCI configuration access and NIC"
              + " register checked against models of the PC and the 82540EM; boot.S and hw.h trusted.",
          false);

  private static final LayerCode NFOS_CODE = new LayerCode("nfos",
      List.of("nfos/os/main.c", "nfos/os/pci.c", "nfos/os/console.c", "nfos/os/packet_log.c",
          "nfos/driver/e1000.c", "nfos/io/src/io_loop.c"),
      List.of("nfos/driver/verify/nic_model.c", "nfos/os/verify/machine_model.c",
          "nfos/os/verify/nf_model.c", "nfos/os/verify/nfos_harness.c"),
      List.of("nfos/io/include", "nfos/verify/include"),
      java.util.Map.of("E1000_RING", "8", "IO_BURST", "2", "IO_BUF_BYTES", "1"),
      "nfos_layer_verify");

  private static final LayerRegistry STANDARD =
      new LayerRegistry(List.of(NFOS, DRIVER, IO, LIBVIG, NF),
          java.util.Map.of("libvig", LIBVIG_CODE, "io", IO_CODE, "driver", DRIVER_CODE,
              "nfos", NFOS_CODE));

  private final List<Layer> layers;
  private final java.util.Map<String, LayerCode> code;

  private LayerRegistry(List<Layer> layers, java.util.Map<String, LayerCode> code) {
    this.layers = List.copyOf(layers);
    this.code = java.util.Map.copyOf(code);
  }

  /** Where a lower layer's code, models and harness are; empty for the NF layer. */
  public Optional<LayerCode> code(String id) {
    return Optional.ofNullable(code.get(id));
  }

  /** The registry of this engine build. */
  public static LayerRegistry standard() {
    return STANDARD;
  }

  /** Every layer offered, bottom of the stack first. */
  public List<Layer> offered() {
    return layers;
  }

  /** The ids of the layers every verification includes, bottom first. */
  public List<String> always() {
    return layers.stream().filter(Layer::alwaysSelected).map(Layer::id).toList();
  }

  /**
   * The ids of the layers a run of ids covers, bottom first: those named and those always
   * included. Throws IllegalArgumentException naming the first id this engine does not offer
   * (and what it offers), e.g. a lower layer it cannot execute yet.
   */
  public List<String> select(List<String> ids) {
    java.util.Set<String> wanted = new java.util.HashSet<>(always());
    for (String id : ids) {
      String name = id.trim().toLowerCase(java.util.Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (find(name).isEmpty()) {
        throw new IllegalArgumentException("no layer '" + name + "' to verify: this engine"
            + " executes " + String.join(", ", layers.stream().map(Layer::id).toList()));
      }
      wanted.add(name);
    }
    return layers.stream().map(Layer::id).filter(wanted::contains).toList();
  }

  /** The layer with this id, if offered. */
  public Optional<Layer> find(String id) {
    return layers.stream().filter(l -> l.id().equals(id)).findFirst();
  }
}
