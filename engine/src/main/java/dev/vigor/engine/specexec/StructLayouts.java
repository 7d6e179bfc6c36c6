package dev.vigor.engine.specexec;

import java.util.Optional;

/** Where the interpreters take C struct layouts from (the NF's program, or a table in tests). */
@FunctionalInterface
public interface StructLayouts {
  /** The layout of {@code struct tag}, if the NF defines it. */
  Optional<ValueLayout.StructLayout> struct(String tag);

  /**
   * The layout of the record type a spec spells {@code name}: the tag itself, or Vigor's spelling
   * with a trailing {@code c}.
   */
  default Optional<ValueLayout.StructLayout> record(String name) {
    Optional<ValueLayout.StructLayout> exact = struct(name);
    if (exact.isPresent() || !name.endsWith("c")) {
      return exact;
    }
    return struct(name.substring(0, name.length() - 1));
  }
}
