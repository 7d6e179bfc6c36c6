package dev.vigor.engine.run;

/** Thrown out of engine work once its {@link CancelToken} is cancelled. */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CancelledException() {
    super("cancelled");
  }
}
