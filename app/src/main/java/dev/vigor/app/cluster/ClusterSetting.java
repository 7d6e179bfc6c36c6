package dev.vigor.app.cluster;

import dev.vigor.engine.cluster.ClusterTarget;
import java.util.List;

/**
 * Whether Run validates on a cluster, and which: the workbench's counterpart of
 * {@code vigor verify --cluster}. Kept even while off, so turning it on again finds the members.
 */
public record ClusterSetting(boolean enabled, ClusterTarget target) {
  /** Local threads, nothing filled in: a workspace without a saved setting. */
  public static final ClusterSetting OFF =
      new ClusterSetting(false, new ClusterTarget("", List.of(), null));

  /** Where Run validates, for the panel: "validating on cluster lab at 127.0.0.1:5701". */
  public String describe() {
    return "validating on cluster " + target.name() + " at " + String.join(", ", target.reached());
  }

  /** As {@link #describe()} once connected: "validating on cluster lab (2 members)". */
  public String describe(int members) {
    return "validating on cluster " + target.name() + " (" + members + " member"
        + (members == 1 ? "" : "s") + ")";
  }
}
