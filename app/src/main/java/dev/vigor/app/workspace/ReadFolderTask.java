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
      Path nf = enclosingNf(folder);
      if (nf != null) {
        return new WorkspaceContent(nf, List.of(WorkspaceNodes.forNf(Catalog.readNf(nf))), true);
      }
    }
    return new WorkspaceContent(folder, nodes, false);
  }

  /** The NF folder a few levels above folder (props/, a C subfolder), or null. */
  static Path enclosingNf(Path folder) {
    Path p = folder.getParent();
    for (int up = 0; p != null && up < 3; up++, p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(Catalog.NF_PROPERTIES))) {
        return p;
      }
    }
    return null;
  }
}
