package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lowers the parsed translation units of one NF into a {@link Program}, collecting every diagnostic. */
public final class ProgramLowerer {
  private final Globals globals;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A lowerer for NF code. */
  public ProgramLowerer() {
    this(false);
  }

  /**
   * A lowerer for NF code, or (layer) for a stack layer's code with its models and harness:
   * mutable globals, the intrinsics of {@code <vigor/verify.h>} and an outer loop the models end.
   */
  public ProgramLowerer(boolean layer) {
    this.globals = new Globals(layer);
  }

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

  /** Runs the whole-program checks of a layer's program, whose harness entry is entry. */
  public void finishLayer(SourceLocation mainFile, String entry) {
    ProgramChecks.layerEntry(globals, entry, mainFile, diagnostics);
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

  private Map<String, CType.Struct> completeStructs() {
    Map<String, CType.Struct> m = new LinkedHashMap<>();
    globals.structs.forEach((k, v) -> {
      if (v.complete()) {
        m.put(k, v);
      }
    });
    return m;
  }
}
