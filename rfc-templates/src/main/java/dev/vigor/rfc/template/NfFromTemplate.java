package dev.vigor.rfc.template;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A new NF folder for a template's spec: the code of an existing NF (its C files and nf.properties,
 * not its spec or properties) plus the template's files, so the spec is checked, and verifies,
 * against that NF. Everything is written to a scratch folder first and checked there with the
 * spec checker against the NF's interface; the target only ever gets files that check clean.
 */
public final class NfFromTemplate {
  /** Files of the NF folder that are its spec, not its code: the template brings its own. */
  private static final List<String> NOT_CODE = List.of("spec.py", "props", "README.md", "requirements.txt", "target");

  private NfFromTemplate() {}

  /** Why {@code nf} cannot carry {@code template}'s spec (it misses state objects), or empty when it can. */
  public static Optional<String> mismatch(Template template, String nfName, NfInterface nf) {
    List<String> missing = template.state().stream().filter(s -> !nf.stateObjects().containsKey(s)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String exports = nf.stateObjects().isEmpty() ? "no state objects" : String.join(", ", nf.stateObjects().keySet());
    return Optional.of("the " + template.name() + " template talks about " + String.join(", ", template.state())
        + ", but the NF " + nfName + " does not export " + String.join(", ", missing) + " (it exports " + exports
        + "); pick an NF that exports them with NF_EXPORT_STATE");
  }

  /**
   * Writes {@code nfDir}'s code and {@code template}'s files into the new folder {@code target}
   * (which must not exist or be empty) and returns the files written, spec.py first.
   */
  public static List<Path> create(TemplateCatalog catalog, Template template, Path nfDir, Path target)
      throws DiagnosticException, IOException {
    if (Files.exists(target) && !isEmptyFolder(target)) {
      throw new DiagnosticException(Diagnostic.error(SourceLocation.of(target.toString(), 1, 1),
          "exists already and is not empty; choose another name"));
    }
    NfInterface nf = SpecInterfaces.of(LoadedNf.load(nfDir));
    Optional<String> mismatch = mismatch(template, nfDir.getFileName().toString(), nf);
    if (mismatch.isPresent()) {
      throw new DiagnosticException(Diagnostic.error(
          SourceLocation.of(nfDir.resolve(Catalog.NF_PROPERTIES).toString(), 1, 1), mismatch.get()));
    }
    Path scratch = Files.createTempDirectory("vigor-template-");
    try {
      copyCode(nfDir, scratch, target.getFileName().toString());
      List<Path> trial = catalog.instantiate(template, scratch, false);
      List<Diagnostic> problems = problems(trial, scratch, Optional.of(nf));
      if (!problems.isEmpty()) {
        // The template is ours, so this is a bug to report plainly rather than files to write.
        throw new DiagnosticException(problems);
      }
      Files.createDirectories(target);
      List<Path> written = new ArrayList<>();
      try (Stream<Path> all = Files.walk(scratch)) {
        for (Path from : all.sorted().toList()) {
          Path to = target.resolve(scratch.relativize(from).toString());
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to);
          }
        }
      }
      for (Path f : trial) {
        written.add(target.resolve(scratch.relativize(f).toString()));
      }
      return written;
    } finally {
      deleteTree(scratch);
    }
  }

  /** Copies the NF's code; its nf.properties gets the new folder's name. */
  private static void copyCode(Path nfDir, Path into, String newName) throws IOException {
    try (Stream<Path> all = Files.walk(nfDir)) {
      for (Path from : all.sorted().toList()) {
        Path rel = nfDir.relativize(from);
        if (rel.toString().isEmpty() || NOT_CODE.contains(rel.getName(0).toString())) {
          continue;
        }
        Path to = into.resolve(rel.toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (rel.toString().equals(Catalog.NF_PROPERTIES)) {
          List<String> lines = new ArrayList<>();
          for (String line : Files.readAllLines(from, StandardCharsets.UTF_8)) {
            lines.add(line.matches("\\s*name\\s*[=:].*") ? "name = " + newName : line);
          }
          Files.write(to, lines, StandardCharsets.UTF_8);
        } else {
          Files.copy(from, to);
        }
      }
    }
  }

  private static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(p)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * What checking the template's written specs finds, in the folder they were written to, against
   * nf when given (else in the open world); a property stub's "no statements" warning is its point
   * (it says nothing until written), so it is not among them.
   */
  public static List<Diagnostic> problems(List<Path> written, Path folder,
      Optional<NfInterface> nf) {
    List<Diagnostic> out = new ArrayList<>();
    ImportSearch search = new ImportSearch(Optional.of(folder.resolve("props")), List.of());
    for (Path f : written) {
      if (f.toString().endsWith(".py")) {
        SpecCheckResult r = SpecChecker.check(f, search, nf);
        r.diagnostics().stream().filter(d -> !SpecChecker.isEmptySpecWarning(d))
            .forEach(out::add);
      }
    }
    return out;
  }
}
