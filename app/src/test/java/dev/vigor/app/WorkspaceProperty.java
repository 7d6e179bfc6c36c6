package dev.vigor.app;

import dev.vigor.app.workspace.WorkspaceFolder;
import java.nio.file.Path;

/**
 * The workbench's workspace setting ({@link WorkspaceFolder#PROPERTY}) for one window of a test:
 * pointed at the test's folder, then put back as it was (cleared when it was unset), so no later
 * test reads another's workspace or falls back to ~/VigorWorkspace.
 */
public final class WorkspaceProperty {
  private final String before;

  private WorkspaceProperty(String before) {
    this.before = before;
  }

  /** Points the setting at workspace; remembers what it was. */
  public static WorkspaceProperty pointAt(Path workspace) {
    WorkspaceProperty p = new WorkspaceProperty(System.getProperty(WorkspaceFolder.PROPERTY));
    System.setProperty(WorkspaceFolder.PROPERTY, workspace.toString());
    return p;
  }

  /** Puts the setting back as it was before {@link #pointAt}. */
  public void restore() {
    if (before == null) {
      System.clearProperty(WorkspaceFolder.PROPERTY);
    } else {
      System.setProperty(WorkspaceFolder.PROPERTY, before);
    }
  }
}
