package dev.vigor.engine.nf;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.catalog.NfPropertiesException;
import dev.vigor.engine.catalog.NfPropertiesFile;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.spec.ir.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An NF folder read and compiled: its descriptor (nf.properties, files), its typed IR, its
 * nf.properties with positions, the warnings reading it gave, and where its capacities and
 * constants disagree with the C (warnings too: see {@link NfPropertiesCheck}).
 */
public record LoadedNf(NfDescriptor descriptor, Program program, NfPropertiesFile properties,
    List<Diagnostic> warnings, List<Diagnostic> disagreements) {
  public LoadedNf {
    warnings = List.copyOf(warnings);
    disagreements = List.copyOf(disagreements);
  }

  /**
   * Reads nfDir's nf.properties, compiles its C sources against the libVig headers found by
   * {@link LibvigIncludeLocator}, and checks the one against the other
   * ({@link NfPropertiesCheck}). Every problem, including a missing or unreadable folder, comes
   * back as diagnostics at file:line:col.
   */
  public static LoadedNf load(Path nfDir) throws DiagnosticException {
    NfDescriptor descriptor;
    try {
      descriptor = Catalog.readNf(nfDir);
    } catch (NfPropertiesException e) {
      throw new DiagnosticException(e.diagnostics().stream().filter(Diagnostic::isError).toList());
    } catch (IOException e) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(nfDir.toString(), 1, 1), e.getMessage()));
    }
    NfPropertiesFile props = NfPropertiesFile.read(nfDir.resolve(Catalog.NF_PROPERTIES));
    Path include =
        LibvigIncludeLocator.locate(nfDir)
            .orElseThrow(
                () ->
                    new DiagnosticException(
                        Diagnostic.error(
                            SourceLocation.of(nfDir.toString(), 1, 1),
                            "cannot find the libVig headers (vigor/nf.h); set VIGOR_HOME to the"
                                + " workbench folder or pass -Dvigor.libvig.include=DIR")));
    CFrontEnd.Compiled compiled = CFrontEnd.compileNf(nfDir, include);
    List<Diagnostic> againstC = NfPropertiesCheck.againstC(props, compiled.program(),
        compiled.macros());
    List<Diagnostic> errors = againstC.stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    // reading it gave warnings only: errors made readNf fail above
    return new LoadedNf(descriptor, compiled.program(), props, props.diagnostics(), againstC);
  }

  /** Warnings for the spec's constants that differ from nf.properties' (none when they agree). */
  public List<Diagnostic> checkSpec(Spec spec) {
    return NfPropertiesCheck.againstSpec(properties, spec);
  }
}
