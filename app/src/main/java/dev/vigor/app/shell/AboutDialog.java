package dev.vigor.app.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help ▸ About: the version and what the workbench is for. */
final class AboutDialog {
  private AboutDialog() {}

  static void show(Window owner, String version) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("About Vigor Workbench");
    alert.setHeaderText("Vigor Workbench " + version);
    alert.setContentText(
        "Verifies software network functions, written in C against the libVig data structures, "
            + "against short Python-syntax specs — after Vigor (SOSP 2019).\n\n"
            + "Java " + System.getProperty("java.version")
            + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
    alert.showAndWait();
  }
}
