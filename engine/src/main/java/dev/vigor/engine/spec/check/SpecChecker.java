package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.InitSpecFiles;
import dev.vigor.engine.diag.TextFile;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.Stmt;
import dev.vigor.engine.spec.parse.SourceFile;
import dev.vigor.engine.spec.parse.SpecParser;
import dev.vigor.engine.spec.SpecSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The spec front-end's entry point: reads a spec, includes its imported properties, checks it
 * (against an NF's interface when one is given, else in the open world that accepts specs written
 * for the original Vigor) and lowers it to the spec IR. Every error is collected, none is thrown.
 * An init spec ({@link InitSpecFiles}) is held to the rules of {@code InitSpecRules} as well.
 */
public final class SpecChecker {
  private SpecChecker() {}

  /** Checks the spec in {@code file}. */
  public static SpecCheckResult check(Path file, ImportSearch search, Optional<NfInterface> nf) {
    CheckSession session = new CheckSession(nf, search);
    Path absolute = file.toAbsolutePath().normalize();
    Optional<SourceFile> root = read(file, absolute, session, Optional.empty());
    return finish(root, absolute, file, session, true);
  }

  /**
   * Checks spec text that may not be saved (an editor buffer); {@code file} names it in messages
   * and its folder is where {@code import NAME} looks first.
   */
  public static SpecCheckResult checkText(Path file, String text, ImportSearch search, Optional<NfInterface> nf) {
    CheckSession session = new CheckSession(nf, search);
    Path absolute = file.toAbsolutePath().normalize();
    session.files.add(file);
    session.record(file, text, SpecSources.unsaved(file, text));
    Optional<SourceFile> root;
    try {
      root = Optional.of(SpecParser.parse(file.toString(), absolute, text));
    } catch (DiagnosticException e) {
      session.diagnostics.addAll(e.diagnostics());
      root = Optional.empty();
    }
    return finish(root, absolute, file, session, false);
  }

  /** The warning on a saved spec with no statement (a property stub not yet written, say). */
  public static final String EMPTY_SPEC =
      "the spec has no statements: it requires nothing, so every NF satisfies it";

  /** Whether d is the warning that its file has no statement yet. */
  public static boolean isEmptySpecWarning(Diagnostic d) {
    return !d.isError() && d.message().equals(EMPTY_SPEC);
  }

  /** emptyWarns: a saved file with no statement is worth a warning, an editor's new buffer not. */
  private static SpecCheckResult finish(Optional<SourceFile> root, Path absolute, Path file,
      CheckSession session, boolean emptyWarns) {
    if (root.isEmpty()) {
      return new SpecCheckResult(Optional.empty(), session.diagnostics, session.files, session.hashes);
    }
    session.included.add(absolute);
    session.chain.addLast(absolute);
    List<Stmt> body;
    try {
      body = VigorIfRule.apply(new FileLowering(root.get(), session).lowerFile());
    } catch (StackOverflowError e) {
      // Recursion follows the nesting of the text; a pathological file must not crash the tool.
      session.error(SourceLocation.of(file.toString(), 1, 1),
          "the spec is nested too deeply to check; split long expressions into several assignments");
      body = List.of();
    }
    session.chain.removeLast();
    if (InitSpecFiles.isInitSpec(file)) {
      InitSpecRules.check(body, session);
    } else {
      // In an init spec an object imported and never filled is stated empty, on purpose.
      UnmentionedState.warn(session);
    }
    if (emptyWarns && body.isEmpty() && !session.hasErrors() && !InitSpecFiles.isInitSpec(file)) {
      // Verifying it would report "proved" for any NF: say so before anyone reads that. (An
      // empty init spec is how an NF without state says nf_init builds nothing.)
      session.warning(SourceLocation.of(file.toString(), 1, 1), EMPTY_SPEC);
    }
    Optional<Spec> spec = session.hasErrors()
        ? Optional.empty()
        : Optional.of(new Spec(file, body, session.stateObjects, session.configNames, session.files,
            session.texts));
    return new SpecCheckResult(spec, session.diagnostics, session.files, session.hashes);
  }

  /** Reads and parses one file; problems become diagnostics at {@code importedAt} or the file itself. */
  static Optional<SourceFile> read(Path shown, Path absolute, CheckSession session, Optional<SourceLocation> importedAt) {
    session.files.add(shown);
    SourceLocation where = importedAt.orElse(SourceLocation.of(shown.toString(), 1, 1));
    Optional<String> buffer = session.search.sources().buffer(shown);
    String text;
    if (buffer.isPresent()) {
      text = buffer.get(); // what the user's editor shows, saved or not
    } else {
      if (!Files.exists(shown)) {
        session.error(where, "cannot read " + shown + ": no such file; check the path");
        return Optional.empty();
      }
      TextFile.Read read = TextFile.read(shown, shown.toString(), "a spec (Python-syntax text)",
          MAX_SPEC_BYTES);
      if (!read.ok()) {
        // a problem inside the file is at its line; one with the file as a whole where it is named
        Diagnostic d = read.problem();
        session.diagnostics.add(d.location().line() > 1 || d.location().column() > 1
            || importedAt.isEmpty() ? d : Diagnostic.error(where, shown + ": " + d.message()));
        return Optional.empty();
      }
      text = read.text();
    }
    session.record(shown, text, buffer.isPresent() && SpecSources.unsaved(shown, text));
    try {
      return Optional.of(SpecParser.parse(shown.toString(), absolute, text));
    } catch (DiagnosticException e) {
      session.diagnostics.addAll(e.diagnostics());
      return Optional.empty();
    }
  }

  /**
   * Larger than any spec (the catalog's longest is a few KB): a bigger file is not read into
   * memory or parsed, which would take minutes.
   */
  static final long MAX_SPEC_BYTES = 1 << 20;
}
