package dev.vigor.app.shell;

import dev.vigor.app.files.OpenFile;
import dev.vigor.app.files.OpenFilesView;
import dev.vigor.app.rfc.RfcView;
import dev.vigor.app.rfc.RfcViewModel;
import dev.vigor.app.rfc.TemplateWizard;
import dev.vigor.app.state.NfRef;
import dev.vigor.app.verify.VerificationDock;
import dev.vigor.app.workspace.NodeKind;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.app.workspace.WorkspaceView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The workbench window's content: menus, the workspace trees on the left, the open files (and,
 * beside them, one closable tab per RFC open) in the centre, the verification dock on the right,
 * and the status bar. Selections flow through the view-model's shared state: the trees select
 * the NF, and follow it when the front file or the RFC view's chooser selects another.
 */
public final class MainWindow extends BorderPane implements MainMenuBar.Actions {
  /** Below these widths (px) a part of the window is no longer usable; the split never goes under. */
  public static final double MIN_CATALOG_WIDTH = 180;
  public static final double MIN_CENTRE_WIDTH = 320;
  public static final double MIN_DOCK_WIDTH = 300;
  public static final double MIN_RFC_WIDTH = 320;

  private final MainWindowViewModel viewModel;
  private final WorkspaceView workspace;
  private final OpenFilesView files;
  private final VerificationDock dock;
  private final SplitPane split;
  private final SplitPane centre;
  private final TabPane rfcTabs = new TabPane();
  private double rfcDivider = 0.42;
  private double[] sidesBeforeRfc;
  // Widths (px) for the catalog and the dock, set at the first layout when sidesReady says so.
  private double[] pendingSides;
  private java.util.function.BooleanSupplier sidesReady = () -> true;

  /** The content laid out over the view-model. */
  public MainWindow(MainWindowViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add("main-window");
    workspace = new WorkspaceView(viewModel.workspace(), viewModel.files()::open);
    workspace.setMinWidth(MIN_CATALOG_WIDTH);
    files = new OpenFilesView(
        viewModel.files(), viewModel.tasks(), new FirstStepHint(viewModel.firstStepsBinding()),
        viewModel.live());
    files.setMinWidth(MIN_CENTRE_WIDTH);
    dock = new VerificationDock(viewModel.verification(), viewModel.runs(),
        this::showSource, viewModel.tasks(), viewModel::say);
    dock.setMinWidth(MIN_DOCK_WIDTH);
    // A live violation's link opens its counterexample where a run's would open.
    viewModel.live().setCounterexampleOpener(dock::inspectLive);
    rfcTabs.setId("rfc-tabs");
    rfcTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    rfcTabs.setMinWidth(MIN_RFC_WIDTH);
    centre = new SplitPane(files);
    centre.setId("centre-split");
    split = new SplitPane(workspace, centre, dock);
    split.setId("main-split");
    split.setDividerPositions(0.2, 0.6);
    SplitPane.setResizableWithParent(workspace, false);
    SplitPane.setResizableWithParent(dock, false);

    // The NF picked in either tree (or the NF of the file picked) is the selected NF.
    for (var tree : List.of(workspace.tree(), workspace.userTree())) {
      tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> selectNf(item));
    }
    // The trees follow the shared state: an NF chosen elsewhere, the file in front.
    viewModel.state().selectedNfProperty().addListener((o, old, nf) -> {
      if (nf != null) {
        workspace.reveal(nf.folder());
      }
    });
    viewModel.files().selectedProperty().addListener((o, old, file) -> {
      if (file != null) {
        workspace.reveal(file.path());
      }
    });
    viewModel.rfcs().addListener((ListChangeListener<RfcViewModel>) c -> {
      while (c.next()) {
        c.getRemoved().forEach(rfc -> rfcTab(rfc).ifPresent(rfcTabs.getTabs()::remove));
        c.getAddedSubList().forEach(rfc -> rfcTabs.getTabs().add(newRfcTab(rfc)));
      }
      showRfcTabs(!rfcTabs.getTabs().isEmpty());
    });
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
      viewModel.state().selectNf(item.getValue().path());
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
  public void clusterSettings() {
    new dev.vigor.app.cluster.ClusterDialog(viewModel.cluster(), window()).showAndWait();
  }

