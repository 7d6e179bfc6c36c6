package dev.vigor.app;

import dev.vigor.engine.cli.ExitCodes;
import javafx.application.Application;

/** Opens the workbench window: the only class {@link Main} reaches that refers to JavaFX. */
final class WorkbenchLauncher {
  private WorkbenchLauncher() {}

  /**
   * Runs the JavaFX application until its last window closes; returns the process exit code (the
   * verdict's, when {@link StartupVerification} verified at start).
   */
  static int open() {
    if (!displayAvailable()) {
      System.err.println(
          "vigor: no display to open the workbench window on (DISPLAY is not set).");
      System.err.println(
          "vigor: the headless commands work without one; try 'vigor --help' or 'vigor catalog'.");
      return ExitCodes.BAD_INPUT;
    }
    Application.launch(WorkbenchApplication.class);
    return StartupVerification.exitCode();
  }

  /**
   * On Linux, JavaFX needs an X11 (or XWayland) display; failing here gives a sentence instead of a
   * GTK stack trace. Other platforms and the headless Monocle platform always have one.
   */
  private static boolean displayAvailable() {
    boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
    if (!linux || "Monocle".equals(System.getProperty("glass.platform"))) {
      return true;
    }
    return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
