package dev.vigor.engine.nf;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.Program;
import java.io.IOException;
import java.nio.file.Path;

/** An NF folder read and compiled: its descriptor (nf.properties, files) and its typed IR. */
public record LoadedNf(NfDescriptor descriptor, Program program) {

  /**
   * Reads nfDir's nf.properties and compiles its C sources against the libVig headers found by
   * {@link LibvigIncludeLocator}. Every problem, including a missing or unreadable folder, comes back
   * as diagnostics.
   */
  public static LoadedNf load(Path nfDir) throws DiagnosticException {
    NfDescriptor descriptor;
    try {
      descriptor = Catalog.readNf(nfDir);
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(nfDir.toString(), 1, 1), e.getMessage()));
    }
    Path include =
        LibvigIncludeLocator.locate(nfDir)
            .orElseThrow(
                () ->
                    new DiagnosticException(
                        Diagnostic.error(
                            SourceLocation.of(nfDir.toString(), 1, 1),
                            "cannot find the libVig headers (vigor/nf.h); set VIGOR_HOME to the"
                                + " workbench folder or pass -Dvigor.libvig.include=DIR")));
    Program program = CFrontEnd.compile(nfDir, include);
    if (descriptor.devices() != 0 && descriptor.devices() != program.deviceCount()) {
      throw new DiagnosticException(
          Diagnostic.error(
              SourceLocation.of(nfDir.resolve(Catalog.NF_PROPERTIES).toString(), 1, 1),
              "nf.properties says devices = "
                  + descriptor.devices()
                  + " but the C code defines NF_DEVICE_COUNT as "
                  + program.deviceCount()
                  + "; make them agree"));
    }
    return new LoadedNf(descriptor, program);
  }
}
