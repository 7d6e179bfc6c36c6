package dev.vigor.libvig.contract;

import java.util.List;
import java.util.Optional;

/**
 * The libVig structure kinds, their instantiation macros and C functions, so the engine can tell
 * from a call's C function name which object's contract to consult.
 */
public enum StructureKind {
  EMAP("VIG_EMAP", List.of("emap_get", "emap_add", "emap_refresh", "emap_expire", "emap_erase",
      "emap_has_index", "emap_get_key", "emap_full")),
  VECTOR("VIG_VECTOR", List.of("vector_borrow", "vector_return", "vector_get", "vector_set")),
  MAP("VIG_MAP", List.of("map_get", "map_has", "map_put", "map_erase", "map_full")),
  DCHAIN("VIG_DCHAIN", List.of("dchain_allocate", "dchain_rejuvenate", "dchain_is_allocated",
      "dchain_free", "dchain_expire")),
  CHT("VIG_CHT", List.of("cht_fill", "cht_find_preferred")),
  LPM("VIG_LPM", List.of("lpm_update", "lpm_lookup"));

  private final String macro;
  private final List<String> functions;

  StructureKind(String macro, List<String> functions) {
    this.macro = macro;
    this.functions = functions;
  }

  /** The instantiation macro (the _BOUNDED variants instantiate the same kind). */
  public String macro() {
    return macro;
  }

  /** The C functions operating on this kind, in header order; the object is their first argument. */
  public List<String> functions() {
    return functions;
  }

  /** The kind whose object a C function operates on, if it is a libVig structure function. */
  public static Optional<StructureKind> ofFunction(String cFunction) {
    for (StructureKind k : values()) {
      if (k.functions.contains(cFunction)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The kind an instantiation macro declares (VIG_VECTOR_BOUNDED is VECTOR). */
  public static Optional<StructureKind> ofMacro(String macro) {
    String base = macro.endsWith("_BOUNDED") ? macro.substring(0, macro.length() - 8) : macro;
    for (StructureKind k : values()) {
      if (k.macro.equals(base)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
