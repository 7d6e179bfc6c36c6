package dev.vigor.app.rfc;

import java.nio.file.Path;

/** Where the user's own files go: system property {@code vigor.workspace}, else ~/VigorWorkspace. */
public final class WorkspaceFolder {
  /** The system property that names the workspace folder. */
  public static final String PROPERTY = "vigor.workspace";

  private WorkspaceFolder() {}

  /** The workspace folder (it may not exist yet). */
  public static Path get() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    return Path.of(System.getProperty("user.home"), "VigorWorkspace");
  }

  /** The workspace copy of an NF's files: {@code <workspace>/<nf>}. */
  public static Path nfFolder(Path workspace, String nf) {
    return workspace.resolve(nf);
  }

  /** The folder of saved verification runs: {@code <workspace>/runs}. */
  public static Path runs(Path workspace) {
    return workspace.resolve("runs");
  }
}
