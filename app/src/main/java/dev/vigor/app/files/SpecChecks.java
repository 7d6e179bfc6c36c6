package dev.vigor.app.files;

import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The engine's spec checker for an open spec file, as the editor's checker function. */
final class SpecChecks {
  private SpecChecks() {}

  /**
   * Checks editor text as the file's spec against its NF's interface (open world until loaded);
   * imports are looked up beside the file, then in its NF's props/ folder. Runs off the FX thread:
   * it reads only the file's thread-safe snapshots.
   */
  static Function<String, List<Diagnostic>> forFile(OpenFile file) {
    return text -> {
      Path path = file.pathNow();
      return SpecChecker.checkText(path, text, importSearch(path), Optional.ofNullable(file.nfInterfaceNow())).diagnostics();
    };
  }

  /**
   * Where {@code import NAME} in {@code file} looks: its folder, then its NF's props/ folder; a
   * spec in no NF folder (a template started without an NF) looks in the props/ folder beside it.
   */
  static ImportSearch importSearch(Path file) {
    Optional<Path> props = WorkspaceFolder.nfDirOf(file).map(nf -> nf.resolve("props"))
        .or(() -> Optional.ofNullable(file.toAbsolutePath().getParent()).map(dir -> dir.resolve("props"))
            .filter(java.nio.file.Files::isDirectory));
    return new ImportSearch(props, List.of());
  }
}
