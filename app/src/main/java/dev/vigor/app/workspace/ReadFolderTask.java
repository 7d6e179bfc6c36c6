package dev.vigor.app.workspace;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;

/**
 * Reads a folder in the background: one NF (it holds nf.properties) or a catalog of NFs; a folder
 * inside an NF (its props/, picked in a folder chooser that hands back the highlighted subfolder)
 * opens that NF.
 */
public final class ReadFolderTask extends Task<WorkspaceContent> {
  private final Path folder;

  /** A task reading the given folder. */
  public ReadFolderTask(Path folder) {
    this.folder = folder;
  }

  @Override
  protected WorkspaceContent call() throws IOException {
    updateMessage("Reading " + folder + " …");
    if (Files.isRegularFile(folder.resolve(Catalog.NF_PROPERTIES))) {
      NfDescriptor nf = Catalog.readNf(folder);
      return new WorkspaceContent(folder, List.of(WorkspaceNodes.forNf(nf)), true);
    }
    Catalog catalog = Catalog.load(folder);
    List<WorkspaceNode> nodes = new ArrayList<>();
    for (NfDescriptor nf : catalog.nfs()) {
      if (isCancelled()) {
        break;
      }
      nodes.add(WorkspaceNodes.forNf(nf));
    }
    if (nodes.isEmpty()) {
      java.util.Optional<Path> nf = WorkspaceFolder.nfDirOf(folder);
      if (nf.isPresent()) {
        return new WorkspaceContent(nf.get(),
            List.of(WorkspaceNodes.forNf(Catalog.readNf(nf.get()))), true);
      }
    }
    return new WorkspaceContent(folder, nodes, false);
  }
}
