package dev.vigor.rfc.cli;

import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.template.NfFromTemplate;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor rfc new TEMPLATE DIR}: starts an NF's spec from a template. */
@Command(
    name = "new",
    description = {
      "Write a template's spec.py, props/*.py and requirements.txt into DIR.",
      "With --nf, DIR becomes a new NF: that NF's code plus the template, checked against it."
    })
public final class NewFromTemplateCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEMPLATE", description = "A name from 'vigor rfc templates'.")
  String name;

  @Parameters(index = "1", paramLabel = "DIR", description = "The NF folder to write into.")
  Path target;

  @Option(names = "--force", description = "Replace files that exist already (not with --nf).")
  boolean force;

  @Option(
      names = "--nf",
      paramLabel = "NF_DIR",
      description = "Copy this NF's code (C files and nf.properties) into DIR too, so the spec is"
          + " checked and verified against it; DIR must be new or empty.")
  Path nfDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TemplateCatalog catalog = TemplateCatalog.load();
    Template template = catalog.find(name).orElse(null);
    if (template == null) {
      err.println(
          "vigor: no template '" + name + "'; templates: "
              + String.join(", ", catalog.templates().stream().map(Template::name).toList()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    try {
      List<Path> written = nfDir != null
          ? NfFromTemplate.create(catalog, template, nfDir, target)
          : catalog.instantiate(template, target, force);
      written.forEach(p -> out.println("wrote " + p));
      out.println(nfDir != null
          ? "next: fill in " + target.resolve("props") + ", then vigor verify " + target
          : "check it with: vigor check --props " + target.resolve("props") + " " + target.resolve("spec.py")
              + " (or start from an NF's code with --nf NF_DIR to check and verify against it)");
      out.flush();
      return ExitCodes.OK;
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
    } catch (IOException e) {
      err.println("vigor: cannot write into " + target + ": " + e.getMessage());
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
