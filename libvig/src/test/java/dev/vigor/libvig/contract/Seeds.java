package dev.vigor.libvig.contract;

/** The seed of a random test: -Dlibvig.seed=N reproduces a run. */
final class Seeds {
  private Seeds() {}

  static long seed() {
    Long fixed = Long.getLong("libvig.seed");
    return fixed != null ? fixed : System.nanoTime();
  }

  static String reproduce(long seed) {
    return "seed " + seed + " (rerun with -Dlibvig.seed=" + seed + ")";
  }
}
