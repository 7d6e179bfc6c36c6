package dev.vigor.engine.cli;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor check}: checks a spec and the properties it imports, printing file:line:col messages. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a spec (and the properties it imports) against the spec language.",
      "Prints file:line:col: error: message lines and a summary; exit 0 when clean, 3 on any error."
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SPEC.py",
      description = "The spec or property files to check; each is checked on its own, with its imports.")
  List<Path> specFiles;

  @Option(
      names = "--search-path",
      paramLabel = "DIR",
      description = "A folder where 'import NAME' also looks (repeatable; after the file's folder and --props).")
  List<Path> searchPath = new ArrayList<>();

  @Option(names = "--props", paramLabel = "DIR", description = "The NF's props/ folder of properties.")
  Path propsDir;

  @Option(
      names = "--print",
      description = "When the spec is clean, print it as the checker understood it: imports inlined,"
          + " implicit else branches written out, aliases and sugar resolved.")
  boolean print;

  @Option(
      names = "--nf",
      paramLabel = "DIR",
      description = "The NF folder: its exported state, record types, configuration and device count"
          + " are checked against, and its props/ folder is searched (default: no NF; any state"
          + " object, method and record type is accepted, as for specs written for the original Vigor).")
  Path nfDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<NfInterface> nf = Optional.empty();
    if (nfDir != null) {
      try {
        loaded = LoadedNf.load(nfDir);
        nf = Optional.of(SpecInterfaces.of(loaded));
        loaded.warnings().forEach(d -> out.println(d.format()));
        // checking is what check is for: here nf.properties disagreeing with the C fails
        loaded.disagreements().forEach(d -> out.println(
            dev.vigor.engine.diag.Diagnostic.error(d.location(), d.message()).format()));
        if (!loaded.disagreements().isEmpty()) {
          out.println(nfDir + ": nf.properties disagrees with the C code; make them agree");
          out.flush();
          return ExitCodes.BAD_INPUT;
        }
      } catch (DiagnosticException e) {
        e.diagnostics().forEach(d -> out.println(d.format()));
        out.println(nfDir + ": the NF does not compile or its nf.properties disagrees with it, so"
            + " its specs cannot be checked against it");
        out.flush();
        return ExitCodes.BAD_INPUT;
      }
      if (propsDir == null && java.nio.file.Files.isDirectory(nfDir.resolve("props"))) {
        propsDir = nfDir.resolve("props");
      }
    }
    ImportSearch search = new ImportSearch(Optional.ofNullable(propsDir), searchPath);
    boolean allClean = true;
    for (Path specFile : specFiles) {
      allClean &= check(specFile, search, nf, out);
    }
    out.flush();
    return allClean ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /** The NF of --nf, once loaded. */
  private LoadedNf loaded;

  /** Checks one file, prints its diagnostics and summary line; true when it has no error. */
  private boolean check(Path specFile, ImportSearch search, Optional<NfInterface> nf, PrintWriter out) {
    SpecCheckResult result = SpecChecker.check(specFile, search, nf);
    if (loaded != null && result.spec().isPresent()) {
      List<Diagnostic> all = new ArrayList<>(result.diagnostics());
      all.addAll(loaded.checkSpec(result.spec().get()));
      result = new SpecCheckResult(result.spec(), all, result.files());
    }
    int errors = 0;
    int warnings = 0;
    for (Diagnostic d : result.diagnostics()) {
      out.println(d.format());
      errors += d.isError() ? 1 : 0;
      warnings += d.severity() == dev.vigor.engine.diag.Severity.WARNING ? 1 : 0;
    }
    if (print && result.spec().isPresent()) {
      out.print(dev.vigor.engine.spec.ir.SpecPrinter.print(result.spec().get()));
    }
    int files = result.files().size();
    String counts = files + (files == 1 ? " file, " : " files, ") + errors + (errors == 1 ? " error" : " errors")
        + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "");
    out.println(specFile + ": " + (errors == 0 ? "OK" : "FAILED") + " (" + counts + ")");
    return errors == 0;
  }
}
