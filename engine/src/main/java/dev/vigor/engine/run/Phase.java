package dev.vigor.engine.run;

/** The phases of an engine run, in the order they happen. */
public enum Phase {
  FRONT_END("Reading C sources and spec"),
  SYMBOLIC_EXECUTION("Exploring every path"),
  VALIDATION("Checking traces against the spec"),
  REPLAY("Replaying counterexamples"),
  DONE("Done");

  private final String description;

  Phase(String description) {
    this.description = description;
  }

  /** What the phase does, in words for a status line. */
  public String description() {
    return description;
  }
}
