package dev.vigor.app.rfc;

import dev.vigor.app.state.NfRef;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.rfc.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.concurrent.Task;

/**
 * Writes {@code <workspace>/<nf>/props/<name>.py} (for an NF opened from its own folder,
 * {@code <nf>/props/<name>.py}) for a requirement: builds the stub with the NF's
 * exported state, checks it with the spec checker against the NF's interface (as {@code vigor check
 * --nf} would) and writes it only when it is clean and no such property exists yet.
 */
final class NewPropertyTask extends Task<Path> {
  private final NfRef nf;
  private final Path workspace;
  private final Requirement requirement;
  private final String name;

  NewPropertyTask(NfRef nf, Path workspace, Requirement requirement, String name) {
    this.nf = nf;
    this.workspace = workspace;
    this.requirement = requirement;
    this.name = name;
  }

  @Override
  protected Path call() throws DiagnosticFailure, IOException {
    WorkspaceFolder folder = new WorkspaceFolder(workspace);
    // an NF opened from its own folder is the user's: its properties go there, as its saves do
    boolean inPlace = nf.origin() == dev.vigor.app.state.NfOrigin.OPENED;
    Path props = (inPlace ? nf.folder() : folder.nfCopyOf(nf.folder())).resolve("props");
    Path target = props.resolve(name + ".py");
    Path inCatalog = nf.folder().resolve("props").resolve(name + ".py");
    if (Files.exists(target) || Files.exists(inCatalog)) {
      throw new DiagnosticFailure((Files.exists(target) ? target : inCatalog)
          + ": a property named '" + name + "' exists already; choose another name");
    }
    Optional<NfInterface> shape = Optional.empty();
    List<String> stateNames = new ArrayList<>();
    try {
      NfInterface loaded = SpecInterfaces.of(LoadedNf.load(nf.folder()));
      shape = Optional.of(loaded);
      stateNames.addAll(loaded.stateObjects().keySet());
    } catch (DiagnosticException e) {
      throw new DiagnosticFailure(nf.folder() + ": the NF does not compile, so a property for it cannot be"
          + " checked:\n" + e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    }
    String text = PropertyStub.text(name, requirement, stateNames);
    SpecCheckResult check = SpecChecker.checkText(target, text,
        new ImportSearch(Optional.of(nf.folder().resolve("props")), List.of()), shape);
    if (!check.ok()) {
      // The stub is ours, so this is a bug worth reporting plainly rather than a file to write.
      throw new DiagnosticFailure("the new property would not pass vigor check:\n"
          + check.errors().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    }
    // A template is copied whole first, as for any new property: the copy verifies like the original.
    if (!inPlace) {
      folder.ensureNfCopy(nf.folder());
    }
    Files.createDirectories(props);
    Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return target;
  }
}
