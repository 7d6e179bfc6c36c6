package dev.vigor.engine.run;

/** Receives progress from a running engine task; called on the engine's threads, so be quick. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = p -> {};

  /** Called whenever the phase or the counts change. */
  void onProgress(Progress progress);
}
