package dev.vigor.engine.c;

import dev.vigor.engine.c.lower.ProgramLowerer;
import dev.vigor.engine.c.parser.CParse;
import dev.vigor.engine.c.parser.TokenAdapter;
import dev.vigor.engine.c.preprocess.Preprocessor;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The NF C front-end: preprocess, parse, type-check and lower every {@code .c} file of an NF
 * directory into one typed IR {@link Program}. Rejections come back as a {@link DiagnosticException}
 * holding every error found (at file:line:col, saying what to do instead), never as a crash.
 */
public final class CFrontEnd {
  private CFrontEnd() {}

  /** Compiles the NF in nfDir (its .c files, in name order) against the libVig headers in libvigInclude. */
  public static Program compile(Path nfDir, Path libvigInclude) throws DiagnosticException {
    return compile(nfDir, sources(nfDir), libvigInclude);
  }

  /** The NF's .c files in name order; none is a diagnostic. */
  private static List<Path> sources(Path nfDir) throws DiagnosticException {
    List<Path> sources;
    try (Stream<Path> s = Files.list(nfDir)) {
      sources = s.filter(p -> p.getFileName().toString().endsWith(".c") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new DiagnosticException(Diagnostic.error(SourceLocation.of(nfDir.toString(), 1, 1),
          "cannot list the NF directory " + nfDir + "; check that it exists"));
    }
    if (sources.isEmpty()) {
      throw new DiagnosticException(Diagnostic.error(SourceLocation.of(nfDir.toString(), 1, 1),
          "no .c files in " + nfDir + "; an NF needs at least one C source defining nf_init and nf_process"));
    }
    return sources;
  }

  /**
   * A compiled NF, the warnings found on the way (e.g. #warning, redefined macros), and the
   * integer macros its own files define (not libVig's), by name, for checks against nf.properties.
   */
  public record Compiled(Program program, List<Diagnostic> warnings,
      java.util.Map<String, MacroValue> macros) {
    public Compiled {
      warnings = List.copyOf(warnings);
      macros = java.util.Map.copyOf(macros);
    }
  }

  /** An object-like macro of the NF whose value is an integer constant, and where it is defined. */
  public record MacroValue(String name, long value, SourceLocation loc) {}

  /** Compiles the NF in nfDir as {@link #compile(Path, Path)} does, keeping warnings and macros. */
  public static Compiled compileNf(Path nfDir, Path libvigInclude) throws DiagnosticException {
    return compileWithWarnings(nfDir, sources(nfDir), libvigInclude);
  }

  /** Compiles the given translation units (inside nfDir). */
  public static Program compile(Path nfDir, List<Path> sources, Path libvigInclude) throws DiagnosticException {
    return compileWithWarnings(nfDir, sources, libvigInclude).program();
  }

  /**
   * Compiles a stack layer's code with its models and harness (sources, inside root; messages name
   * them relative to root) into one program whose entry is {@code void entry(void)}: as NF code, but
   * with mutable globals, the intrinsics of {@code <vigor/verify.h>} and an outer loop the models
   * end. {@code <vigor/...>} headers come from libvigInclude, then layerIncludes; defines are
   * gcc's -D (NF_DEVICE_COUNT among them).
   */
  public static Program compileLayer(Path root, List<Path> sources, Path libvigInclude,
      List<Path> layerIncludes, Map<String, String> defines, String entry) throws DiagnosticException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    ProgramLowerer lowerer = new ProgramLowerer(true);
    SourceLocation main = SourceLocation.of(root.relativize(sources.get(0)).toString(), 1, 1);
    boolean parsedAll = true;
    try {
      for (Path src : sources) {
        try {
          Preprocessor.Result pp = Preprocessor.run(root, src, libvigInclude, layerIncludes, defines);
          lowerer.add(CParse.parse(TokenAdapter.adapt(pp.tokens(), main.file())));
        } catch (DiagnosticException e) {
          diagnostics.addAll(e.diagnostics());
          parsedAll = false;
        }
      }
      if (parsedAll) {
        lowerer.finishLayer(main, entry);
      }
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(Diagnostic.error(main, "internal error in the C front-end (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ") compiling a layer"));
    }
    diagnostics.addAll(lowerer.diagnostics());
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new DiagnosticException(diagnostics.stream().filter(Diagnostic::isError).toList());
    }
    String devices = defines.getOrDefault("NF_DEVICE_COUNT", "0");
    return lowerer.program(Long.parseLong(devices));
  }

