package dev.vigor.app;

import dev.vigor.engine.cli.VigorCli;

/**
 * The single entry point of the {@code vigor} launcher: no arguments opens the workbench window,
 * any argument runs the headless CLI.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StartupTiming.markMainEntered();
    if (args.length == 0) {
      // A separate class, so the CLI path never loads a JavaFX class and works without a display.
      System.exit(WorkbenchLauncher.open());
    }
    System.exit(runHeadless(args));
  }

  /** Runs the headless CLI and returns its exit code; touches no JavaFX class. */
  static int runHeadless(String... args) {
    return VigorCli.run(args);
  }
}
