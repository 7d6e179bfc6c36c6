package dev.vigor.app.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * What a folder turned out to hold: a catalog of NFs, or a single NF.
 *
 * @param folder the folder that was read
 * @param nfs the NF entries found, sorted by name
 * @param singleNf true when the folder is itself one NF rather than a catalog
 */
public record WorkspaceContent(Path folder, List<WorkspaceNode> nfs, boolean singleNf) {
  public WorkspaceContent {
    nfs = List.copyOf(nfs);
  }
}
