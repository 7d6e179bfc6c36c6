package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the checking of one spec shares across all its files: the diagnostics found so far, the
 * names bound so far (imported properties see and extend the same names, as if their text stood
 * at the import), the NF interface if any, and the import chain.
 */
final class CheckSession {
  final Optional<NfInterface> nf;
  final ImportSearch search;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Variables and constants, with their static type. */
  final Map<String, SpecType> variables = new HashMap<>();
  /**
   * The variables assigned on every path reaching the statement being lowered (definite
   * assignment); reading one that is only assigned on some paths is an error.
   */
  Set<String> definitelyAssigned = new HashSet<>();
  /** Names some file of the spec assigns somewhere (so they are never configuration values). */
  final Set<String> assignedSomewhere = new HashSet<>();
  /** Names some file of the spec mentions somewhere (an imported state object never mentioned is warned about). */
  final Set<String> mentionedSomewhere = new HashSet<>();
  /** Where each constant was defined. */
  final Map<String, SourceLocation> constants = new HashMap<>();
  final Map<String, Spec.StateObject> stateObjects = new LinkedHashMap<>();
  final Set<String> configNames = new LinkedHashSet<>();
  /** Absolute paths of the files being included, root first, for cycle messages. */
  final Deque<Path> chain = new ArrayDeque<>();
  /** Absolute paths already included: a second import of the same property is a no-op. */
  final Set<Path> included = new HashSet<>();
  /** Every file read, as shown in messages, root first. */
  final List<Path> files = new ArrayList<>();

  /** The hash of every file's text as checked, root first. */
  final List<SourceHash> hashes = new ArrayList<>();
  /** Every file's text as checked, by the name messages show, for quoting spec lines. */
  final Map<String, String> texts = new LinkedHashMap<>();

  CheckSession(Optional<NfInterface> nf, ImportSearch search) {
    this.nf = nf;
    this.search = search;
  }

  /** Notes the text {@code shown} was checked from. */
  void record(Path shown, String text, boolean unsaved) {
    hashes.add(SourceHash.of(shown, text, unsaved));
    texts.put(shown.toString(), text);
  }

  void error(SourceLocation at, String message) {
    diagnostics.add(Diagnostic.error(at, message));
  }

  void warning(SourceLocation at, String message) {
    diagnostics.add(Diagnostic.warning(at, message));
  }

  void note(SourceLocation at, String message) {
    diagnostics.add(new Diagnostic(dev.vigor.engine.diag.Severity.NOTE, at, message));
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
