package dev.vigor.app.verify;

import dev.vigor.app.state.NfRef;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Check a capture…: asks for a pcap and checks it on the selected NF (Verify menu, Runs tab). */
public final class CaptureChooser {
  private CaptureChooser() {}

  /** Asks for a capture, owned by owner, and starts its check; nothing when no NF is selected. */
  public static void chooseAndCheck(VerificationViewModel vm, Window owner) {
    NfRef nf = vm.state().selectedNfProperty().get();
    if (nf == null || vm.runningProperty().get()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Check a capture on " + nf.label() + " against its spec.py");
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Packet captures (*.pcapng, *.pcap)", "*.pcapng", "*.pcap"),
        new FileChooser.ExtensionFilter("All files", "*"));
    java.io.File file = chooser.showOpenDialog(owner);
    if (file != null) {
      vm.checkCapture(file.toPath());
    }
  }
}
