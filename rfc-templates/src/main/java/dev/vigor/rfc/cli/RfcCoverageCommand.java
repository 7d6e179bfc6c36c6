package dev.vigor.rfc.cli;

import dev.vigor.engine.catalog.UserWorkspace;
import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.json.CoverageJson;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.trace.AnnotationValidator;
import dev.vigor.rfc.trace.Coverage;
import dev.vigor.rfc.trace.CoverageRow;
import dev.vigor.rfc.trace.LevelTotals;
import dev.vigor.rfc.trace.NfAnnotations;
import dev.vigor.rfc.trace.RunResults;
import dev.vigor.rfc.trace.Verdict;
import dev.vigor.rfc.trace.VerdictsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor rfc coverage NF-DIR --rfc FILE}: which requirements the NF's properties cover. */
@Command(
    name = "coverage",
    header = "Show which MUST/SHOULD requirements an NF's properties cover and prove.",
    description =
        "Show, for every MUST- and SHOULD-family requirement of the given RFCs, whether a property"
            + " of the NF covers it ('# covers: rfc3022#4.1-2' comments in spec.py and props/*.py)"
            + " and which. Verdicts come from --results, else from the runs of the NF folder saved"
            + " in --runs (default: the workspace's runs/ folder, where the workbench saves each"
            + " run): per property the newest verdict whose files and NF code are unchanged since;"
            + " else they read 'not run'. Unknown requirement ids are errors (exit 3).")
public final class RfcCoverageCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NF-DIR", description = "The NF folder (spec.py, props/).")
  Path nfDir;

  @Option(
      names = "--rfc",
      paramLabel = "FILE",
      required = true,
      description = "An RFC text file or a template's requirement list; repeat for several.")
  List<Path> rfcs;

  @Option(
      names = "--results",
      paramLabel = "FILE",
      description =
          "A results file of 'vigor verify --json', or a JSON object of property name -> verdict"
              + " (PROVED, VIOLATED, UNKNOWN, NOT_RUN).")
  Path results;

  @Option(
      names = "--runs",
      paramLabel = "DIR",
      description = "A folder of saved runs (<yyyyMMdd-HHmmss>-<nf>.json); default: <workspace>/runs,"
          + " the workspace being -Dvigor.workspace or ~/VigorWorkspace.")
  Path runs;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the report as JSON to OUT.")
  Path json;

  // Where the verdicts shown came from (a results file or a saved run); null when none.
  private Path verdictSource;
  private int mergedRuns;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<RfcDocument> docs = new ArrayList<>();
      for (Path p : rfcs) {
        RfcDocument doc = RequirementSources.load(p);
        doc.warnings().forEach(w -> err.println(w.format()));
        docs.add(doc);
      }
      NfAnnotations.Result nf = NfAnnotations.read(nfDir);
      List<Diagnostic> problems = new ArrayList<>(nf.scan().diagnostics());
      problems.addAll(AnnotationValidator.validate(nf.scan().annotations(), docs));
      Path source = results;
      Map<String, Verdict> verdicts = Map.of();
      if (results != null) {
        verdicts = Files.readString(results, StandardCharsets.UTF_8).contains("\"specs\"")
            ? RunResults.read(results) : VerdictsFile.read(results);
      } else {
        Path dir = runs != null ? runs : UserWorkspace.runs(UserWorkspace.folder());
        // Property by property, the newest verdict whose texts and NF code are unchanged.
        RunResults.Merged merged = RunResults.merged(dir, nfDir);
        if (!merged.runs().isEmpty()) {
          verdicts = merged.verdicts();
          source = merged.runs().get(0);
          mergedRuns = merged.runs().size();
        }
      }
      verdictSource = source;
      for (String property : verdicts.keySet()) {
        if (!nf.properties().contains(property)) {
          err.println(source + ":1:1: warning: property '" + property + "' is not in " + nfDir);
        }
      }
      problems.forEach(d -> err.println(d.format()));
      if (problems.stream().anyMatch(Diagnostic::isError)) {
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      Coverage coverage = Coverage.compute(docs, nf.scan().annotations(), verdicts);
      print(out, docs, coverage);
      if (json != null) {
        try {
          Files.writeString(json, CoverageJson.write(coverage), StandardCharsets.UTF_8);
        } catch (IOException e) {
          err.println("vigor: cannot write " + json + ": " + e.getMessage());
          err.flush();
          out.flush();
          return ExitCodes.BAD_INPUT;
        }
      }
      err.flush();
      out.flush();
      return ExitCodes.OK;
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println(results + ":1:1: error: cannot read: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  private void print(PrintWriter out, List<RfcDocument> docs, Coverage coverage) {
    out.println(
        "Coverage of " + String.join(", ", docs.stream().map(RfcDocument::id).toList()) + " by "
            + nfDir + (verdictSource == null ? " (no results or saved run: verdicts are 'not run')"
                : " (verdicts from " + verdictSource
                    + (mergedRuns > 1 ? " and " + (mergedRuns - 1) + " older run(s)" : "") + ")"));
    for (LevelTotals t : coverage.totals()) {
      out.printf(
          "  %-6s %3d requirements, %3d covered, %3d proved%n",
          t.level().name(), t.total(), t.covered(), t.proved());
    }
    out.println();
    int width = coverage.rows().stream().mapToInt(r -> r.requirement().id().length()).max().orElse(10);
    for (CoverageRow row : coverage.rows()) {
      out.printf(
          "%-" + width + "s  %-15s  %-11s  %s%n",
          row.requirement().id(),
          row.requirement().keyword().text(),
          row.status().word(),
          row.properties().isEmpty() ? "-" : String.join(", ", row.properties()));
    }
  }
}