  @Override
  public void checkCapture() {
    dev.vigor.app.verify.CaptureChooser.chooseAndCheck(viewModel.verification(), window());
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
    NfRef nf = viewModel.state().selectedNfProperty().get();
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
    workspace.newPropertyIn(nf.folder());
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
      openRfc(picked.toPath());
    }
  }

  /**
   * Shows the RFC in a tab of its own beside the open files, so the spec and the RFC read side by
   * side; an RFC already open comes to the front instead.
   */
  public RfcView openRfc(Path file) {
    RfcViewModel rfc = viewModel.openRfc(file);
    Tab tab = rfcTab(rfc).orElseThrow();
    rfcTabs.getSelectionModel().select(tab);
    return (RfcView) tab.getContent();
  }

  private Tab newRfcTab(RfcViewModel rfc) {
    // The view's Import button reads another RFC into a new tab; this one keeps its document.
    RfcView view = new RfcView(rfc, this::importRfc);
    Tab tab = new Tab();
    tab.setContent(view);
    tab.setUserData(rfc);
    tab.textProperty().bind(Bindings.createStringBinding(() -> rfc.documentProperty().get() == null
        ? "RFC" : rfc.documentProperty().get().id(), rfc.documentProperty()));
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(Bindings.createStringBinding(() -> rfc.documentProperty().get() == null
        ? "An RFC being imported" : rfc.documentProperty().get().id() + " — "
            + rfc.documentProperty().get().title(), rfc.documentProperty()));
    tab.setTooltip(tip);
    tab.setOnClosed(e -> viewModel.closeRfc(rfc));
    return tab;
  }

  private Optional<Tab> rfcTab(RfcViewModel rfc) {
    return rfcTabs.getTabs().stream().filter(t -> t.getUserData() == rfc).findFirst();
  }

  // The RFC tabs take part of the centre while any is open, and give it back after. Reading a
  // spec beside an RFC needs the room: the catalog and the dock narrow to their minimum meanwhile
  // and get their widths back when the last RFC closes.
  private void showRfcTabs(boolean show) {
    boolean shown = centre.getItems().contains(rfcTabs);
    double w = split.getWidth();
    if (show && !shown) {
      sidesBeforeRfc = new double[] {workspace.getWidth(), dock.getWidth()};
      centre.getItems().add(rfcTabs);
      centre.setDividerPositions(rfcDivider);
      if (w > 0) {
        split.setDividerPositions(MIN_CATALOG_WIDTH / w, (w - MIN_DOCK_WIDTH) / w);
      }
    } else if (!show && shown) {
      rfcDivider = centre.getDividerPositions()[0];
      centre.getItems().remove(rfcTabs);
      if (w > 0 && sidesBeforeRfc != null) {
        split.setDividerPositions(sidesBeforeRfc[0] / w, (w - sidesBeforeRfc[1]) / w);
      }
    }
  }

  /**
   * Gives the catalog and the dock these widths in pixels once a layout has happened at which
   * {@code ready} holds (the window at its own size): dividers set before a split's layout at
   * another width would be spread as fractions of that width. Afterwards the split keeps the
   * sides' pixels when the window is resized (they do not grow with it).
   */
  public void setSideWidths(double catalog, double dock, java.util.function.BooleanSupplier ready) {
    pendingSides = new double[] {catalog, dock};
    sidesReady = ready;
    requestLayout();
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    if (pendingSides == null || !sidesReady.getAsBoolean()) {
      return;
    }
    if (split.getWidth() <= 0) {
      return;
    }
    double c = Math.max(MIN_CATALOG_WIDTH, pendingSides[0]);
    double d = Math.max(MIN_DOCK_WIDTH, pendingSides[1]);
    pendingSides = null;
    // After this layout: a split resized in a layout keeps its sides' pixels and lets dividers
    // set meanwhile wait; at the next layout, at this width, it puts them where they are set.
    Platform.runLater(() -> {
      double w = split.getWidth();
      if (c + d + MIN_CENTRE_WIDTH > w) {
        return; // too narrow for these widths: the default split stands
      }
      // A divider's position is its centre: half a divider lies on each side of it.
      double half = dividerWidth() / 2;
      split.setDividerPositions((c + half) / w, (w - d - half) / w);
    });
  }

  private double dividerWidth() {
    javafx.scene.Node divider = split.lookup(".split-pane-divider");
    return divider == null ? 0 : divider.prefWidth(-1);
  }

  /** Where the divider between the open files and the RFC views goes (a fraction of the centre). */
  public double rfcDivider() {
    return centre.getDividers().isEmpty() ? rfcDivider : centre.getDividerPositions()[0];
  }

  /** Puts the divider between the open files and the RFC views at {@code position} (0..1). */
  public void setRfcDivider(double position) {
    rfcDivider = Math.max(0.1, Math.min(0.9, position));
    if (!centre.getDividers().isEmpty()) {
      centre.setDividerPositions(rfcDivider);
    }
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

  /** The split of catalog, centre and dock (for saving and restoring the divider positions). */
  public SplitPane mainSplit() {
    return split;
  }

  /** The split of open files and RFC views. */
  public SplitPane centreSplit() {
    return centre;
  }

  /** The workspace trees on the left. */
  public WorkspaceView workspaceView() {
    return workspace;
  }

  /** The verification dock on the right. */
  public VerificationDock dock() {
    return dock;
  }

  /** The RFC views' tabs (in the centre while any RFC is open). */
  public TabPane rfcTabs() {
    return rfcTabs;
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }
}
