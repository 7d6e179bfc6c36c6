package dev.vigor.rfc.cli;

import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigor rfc templates}: lists the spec templates. */
@Command(name = "templates", description = "List the spec templates, one per standard.")
public final class TemplatesCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Template t : TemplateCatalog.load().templates()) {
      out.printf("%-9s %s (%s)%n          %s%n", t.name(), t.title(), t.standard(), t.description());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
