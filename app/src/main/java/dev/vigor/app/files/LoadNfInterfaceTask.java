package dev.vigor.app.files;

import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.NfInterface;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;

/**
 * Compiles the NF a spec file belongs to and derives the interface its spec is checked against.
 * Empty when the file is in no NF folder; fails with the engine's message when the C does not load.
 */
final class LoadNfInterfaceTask extends Task<Optional<NfInterface>> {
  private final Path specFile;

  LoadNfInterfaceTask(Path specFile) {
    this.specFile = specFile;
  }

  @Override
  protected Optional<NfInterface> call() throws DiagnosticException {
    Optional<Path> nfDir = WorkspaceFolder.nfDirOf(specFile);
    if (nfDir.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SpecInterfaces.of(LoadedNf.load(nfDir.get())));
  }
}
