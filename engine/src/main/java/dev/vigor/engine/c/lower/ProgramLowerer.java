package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.Program;
import java.util.ArrayList;
import java.util.List;

/** Lowers the parsed translation units of one NF into a {@link Program}, collecting every diagnostic. */
public final class ProgramLowerer {
  private final Globals globals = new Globals();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Adds one translation unit (in file order). */
  public void add(CSubsetParser.TranslationUnitContext tu) {
    new TranslationUnitLowerer(globals, diagnostics).lower(tu);
  }

  /** Runs the whole-program checks; mainFile anchors messages about missing entry points. */
  public void finish(SourceLocation mainFile) {
    ProgramChecks.entryPoints(globals, mainFile, diagnostics);
    ProgramChecks.definedCallees(globals, diagnostics);
    ProgramChecks.noRecursion(globals, diagnostics);
  }

  /** Diagnostics so far. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The program (meaningful only without error diagnostics). */
  public Program program(long deviceCount) {
    return new Program(globals.definitions, completeStructs(), new ArrayList<>(globals.objects.values()),
        globals.globals, deviceCount);
  }

  private java.util.Map<String, dev.vigor.engine.ir.CType.Struct> completeStructs() {
    java.util.Map<String, dev.vigor.engine.ir.CType.Struct> m = new java.util.LinkedHashMap<>();
    globals.structs.forEach((k, v) -> {
      if (v.complete()) {
        m.put(k, v);
      }
    });
    return m;
  }
}
