package dev.vigor.engine.exec;

/**
 * The NF does something the interpreters do not model (outside the C subset the front-end
 * accepted, e.g. reading a pointer's bytes as an integer): a bad-input error naming the source
 * location, reported as such (exit 3), never a verdict.
 */
public class OutsideSubsetException extends RuntimeException {
  public OutsideSubsetException(String message) {
    super(message);
  }
}
