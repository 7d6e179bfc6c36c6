package dev.vigor.app.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** File, Verify and Help menus; actions are handed in by the window that owns them. */
final class MainMenuBar extends MenuBar {

  /** What the menus do, supplied by {@link MainWindow}. */
  interface Actions {
    void openNfFolder();

    void reloadWorkspace();

    void save();

    void newProperty();

    void importRfc();

    void newSpecFromTemplate();

    void quit();

    void showAbout();

    void showGuide();

    void showKeys();

    void runVerification();

    void cancelVerification();

    void clusterSettings();

    void checkCapture();
  }

  MainMenuBar(MainWindowViewModel viewModel, Actions actions) {
    setUseSystemMenuBar(true);

    MenuItem open = new MenuItem("Open NF folder…");
    open.setId("menu-open-nf-folder");
    open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    open.setOnAction(e -> actions.openNfFolder());
    MenuItem reload = new MenuItem("Reload workspace");
    reload.setId("menu-reload-workspace");
    reload.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
        KeyCombination.SHIFT_DOWN));
    reload.setOnAction(e -> actions.reloadWorkspace());
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
    quit.setOnAction(e -> actions.quit());
    MenuItem importRfc = new MenuItem("Import RFC…");
    importRfc.setId("menu-import-rfc");
    importRfc.setOnAction(e -> actions.importRfc());
    MenuItem fromTemplate = new MenuItem("New spec from template…");
    fromTemplate.setId("menu-new-from-template");
    fromTemplate.setOnAction(e -> actions.newSpecFromTemplate());
    MenuItem newProperty = new MenuItem("New property…");
    newProperty.setId("menu-new-property");
    newProperty.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
    newProperty.setOnAction(e -> actions.newProperty());
    MenuItem save = new MenuItem("Save");
    save.setId("menu-save");
    save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    save.setOnAction(e -> actions.save());
    Menu file = new Menu("File", null, open, reload, newProperty, save, new SeparatorMenuItem(), importRfc,
        fromTemplate, new SeparatorMenuItem(), quit);

    MenuItem run = new MenuItem("Run");
    run.setId("menu-verify-run");
    run.setAccelerator(new KeyCodeCombination(KeyCode.F5));
    run.disableProperty().bind(viewModel.verificationAvailableProperty().not());
    run.setOnAction(e -> actions.runVerification());
    MenuItem cancel = new MenuItem("Cancel run");
    cancel.setId("menu-verify-cancel");
    cancel.setAccelerator(new KeyCodeCombination(KeyCode.ESCAPE));
    cancel.disableProperty().bind(viewModel.verification().runningProperty().not());
    cancel.setOnAction(e -> actions.cancelVerification());
    // A disabled item cannot show a tooltip, so the reason sits under it as a disabled line.
    MenuItem why = new MenuItem(viewModel.verificationUnavailableReason());
    why.setDisable(true);
    why.visibleProperty().bind(viewModel.verificationAvailableProperty().not());
    // Live verification re-verifies an edited spec after each pause in typing; on by default.
    javafx.scene.control.CheckMenuItem live = new javafx.scene.control.CheckMenuItem("Live verification");
    live.setId("menu-verify-live");
    live.selectedProperty().bindBidirectional(viewModel.live().enabledProperty());
    // Run can validate on a cluster of vigor workers instead of local threads (live stays local).
    MenuItem cluster = new MenuItem("Validate on a cluster…");
    cluster.setId("menu-verify-cluster");
    cluster.setOnAction(e -> actions.clusterSettings());
    // The selected NF built and run on a packet capture, every packet checked against spec.py.
    MenuItem capture = new MenuItem("Check a capture…");
    capture.setId("menu-verify-capture");
    capture.disableProperty().bind(viewModel.state().selectedNfProperty().isNull()
        .or(viewModel.verification().runningProperty()));
    capture.setOnAction(e -> actions.checkCapture());
    Menu verify = new Menu("Verify", null, run, why, cancel, new SeparatorMenuItem(), capture,
        new SeparatorMenuItem(), live, cluster);

    MenuItem guide = new MenuItem("Spec language guide");
    guide.setId("menu-help-guide");
    guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
    guide.setOnAction(e -> actions.showGuide());
    MenuItem keys = new MenuItem("Keys");
    keys.setId("menu-help-keys");
    keys.setOnAction(e -> actions.showKeys());
    MenuItem about = new MenuItem("About Vigor Workbench");
    about.setOnAction(e -> actions.showAbout());
    Menu help = new Menu("Help", null, guide, keys, new SeparatorMenuItem(), about);

    getMenus().addAll(file, verify, help);
  }
}
