package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.Stmt;
import dev.vigor.engine.spec.parse.SourceFile;
import dev.vigor.engine.spec.parse.SpecParser;
import dev.vigor.engine.spec.SpecSources;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The spec front-end's entry point: reads a spec, includes its imported properties, checks it
 * (against an NF's interface when one is given, else in the open world that accepts specs written
 * for the original Vigor) and lowers it to the spec IR. Every error is collected, none is thrown.
 */
public final class SpecChecker {
  private SpecChecker() {}

  /** Checks the spec in {@code file}. */
  public static SpecCheckResult check(Path file, ImportSearch search, Optional<NfInterface> nf) {
    CheckSession session = new CheckSession(nf, search);
    Path absolute = file.toAbsolutePath().normalize();
    Optional<SourceFile> root = read(file, absolute, session, Optional.empty());
    return finish(root, absolute, file, session);
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
    return finish(root, absolute, file, session);
  }

  private static SpecCheckResult finish(Optional<SourceFile> root, Path absolute, Path file, CheckSession session) {
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
    String text;
    try {
      text = session.search.sources().read(shown);
    } catch (CharacterCodingException e) {
      session.error(where, "cannot read " + shown + ": it is not UTF-8 text; save it as UTF-8");
      return Optional.empty();
    } catch (IOException e) {
      session.error(where, "cannot read " + shown + ": " + describe(e) + "; check the path and its permissions");
      return Optional.empty();
    }
    session.record(shown, text, session.search.sources().buffer(shown).isPresent()
        && SpecSources.unsaved(shown, text));
    try {
      return Optional.of(SpecParser.parse(shown.toString(), absolute, text));
    } catch (DiagnosticException e) {
      session.diagnostics.addAll(e.diagnostics());
      return Optional.empty();
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
