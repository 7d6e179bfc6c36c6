package dev.vigor.app.rfc;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.concurrent.Task;

/**
 * Writes a template into a new NF folder. The files are first written to a scratch folder and
 * checked there with the spec checker (as {@code vigor check} would), so a folder only ever gets
 * files that pass; existing files are never overwritten.
 */
final class InstantiateTemplateTask extends Task<List<Path>> {
  private final TemplateCatalog catalog;
  private final Template template;
  private final Path target;

  InstantiateTemplateTask(TemplateCatalog catalog, Template template, Path target) {
    this.catalog = catalog;
    this.template = template;
    this.target = target;
  }

  @Override
  protected List<Path> call() throws DiagnosticFailure, IOException {
    Path scratch = Files.createTempDirectory("vigor-template-");
    try {
      List<Path> trial = catalog.instantiate(template, scratch, false);
      List<String> errors = new ArrayList<>();
      ImportSearch search = new ImportSearch(Optional.of(scratch.resolve("props")), List.of());
      for (Path f : trial) {
        if (f.toString().endsWith(".py")) {
          SpecCheckResult r = SpecChecker.check(f, search, Optional.empty());
          r.errors().stream().map(Diagnostic::format).forEach(errors::add);
        }
      }
      if (!errors.isEmpty()) {
        throw new DiagnosticFailure("template " + template.name() + " does not pass vigor check:\n"
            + String.join("\n", errors));
      }
      return catalog.instantiate(template, target, false);
    } catch (DiagnosticException e) {
      throw DiagnosticFailure.of(e);
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
