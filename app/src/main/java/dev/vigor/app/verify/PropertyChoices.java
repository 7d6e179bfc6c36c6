package dev.vigor.app.verify;

import dev.vigor.app.workspace.NodeKind;
import dev.vigor.app.workspace.WorkspaceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec files of an NF as the workspace tree lists them: the full spec first, then the init
 * spec, then props/.
 */
public final class PropertyChoices {
  private PropertyChoices() {}

  /** The choices under an NF node of the workspace. */
  public static List<PropertyChoice> of(WorkspaceNode nf) {
    List<PropertyChoice> out = new ArrayList<>();
    collect(nf, out);
    out.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
    return out;
  }

  private static void collect(WorkspaceNode node, List<PropertyChoice> out) {
    if (node.kind() == NodeKind.SPEC || node.kind() == NodeKind.INIT
        || node.kind() == NodeKind.PROPERTY) {
      out.add(new PropertyChoice(node.path(), node.kind() == NodeKind.SPEC, node.tooltip()));
    }
    node.children().forEach(c -> collect(c, out));
  }
}
