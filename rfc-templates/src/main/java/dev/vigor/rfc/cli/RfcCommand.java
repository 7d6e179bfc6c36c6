package dev.vigor.rfc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigor rfc}: from RFC text to specs (import, coverage, templates). */
@Command(
    name = "rfc",
    description = "From RFC text to specs: import RFCs, start from templates, measure coverage.",
    subcommands = {
      RfcImportCommand.class,
      RfcCoverageCommand.class,
      TemplatesCommand.class,
      NewFromTemplateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RfcCommand implements Runnable {
  @picocli.CommandLine.Mixin HelpOption help;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
