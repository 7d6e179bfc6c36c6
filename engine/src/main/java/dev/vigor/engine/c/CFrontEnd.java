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
    return compile(nfDir, sources, libvigInclude);
  }

  /** Compiles the given translation units (inside nfDir). */
  public static Program compile(Path nfDir, List<Path> sources, Path libvigInclude) throws DiagnosticException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    ProgramLowerer lowerer = new ProgramLowerer();
    OptionalLong deviceCount = OptionalLong.empty();
    SourceLocation main = SourceLocation.of(sources.get(0).getFileName().toString(), 1, 1);
    boolean parsedAll = true;
    try {
      for (Path src : sources) {
        try {
          Preprocessor.Result pp = Preprocessor.run(nfDir, src, libvigInclude);
          OptionalLong devices = pp.macroValue("NF_DEVICE_COUNT");
          if (devices.isEmpty()) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(src.getFileName().toString(), 1, 1),
                "NF_DEVICE_COUNT is not defined; #define NF_DEVICE_COUNT (how many devices the NF drives) before including <vigor/nf.h>"));
          } else if (devices.getAsLong() < 1 || devices.getAsLong() > 65535) {
            diagnostics.add(Diagnostic.error(pp.macros().get("NF_DEVICE_COUNT").loc(),
                "NF_DEVICE_COUNT must be between 1 and 65535, not " + devices.getAsLong()));
          } else {
            deviceCount = devices;
          }
          lowerer.add(CParse.parse(TokenAdapter.adapt(pp.tokens(), main.file())));
        } catch (DiagnosticException e) {
          diagnostics.addAll(e.diagnostics());
          parsedAll = false;
        }
      }
      if (parsedAll) {
        lowerer.finish(main);
      }
    } catch (RuntimeException | StackOverflowError e) {
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
    return lowerer.program(deviceCount.orElse(0));
  }
}
