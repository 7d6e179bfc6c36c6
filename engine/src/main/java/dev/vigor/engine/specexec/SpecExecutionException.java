package dev.vigor.engine.specexec;

/** The spec uses something the interpreters cannot give a meaning to (a bug or a missing feature). */
public final class SpecExecutionException extends RuntimeException {
  public SpecExecutionException(String message) {
    super(message);
  }
}
