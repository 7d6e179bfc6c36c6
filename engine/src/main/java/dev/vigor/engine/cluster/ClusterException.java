package dev.vigor.engine.cluster;

/** The cluster cannot do a run's work (none reachable, all refused); the message says why. */
public final class ClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by message. */
  public ClusterException(String message) {
    super(message);
  }
}
