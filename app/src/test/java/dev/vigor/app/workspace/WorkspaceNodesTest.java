package dev.vigor.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceNodesTest {

  @Test
  void specComesFirstThenSourcesThenPropertiesThenDocs(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("demo"));
    Files.writeString(dir.resolve("nf.properties"), "name = demo\ndescription = A demo NF.\n");
    Files.writeString(dir.resolve("spec.py"), "return 0, pkt\n");
    Files.writeString(dir.resolve("state.h"), "");
    Files.writeString(dir.resolve("demo.c"), "");
    Files.writeString(dir.resolve("README.md"), "# demo\n");
    Files.createDirectory(dir.resolve("props"));
    Files.writeString(dir.resolve("props/no_flood.py"), "");

    WorkspaceNode nf = WorkspaceNodes.forNf(Catalog.readNf(dir));

    assertEquals("demo", nf.label());
    assertEquals("A demo NF.", nf.tooltip());
    assertEquals(NodeKind.NF, nf.kind());
    assertEquals(List.of("spec.py", "demo.c", "state.h", "props", "README.md", "nf.properties"),
        nf.children().stream().map(WorkspaceNode::label).toList());
    WorkspaceNode props = nf.children().get(3);
    assertEquals(NodeKind.FOLDER, props.kind());
    assertEquals(List.of("no_flood.py"), props.children().stream().map(WorkspaceNode::label).toList());
    assertEquals(NodeKind.PROPERTY, props.children().get(0).kind());
  }

  @Test
  void theInitSpecFollowsTheSpec(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("nf.properties"), "name = demo\n");
    Files.writeString(dir.resolve("spec.py"), "return 0, pkt\n");
    Files.writeString(dir.resolve("init.py"), "from state import flows\n");
    Files.writeString(dir.resolve("demo.c"), "");

    WorkspaceNode nf = WorkspaceNodes.forNf(Catalog.readNf(dir));

    assertEquals(List.of("spec.py", "init.py", "demo.c", "nf.properties"),
        nf.children().stream().map(WorkspaceNode::label).toList());
    assertEquals(NodeKind.INIT, nf.children().get(1).kind());
    assertEquals(List.of("spec.py", "init.py"), dev.vigor.app.verify.PropertyChoices.of(nf).stream()
        .map(c -> c.file().getFileName().toString()).toList());
  }

  @Test
  void aCopyIsNamedByItsFolderAsEveryPanelNamesIt(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("vigpol"));
    Files.writeString(dir.resolve("nf.properties"), "name = policer\ndescription = Polices.\n");
    Files.writeString(dir.resolve("policer.c"), "");

    WorkspaceNode nf = WorkspaceNodes.forNf(Catalog.readNf(dir));

    assertEquals("vigpol", nf.label());
    assertEquals("name = policer in nf.properties\nPolices.", nf.tooltip());
  }

  @Test
  void anNfWithoutSpecOrPropertiesListsItsSources(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("nf.properties"), "");
    Files.writeString(dir.resolve("x.c"), "");

    WorkspaceNode nf = WorkspaceNodes.forNf(Catalog.readNf(dir));

    assertEquals(dir.getFileName().toString(), nf.label());
    assertEquals(dir.toString(), nf.tooltip(), "with no description, the tooltip says where it lives");
    assertEquals(List.of("x.c", "nf.properties"),
        nf.children().stream().map(WorkspaceNode::label).toList());
  }
}
