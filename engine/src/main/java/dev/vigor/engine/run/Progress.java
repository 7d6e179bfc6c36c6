package dev.vigor.engine.run;

/**
 * A progress report: the phase, how many units of it are done out of how many (total is -1 while
 * unknown, e.g. paths during symbolic execution), and a short message.
 */
public record Progress(Phase phase, long done, long total, String message) {
  public Progress {
    if (phase == null || message == null) {
      throw new IllegalArgumentException("phase and message are required");
    }
    if (done < 0 || total < -1 || (total >= 0 && done > total)) {
      throw new IllegalArgumentException("bad counts " + done + "/" + total);
    }
  }

  /** Whether the total is known. */
  public boolean isDeterminate() {
    return total >= 0;
  }

  /** Fraction done in [0, 1], or -1 when the total is unknown. */
  public double fraction() {
    return total > 0 ? (double) done / total : (total == 0 ? 1.0 : -1.0);
  }
}
