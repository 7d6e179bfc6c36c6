package dev.vigor.app.rfc;

import dev.vigor.app.state.NfRef;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.trace.AnnotationValidator;
import dev.vigor.rfc.trace.Coverage;
import dev.vigor.rfc.trace.CoversAnnotation;
import dev.vigor.rfc.trace.NfAnnotations;
import dev.vigor.rfc.trace.RunResults;
import dev.vigor.rfc.trace.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;

/**
 * Reads the {@code # covers:} annotations of one NF folder and the verdicts of its saved runs,
 * merged per property ({@link RunResults#merged}: a verdict counts while the texts it verified and
 * the NF's code are unchanged), and computes coverage of one RFC. Runs off the FX thread.
 */
final class TraceTask extends Task<TraceSnapshot> {
  private final RfcDocument document;
  private final NfRef nf;
  private final Path workspace;

  TraceTask(RfcDocument document, NfRef nf, Path workspace) {
    this.document = document;
    this.nf = nf;
    this.workspace = workspace;
  }

  @Override
  protected TraceSnapshot call() {
    List<CoversAnnotation> annotations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    readAnnotations(nf.folder(), annotations, problems);
    // Only ids of this RFC are checked; ids of other documents are someone else's business here.
    List<CoversAnnotation> ofThisRfc = annotations.stream()
        .filter(a -> a.requirementId().startsWith(document.id() + "#")).toList();
    AnnotationValidator.validate(ofThisRfc, List.of(document)).stream()
        .map(Diagnostic::format).forEach(problems::add);

    Map<String, Verdict> verdicts = Map.of();
    String source = "no saved run of " + nf.label() + " yet — verdicts are 'not run'";
    try {
      RunResults.Merged merged = RunResults.merged(new WorkspaceFolder(workspace).runsDir(),
          nf.folder());
      verdicts = merged.verdicts();
      String stale = merged.stale() == 0 ? ""
          : "; " + merged.stale() + " older verdict(s) dropped: their files or the NF changed since";
      if (!merged.runs().isEmpty()) {
        source = "verdicts of " + nf.label() + " from run " + merged.runs().get(0).getFileName()
            + (merged.runs().size() > 1 ? " and " + (merged.runs().size() - 1) + " older run(s)" : "")
            + stale;
      } else if (merged.stale() > 0) {
        source = "no current verdicts of " + nf.label() + stale;
      }
    } catch (DiagnosticException e) {
      e.diagnostics().stream().map(Diagnostic::format).forEach(problems::add);
    }

    Map<String, List<String>> byRequirement = new LinkedHashMap<>();
    for (CoversAnnotation a : ofThisRfc) {
      List<String> props = byRequirement.computeIfAbsent(a.requirementId(), k -> new ArrayList<>());
      if (!props.contains(a.property())) {
        props.add(a.property());
      }
    }
    Coverage coverage = Coverage.compute(List.of(document), ofThisRfc, verdicts);
    return new TraceSnapshot(coverage, byRequirement, verdicts, source, problems);
  }

  private static void readAnnotations(Path folder, List<CoversAnnotation> into, List<String> problems) {
    try {
      NfAnnotations.Result result = NfAnnotations.read(folder);
      into.addAll(result.scan().annotations());
      result.scan().diagnostics().stream().map(Diagnostic::format).forEach(problems::add);
    } catch (DiagnosticException e) {
      // A workspace copy with no spec or props yet is normal; it simply covers nothing.
      if (Files.exists(folder.resolve("spec.py")) || Files.isDirectory(folder.resolve("props"))) {
        e.diagnostics().stream().map(Diagnostic::format).forEach(problems::add);
      }
    }
  }
}
