package dev.vigor.engine.run;

/**
 * The time each solver query may take, the same for symbolic execution and validation (the user
 * sets it: {@code vigor verify --timeout MS}); 0 means none. Says, when Z3 gives up, which budget
 * ran out and how to raise it.
 */
public record SolverBudget(long millis) {
  /** The option that sets it, named in messages. */
  public static final String OPTION = "--timeout";

  public SolverBudget {
    if (millis < 0) {
      throw new IllegalArgumentException("a solver budget cannot be negative: " + millis);
    }
  }

  /** The budget as Z3's {@code timeout} parameter: an unsigned int of ms, its largest meaning none. */
  public int z3Timeout() {
    return millis == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, millis);
  }

  /**
   * Why Z3 said unknown, in words: for a timeout, that this budget ran out, its value and the
   * option raising it; otherwise Z3's own reason.
   */
  public String explain(String z3Reason) {
    String r = z3Reason == null ? "" : z3Reason;
    if (r.contains("timeout") || r.contains("canceled") || r.contains("cancelled")) {
      return "the solver's per-query time budget of " + seconds() + " ran out; raise it with "
          + OPTION + " MS (0: no limit)";
    }
    return "Z3 could not decide it (" + (r.isEmpty() ? "no reason given" : r) + ")";
  }

  private String seconds() {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
