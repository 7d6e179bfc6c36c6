package dev.vigor.rfc.cli;

import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.json.RfcJson;
import dev.vigor.rfc.model.Keyword;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor rfc import FILE}: prints an RFC's section tree and requirement counts. */
@Command(
    name = "import",
    header = "Import an RFC: print its section tree and requirement counts.",
    description =
        "Import an RFC or Internet-Draft in IETF plain-text format (or a template's requirement"
            + " list): print its section tree and how many requirement sentences use each RFC 2119"
            + " keyword. Warnings go to stderr as file:line:col: warning: ...; unreadable or binary"
            + " input exits with 3.")
public final class RfcImportCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The RFC text file.")
  Path file;

  @Option(
      names = "--json",
      paramLabel = "OUT",
      description = "Also write the full import (sections, paragraphs, requirements) as JSON to OUT.")
  Path json;

  @Option(
      names = "--requirements",
      description = "Also list every requirement: id, keyword and sentence (the ids to cite in '# covers:').")
  boolean listRequirements;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RfcDocument doc;
    try {
      doc = RequirementSources.load(file);
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    for (Diagnostic w : doc.warnings()) {
      err.println(w.format());
    }
    err.flush();
    out.println(doc.id() + "  " + doc.title());
    out.println();
    out.println("Sections:");
    if (doc.root().children().isEmpty()) {
      out.println("  (none: the whole text is one section)");
    }
    for (Section s : doc.root().children()) {
      printTree(out, s, 1);
    }
    out.println();
    out.println("Requirements: " + doc.requirements().size());
    Map<Keyword, Integer> counts = doc.countsByKeyword();
    for (Map.Entry<Keyword, Integer> e : counts.entrySet()) {
      out.printf("  %-16s %d%n", e.getKey().text(), e.getValue());
    }
    if (listRequirements) {
      out.println();
      int width = doc.requirements().stream().mapToInt(r -> r.id().length()).max().orElse(0);
      for (Requirement r : doc.requirements()) {
        out.printf("%-" + width + "s  %-15s  %s%n", r.id(), r.keyword().text(), r.sentence());
      }
    }
    if (json != null) {
      try {
        Files.writeString(json, RfcJson.write(doc), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("vigor: cannot write " + json + ": " + e.getMessage());
        err.flush();
        out.flush();
        return ExitCodes.BAD_INPUT;
      }
      out.println();
      out.println("JSON written to " + json);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printTree(PrintWriter out, Section s, int depth) {
    String indent = "  ".repeat(depth);
    out.println(indent + (s.number().isEmpty() ? "" : s.number() + "  ") + s.title());
    for (Section c : s.children()) {
      printTree(out, c, depth + 1);
    }
  }
}
