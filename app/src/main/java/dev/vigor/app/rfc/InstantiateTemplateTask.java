package dev.vigor.app.rfc;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.template.NfFromTemplate;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.concurrent.Task;

/**
 * Writes a template into a new NF folder. With an NF, the folder gets that NF's code too and every
 * file is checked against it ({@link NfFromTemplate}); without one, the template's files are
 * written to a scratch folder first and checked there in the open world. Either way a folder
 * only ever gets files that check clean (no error, no warning but a stub's "no statements");
 * existing files are never
 * overwritten.
 */
final class InstantiateTemplateTask extends Task<List<Path>> {
  private final TemplateCatalog catalog;
  private final Template template;
  private final Path nfDir;
  private final Path target;

  /** {@code nfDir} is the NF whose code the spec is for, or null for the spec alone. */
  InstantiateTemplateTask(TemplateCatalog catalog, Template template, Path nfDir, Path target) {
    this.catalog = catalog;
    this.template = template;
    this.nfDir = nfDir;
    this.target = target;
  }

  @Override
  protected List<Path> call() throws DiagnosticFailure, IOException {
    try {
      if (nfDir != null) {
        return NfFromTemplate.create(catalog, template, nfDir, target);
      }
      return alone();
    } catch (DiagnosticException e) {
      throw DiagnosticFailure.of(e);
    }
  }

  private List<Path> alone() throws DiagnosticFailure, DiagnosticException, IOException {
    Path scratch = Files.createTempDirectory("vigor-template-");
    try {
      List<Path> trial = catalog.instantiate(template, scratch, false);
      List<String> problems = NfFromTemplate.problems(trial, scratch, Optional.empty()).stream()
          .map(Diagnostic::format).toList();
      if (!problems.isEmpty()) {
        throw new DiagnosticFailure("template " + template.name() + " does not check clean:\n"
            + String.join("\n", problems));
      }
      return catalog.instantiate(template, target, false);
    } finally {
      deleteTree(scratch);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
