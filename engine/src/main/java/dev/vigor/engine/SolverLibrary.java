package dev.vigor.engine;

import java.util.Optional;

/**
 * Which Z3 the process actually calls. Z3's Java binding binds its native calls lazily, by
 * symbol name; when another library has already put a different Z3 into the process's global
 * symbol scope (on Linux, the OpenGL drivers' LLVM loads the system's libz3.so.4 when a window
 * opens), later calls go to that Z3 instead of the bundled one.
 */
public final class SolverLibrary {
  private SolverLibrary() {}

  /** The Z3 version this build bundles, e.g. {@code 4.14.1}. */
  public static String bundled() {
    return Version.z3();
  }

  /** The version of the Z3 that native calls reach now, e.g. {@code 4.14.1}. */
  public static String loaded() {
    return com.microsoft.z3.Version.getMajor() + "." + com.microsoft.z3.Version.getMinor() + "."
        + com.microsoft.z3.Version.getBuild();
  }

  /** A warning when the Z3 reached is not the bundled one; empty when it is. */
  public static Optional<String> mismatch() {
    return mismatch(bundled(), loaded());
  }

  /** A warning when {@code loaded} is not {@code bundled}; empty when it is (or unknown). */
  static Optional<String> mismatch(String bundled, String loaded) {
    if (bundled.equals("unknown") || bundled.equals(loaded)) {
      return Optional.empty();
    }
    return Optional.of("Z3 " + loaded + " from another library answers instead of the bundled Z3 "
        + bundled + " (on Linux the graphics drivers load the system's libz3): runs may be far"
        + " slower and were not tested with it; start the workbench with ./vigor, which preloads"
        + " the bundled Z3, or set GDK_GL=disable with -Dprism.order=sw");
  }
}
