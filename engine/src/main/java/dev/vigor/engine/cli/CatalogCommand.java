package dev.vigor.engine.cli;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.CatalogLocator;
import dev.vigor.engine.catalog.NfDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigor catalog}: lists the NFs of the catalog, one line each. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "List the NFs in the catalog with a one-line description each.")
public final class CatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "The catalog folder (default: the one next to this installation).")
  Path catalogDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = catalogDir != null ? catalogDir : CatalogLocator.locate().orElse(null);
    if (root == null) {
      err.println("vigor: no NF catalog found; pass --catalog DIR or set VIGOR_HOME");
      return ExitCodes.BAD_INPUT;
    }
    Catalog catalog;
    try {
      catalog = Catalog.load(root);
    } catch (IOException e) {
      err.println(Messages.located(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    if (catalog.nfs().isEmpty()) {
      out.println("No NFs in " + root + " (an NF is a folder with an nf.properties file).");
      return ExitCodes.OK;
    }
    int width = catalog.nfs().stream().mapToInt(nf -> nf.name().length()).max().orElse(0);
    for (NfDescriptor nf : catalog.nfs()) {
      out.printf("%-" + width + "s  %s%n", nf.name(), nf.description());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