  /** Like {@link #compile(Path, List, Path)}, keeping the warnings of an accepted NF. */
  public static Compiled compileWithWarnings(Path nfDir, List<Path> sources, Path libvigInclude) throws DiagnosticException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    java.util.Map<String, MacroValue> macros = new java.util.LinkedHashMap<>();
    ProgramLowerer lowerer = new ProgramLowerer();
    OptionalLong deviceCount = OptionalLong.empty();
    SourceLocation main = SourceLocation.of(sources.get(0).getFileName().toString(), 1, 1);
    boolean parsedAll = true;
    try {
      for (Path src : sources) {
        try {
          Preprocessor.Result pp = Preprocessor.run(nfDir, src, libvigInclude);
          diagnostics.addAll(pp.warnings());
          // A helper file that does not include <vigor/nf.h> need not define it (gcc does not
          // ask either; nf.h's own #error catches a file that includes it too early).
          OptionalLong devices = pp.macroValue("NF_DEVICE_COUNT");
          if (devices.isPresent() && (devices.getAsLong() < 1 || devices.getAsLong() > 65535)) {
            diagnostics.add(Diagnostic.error(pp.macros().get("NF_DEVICE_COUNT").loc(),
                "NF_DEVICE_COUNT must be between 1 and 65535, not " + devices.getAsLong()));
          } else if (devices.isPresent() && deviceCount.isPresent()
              && deviceCount.getAsLong() != devices.getAsLong()) {
            diagnostics.add(Diagnostic.error(pp.macros().get("NF_DEVICE_COUNT").loc(),
                "NF_DEVICE_COUNT is " + devices.getAsLong() + " here and " + deviceCount.getAsLong()
                    + " in another source file; define it once, in a header every file includes"));
          } else if (devices.isPresent()) {
            deviceCount = devices;
          }
          for (var m : pp.macros().values()) {
            String file = m.loc().file();
            if (!m.functionLike() && !macros.containsKey(m.name()) && !file.startsWith("<")
                && !file.startsWith("vigor/")) {
              pp.integerValue(m.name()).ifPresent(v -> macros.put(m.name(),
                  new MacroValue(m.name(), v, m.loc())));
            }
          }
          lowerer.add(CParse.parse(TokenAdapter.adapt(pp.tokens(), main.file())));
        } catch (DiagnosticException e) {
          diagnostics.addAll(e.diagnostics());
          parsedAll = false;
        }
      }
      if (parsedAll && deviceCount.isEmpty()
          && diagnostics.stream().noneMatch(Diagnostic::isError)) {
        diagnostics.add(Diagnostic.error(main, "NF_DEVICE_COUNT is not defined; #define"
            + " NF_DEVICE_COUNT (how many devices the NF drives) before including <vigor/nf.h>"));
      }
      if (parsedAll) {
        lowerer.finish(main);
      }
    } catch (StackOverflowError e) {
      diagnostics.add(Diagnostic.error(main, "the code is nested too deeply for the front-end (expressions or blocks "
          + "thousands of levels deep); split it into smaller expressions or functions"));
    } catch (RuntimeException e) {
      // a front-end bug must still come out as a diagnostic, never as a stack trace
      diagnostics.add(Diagnostic.error(main, "internal error in the C front-end (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it with this NF"));
    }
    diagnostics.addAll(lowerer.diagnostics());
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      List<Diagnostic> sorted = new ArrayList<>(diagnostics.stream().filter(Diagnostic::isError).toList());
      sorted.addAll(diagnostics.stream().filter(d -> !d.isError()).toList());
      throw new DiagnosticException(sorted);
    }
    return new Compiled(lowerer.program(deviceCount.orElse(0)), diagnostics, macros);
  }
}
