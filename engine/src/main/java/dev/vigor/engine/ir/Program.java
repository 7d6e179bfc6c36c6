package dev.vigor.engine.ir;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole NF after the C front-end: its functions (including the header helpers it may call), the
 * structs with their layouts, the libVig objects it declares, its constant globals and
 * NF_DEVICE_COUNT. The entry points are {@code nf_init} and {@code nf_process}.
 */
public record Program(
    Map<String, Function> functions,
    Map<String, CType.Struct> structs,
    List<LibVigObject> objects,
    Map<String, ConstGlobal> globals,
    long deviceCount) {
  public Program {
    functions = Map.copyOf(functions);
    structs = Map.copyOf(structs);
    objects = List.copyOf(objects);
    globals = Map.copyOf(globals);
  }

  /** The function called name. */
  public Optional<Function> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** The struct with this tag. */
  public Optional<CType.Struct> struct(String tag) {
    return Optional.ofNullable(structs.get(tag));
  }

  /** The libVig object called name. */
  public Optional<LibVigObject> object(String name) {
    return objects.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The objects exported to specs, in declaration order. */
  public List<ExportedState> exportedState() {
    return objects.stream()
        .filter(o -> o.exportName() != null)
        .map(ExportedState::of)
        .toList();
  }
}
