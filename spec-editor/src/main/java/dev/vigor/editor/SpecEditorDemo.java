package dev.vigor.editor;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * A standalone window with the spec editor on an NF's {@code spec.py} (argument: the NF folder,
 * default {@code nf-catalog/bridge}) and its problems list; launch it through {@link SpecEditorDemoLauncher}.
 * With {@code --with-error} one method call is misspelled so a diagnostic shows; with
 * {@code --complete} completion opens after {@code dyn_macs.}.
 */
public final class SpecEditorDemo extends Application {
  private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "spec-check");
    t.setDaemon(true);
    return t;
  });

  @Override
  public void start(Stage stage) throws IOException {
    List<String> args = getParameters().getRaw();
    Path nfDir = Path.of(args.stream().filter(a -> !a.startsWith("--")).findFirst()
        .orElse("nf-catalog/bridge"));
    Path specFile = nfDir.resolve("spec.py");
    Optional<NfInterface> nf = loadInterface(nfDir);
    Path props = nfDir.resolve("props");
    ImportSearch search = new ImportSearch(
        Files.isDirectory(props) ? Optional.of(props) : Optional.empty(), List.of());

    SpecEditor editor = new SpecEditor(EngineCheck.of(specFile, search, () -> nf), checks);
    editor.sourceNameProperty().set(EngineCheck.sourceName(specFile));
    editor.nfInterfaceProperty().set(nf.orElse(null));
    editor.propsDirProperty().set(props);
    String text = Files.readString(specFile);
    if (args.contains("--with-error")) {
      text = text.replace("dyn_macs.refresh_idx(station, now)", "dyn_macs.refresh(station, now)");
    }
    editor.load(text);
    editor.recheck();

    ProblemsView problems = ProblemsView.of(editor);
    SplitPane split = new SplitPane(editor, problems);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.78);
    Label status = new Label();
    status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> specFile + (editor.isDirty() ? " (modified)" : "") + "  —  "
            + editor.diagnostics().size() + " problem(s)  —  NF interface: "
            + (nf.isPresent() ? nf.get().stateObjects().keySet() : "none"),
        editor.dirtyProperty(), editor.diagnostics()));
    status.setStyle("-fx-padding: 3 6 3 6;");
    BorderPane root = new BorderPane(split, null, null, status, null);
    stage.setTitle("Vigor spec editor — " + specFile);
    stage.setScene(new Scene(root, 900, 640));
    stage.show();
    if (args.contains("--complete")) {
      // For the documentation's screenshot: completion after `dyn_macs.` on the expiry line.
      javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
          javafx.util.Duration.seconds(1.5));
      later.setOnFinished(e -> {
        String marker = "dyn_macs.expire_all";
        int at = editor.getText().indexOf(marker);
        if (at >= 0) {
          editor.codeArea().moveTo(at + "dyn_macs.".length());
          editor.codeArea().requestFocus();
          editor.showCompletion();
        }
      });
      later.play();
    }
  }

  @Override
  public void stop() {
    checks.shutdownNow();
  }

  private static Optional<NfInterface> loadInterface(Path nfDir) {
    try {
      return Optional.of(SpecInterfaces.of(LoadedNf.load(nfDir)));
    } catch (DiagnosticException | RuntimeException e) {
      System.err.println("no NF interface for " + nfDir + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
