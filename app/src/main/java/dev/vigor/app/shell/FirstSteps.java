package dev.vigor.app.shell;

import java.util.List;

/**
 * The steps a first-time user is shown in the empty centre area. Text between {@code **} pairs is
 * shown bold: the names a user has to find on screen.
 */
final class FirstSteps {
  private FirstSteps() {}

  /** The steps, naming the NF to start with; or how to open one when the workspace is empty. */
  static List<String> forFirstNf(String nf) {
    if (nf == null) {
      return List.of(
          "Open an NF: **File ▸ Open NF folder…** (Ctrl+O), and pick a folder holding an nf.properties file.",
          "Its files then appear on the left; click one to read it here.");
    }
    return List.of(
        "In the catalog on the left, expand **" + nf + "** (click its arrow).",
        "Click its **spec.py**, or a property under **props**: Python syntax saying what " + nf
            + " must do with every packet. Mistakes are underlined as you type.",
        "Press **F5** (Verify ▸ Run) to check " + nf + "'s C code against it.");
  }
}
