package dev.vigor.engine.catalog;

import java.nio.file.Path;

/**
 * Where a user's own files live, for every front end: {@code -Dvigor.workspace=DIR}, else
 * {@code ~/VigorWorkspace}. The workbench keeps property copies there and saves each verification
 * run under {@code runs/}, which command-line tools read back (e.g. RFC coverage's last verdicts).
 */
public final class UserWorkspace {
  /** The system property naming the workspace folder. */
  public static final String PROPERTY = "vigor.workspace";

  private UserWorkspace() {}

  /** The workspace folder (it may not exist yet). */
  public static Path folder() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    return Path.of(System.getProperty("user.home"), "VigorWorkspace");
  }

  /** The folder of saved runs, one JSON file per run: {@code <workspace>/runs}. */
  public static Path runs(Path workspace) {
    return workspace.resolve("runs");
  }
}
