package dev.vigor.app.workspace;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;

/** Reads the user's workspace folder (creating it the first time): its NF copies, as tree entries. */
final class ReadWorkspaceTask extends Task<List<WorkspaceNode>> {
  private final WorkspaceFolder workspace;

  ReadWorkspaceTask(WorkspaceFolder workspace) {
    this.workspace = workspace;
  }

  @Override
  protected List<WorkspaceNode> call() throws IOException {
    Files.createDirectories(workspace.root());
    List<WorkspaceNode> nodes = new ArrayList<>();
    for (NfDescriptor nf : Catalog.load(workspace.root()).nfs()) {
      nodes.add(WorkspaceNodes.forNf(nf));
    }
    return nodes;
  }
}
