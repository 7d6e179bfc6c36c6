package dev.vigor.engine.exec;

/** Ends the current path early: a check that cannot pass, or a path found infeasible. */
public final class PathEnded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PathEnded(String why) {
    super(why, null, false, false);
  }
}
