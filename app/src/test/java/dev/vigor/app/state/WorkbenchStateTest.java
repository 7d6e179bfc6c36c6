package dev.vigor.app.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.app.files.OpenFile;
import dev.vigor.app.workspace.WorkspaceFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared state names an NF by its origin, and names it again once the catalog is known. */
class WorkbenchStateTest {
  @TempDir Path tmp;

  @Test
  void anNfChosenBeforeTheCatalogIsLocatedIsRenamedCatalogOnceItIs() throws Exception {
    Path catalog = Files.createDirectories(tmp.resolve("catalog"));
    Path firewall = Files.createDirectories(catalog.resolve("firewall"));
    WorkbenchState state = new WorkbenchState(new WorkspaceFolder(tmp.resolve("ws")),
        FXCollections.observableArrayList(), new SimpleObjectProperty<OpenFile>());
    state.selectedNfProperty().set(state.nfAt(firewall));
    state.runNfProperty().set(state.nfAt(firewall));
    assertEquals("firewall (" + NfOrigin.OPENED.label() + ")", state.selectedNfProperty().get().label());

    state.catalogFolderProperty().set(catalog);
    assertEquals(NfOrigin.CATALOG, state.selectedNfProperty().get().origin());
    assertEquals(NfOrigin.CATALOG, state.runNfProperty().get().origin());
    assertEquals(firewall.toAbsolutePath().normalize(), state.runNfProperty().get().folder());
  }
}
