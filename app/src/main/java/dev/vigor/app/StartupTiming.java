package dev.vigor.app;

import java.lang.management.ManagementFactory;

/**
 * Startup milestones on stderr when {@code -Dvigor.startupTiming=true}, measured from JVM start, so
 * the "window in under 3 s" budget can be checked on any machine.
 */
public final class StartupTiming {
  /** The system property that turns the report on. */
  public static final String PROPERTY = "vigor.startupTiming";

  private StartupTiming() {}

  /** Whether milestones are reported. */
  public static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  static void markMainEntered() {
    report("main() entered");
  }

  /** Prints one milestone, e.g. "window shown", with the milliseconds since the JVM started. */
  public static void report(String milestone) {
    if (!enabled()) {
      return;
    }
    // Only loaded when timing is on: java.management costs a few milliseconds.
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.err.printf("vigor: startup: %s after %d ms%n", milestone, sinceStart);
  }
}
