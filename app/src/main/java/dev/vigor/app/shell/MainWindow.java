package dev.vigor.app.shell;

import dev.vigor.app.files.OpenFile;
import dev.vigor.app.files.OpenFilesView;
import dev.vigor.app.rfc.RfcView;
import dev.vigor.app.rfc.TemplateWizard;
import dev.vigor.app.verify.PropertyChoices;
import dev.vigor.app.verify.VerificationDock;
import dev.vigor.app.workspace.NodeKind;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.app.workspace.WorkspaceView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The workbench window's content: menus, the workspace tree, the centre area, the status bar. */
public final class MainWindow extends BorderPane implements MainMenuBar.Actions {
  private final MainWindowViewModel viewModel;
  private final WorkspaceView workspace;
  private final OpenFilesView files;
  private final SplitPane split;
  private RfcView rfcView;

  /** The content laid out over the view-model. */
  public MainWindow(MainWindowViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add("main-window");
    workspace = new WorkspaceView(viewModel.workspace(), viewModel.files()::open);
    files = new OpenFilesView(
        viewModel.files(), viewModel.tasks(), new FirstStepHint(viewModel.firstStepsBinding()));
    VerificationDock dock = new VerificationDock(viewModel.verification(), viewModel.runs(),
        this::showSource, viewModel.tasks(), viewModel::say);
    split = new SplitPane(workspace, files, dock);
    split.setDividerPositions(0.2, 0.6);
    SplitPane.setResizableWithParent(workspace, false);
    SplitPane.setResizableWithParent(dock, false);
    // The NF picked in either tree (or the NF of the file picked) is the one to verify.
    for (var tree : java.util.List.of(workspace.tree(), workspace.userTree())) {
      tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> selectNf(item));
    }
    sceneProperty().addListener((o, old, scene) -> {
      if (scene != null) {
        scene.getAccelerators().put(WindowKeys.RUN, this::runVerification);
      }
    });
    setTop(new MainMenuBar(viewModel, this));
    setCenter(split);
    setBottom(new StatusBar(viewModel));
  }

  @Override
  public void openNfFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open an NF folder (with nf.properties) or a catalog of them");
    if (viewModel.workspace().catalogFolderProperty().get() != null) {
      File catalog = viewModel.workspace().catalogFolderProperty().get().toFile();
      if (catalog.isDirectory()) {
        chooser.setInitialDirectory(catalog);
      }
    }
    File picked = chooser.showDialog(window());
    if (picked != null) {
      viewModel.workspace().openFolder(picked.toPath());
    }
  }

  @Override
  public void reloadWorkspace() {
    viewModel.workspace().reload();
  }

  private void selectNf(TreeItem<WorkspaceNode> item) {
    while (item != null && item.getValue() != null && item.getValue().kind() != NodeKind.NF) {
      item = item.getParent();
    }
    if (item != null && item.getValue() != null) {
      viewModel.verification().selectNf(item.getValue().path(), PropertyChoices.of(item.getValue()));
    }
  }

  /** Opens file in the centre and says which line the verification pointed at. */
  private void showSource(Path file, int line) {
    viewModel.files().openAt(file, line);
  }

  @Override
  public void runVerification() {
    viewModel.verification().run();
  }

  @Override
  public void cancelVerification() {
    viewModel.verification().cancel();
  }

  @Override
  public void save() {
    OpenFile file = viewModel.files().selectedProperty().get();
    if (file != null) {
      viewModel.files().save(file);
    }
  }

  @Override
  public void newProperty() {
    Path nf = workspace.selectedNf();
    if (nf == null) {
      OpenFile file = viewModel.files().selectedProperty().get();
      nf = file == null ? null : WorkspaceFolder.nfDirOf(file.path()).orElse(null);
    }
    if (nf == null) {
      String example = viewModel.workspace().firstNfProperty().get();
      Alert hint = new Alert(Alert.AlertType.INFORMATION, "Select an NF in the tree on the left"
          + (example == null ? "" : " (for example " + example + ")")
          + ", then choose New property… again.");
      hint.setHeaderText("Which NF is the property for?");
      hint.initOwner(window());
      hint.showAndWait();
      return;
    }
    workspace.newPropertyIn(nf);
  }

  @Override
  public void importRfc() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import an RFC or Internet-Draft (IETF plain text)");
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("RFC text (*.txt)", "*.txt"),
        new FileChooser.ExtensionFilter("All files", "*"));
    File picked = chooser.showOpenDialog(window());
    if (picked != null) {
      showRfcView();
      viewModel.rfc().importFile(picked.toPath());
    }
  }

  /** Puts the RFC view beside the open files (once), so the spec and the RFC read side by side. */
  public RfcView showRfcView() {
    if (rfcView == null) {
      rfcView = new RfcView(viewModel.rfc(), this::importRfc);
      // Between the open files and the verification dock: the spec and the RFC side by side.
      split.getItems().add(2, rfcView);
      split.setDividerPositions(0.15, 0.42, 0.72);
    }
    return rfcView;
  }

  @Override
  public void newSpecFromTemplate() {
    List<Path> written = new TemplateWizard(viewModel.newTemplateWizard(), window()).showAndWait().orElse(null);
    if (written != null) {
      written.stream().filter(p -> p.getFileName().toString().equals("spec.py")).findFirst()
          .ifPresent(viewModel.files()::open);
    }
  }

  /** Closes the window after asking about unsaved edits (Save / Discard / Cancel). */
  @Override
  public void quit() {
    viewModel.files().requestCloseAll(Platform::exit);
  }

  @Override
  public void showAbout() {
    AboutDialog.show(window(), viewModel.version());
  }

  @Override
  public void showGuide() {
    try {
      dev.vigor.app.help.GuideWindow.show(window());
    } catch (java.io.IOException e) {
      viewModel.say(e.getMessage());
    }
  }

  @Override
  public void showKeys() {
    dev.vigor.app.help.KeysWindow.show(window(),
        dev.vigor.app.help.KeyList.of((javafx.scene.control.MenuBar) getTop(), getScene().getAccelerators()));
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }
}
