package dev.vigor.app.workspace;

import dev.vigor.engine.catalog.NfDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the tree entries of one NF from its descriptor. Reads the disk: call it in the background. */
public final class WorkspaceNodes {
  private WorkspaceNodes() {}

  /**
   * The NF's entry: spec.py first (what a newcomer should read), then init.py, the C sources,
   * the properties folder, and the README and nf.properties.
   */
  public static WorkspaceNode forNf(NfDescriptor nf) {
    List<WorkspaceNode> children = new ArrayList<>();
    if (nf.spec() != null) {
      children.add(WorkspaceNode.file(nf.spec(), NodeKind.SPEC, "The full spec of " + nf.name()));
    }
    if (nf.init() != null) {
      children.add(WorkspaceNode.file(nf.init(), NodeKind.INIT,
          "The tables nf_init builds, which verification checks"));
    }
    for (Path source : nf.sources()) {
      children.add(WorkspaceNode.file(source, NodeKind.SOURCE, "C source of " + nf.name()));
    }
    if (!nf.properties().isEmpty()) {
      List<WorkspaceNode> props = new ArrayList<>();
      for (Path property : nf.properties()) {
        props.add(WorkspaceNode.file(property, NodeKind.PROPERTY, "A pay-as-you-go property"));
      }
      children.add(
          new WorkspaceNode(
              "props",
              "Pay-as-you-go properties: check one at a time",
              NodeKind.FOLDER,
              nf.directory().resolve("props"),
              props));
    }
    for (String doc : List.of("README.md", "nf.properties")) {
      Path file = nf.directory().resolve(doc);
      if (Files.isRegularFile(file)) {
        children.add(WorkspaceNode.file(file, NodeKind.OTHER, file.toString()));
      }
    }
    String tooltip = nf.description().isEmpty() ? nf.directory().toString() : nf.description();
    // Named by its folder, as every other panel names it (NfRef); a copy whose nf.properties
    // still says the original's name would otherwise read "policer" here and "vigpol" there.
    Path folderName = nf.directory().getFileName();
    String label = folderName == null ? nf.name() : folderName.toString();
    if (!label.equals(nf.name())) {
      tooltip = "name = " + nf.name() + " in nf.properties\n" + tooltip;
    }
    return new WorkspaceNode(label, tooltip, NodeKind.NF, nf.directory(), children);
  }
}
