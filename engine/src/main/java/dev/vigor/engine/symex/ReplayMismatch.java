package dev.vigor.engine.symex;

/** A recorded run did not replay as recorded: the record is not for this program, or is damaged. */
public final class ReplayMismatch extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReplayMismatch(String message) {
    super(message);
  }
}
