package dev.vigor.engine.nfrun;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.io.IOException;
import java.nio.file.Path;

/** An NF folder read for building and running: its program and its nf.properties configuration. */
public record NfSetup(LoadedNf nf, NfConfig config) {
  /** The NF of nfDir; a RunFailure (bad input) naming the first problem when it cannot be read. */
  public static NfSetup load(Path nfDir) throws RunFailure {
    try {
      return new NfSetup(LoadedNf.load(nfDir), NfConfig.load(nfDir));
    } catch (dev.vigor.engine.diag.DiagnosticException e) {
      throw new RunFailure(3, e.diagnostics().isEmpty() ? e.getMessage()
          : e.diagnostics().get(0).toString());
    } catch (IOException e) {
      throw new RunFailure(3, "cannot read " + nfDir + ": " + e.getMessage());
    }
  }
}
