package dev.vigor.app.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * One entry of the workspace tree (an NF, a folder or a file), independent of JavaFX controls.
 *
 * @param label what the tree shows
 * @param tooltip the longer text shown on hover
 * @param kind what the entry is
 * @param path the file or folder on disk
 * @param children the entries under it, in display order
 */
public record WorkspaceNode(
    String label, String tooltip, NodeKind kind, Path path, List<WorkspaceNode> children) {

  public WorkspaceNode {
    children = List.copyOf(children);
  }

  /** A file entry, labelled with its file name. */
  static WorkspaceNode file(Path path, NodeKind kind, String tooltip) {
    return new WorkspaceNode(path.getFileName().toString(), tooltip, kind, path, List.of());
  }
}
