package dev.vigor.libvig.concrete;

/** Thrown when a caller breaks a libVig operation's precondition; the object is left unchanged. */
public final class PreconditionViolation extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The C function whose precondition was broken, e.g. {@code emap_add}. */
  private final String operation;

  public PreconditionViolation(String operation, String message) {
    super(operation + ": " + message);
    this.operation = operation;
  }

  /** The C function whose precondition was broken. */
  public String operation() {
    return operation;
  }
}
