package dev.vigor.engine.cli;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.CatalogLocator;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigor bench --symex}: times symbolic execution of every catalog NF, warm. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time engine phases on the catalog NFs (warm: median after warm-up runs).")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--symex", required = true, description = "Time symbolic execution (paths and time per NF).")
  boolean symex;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Untimed runs first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--catalog", paramLabel = "DIR", description = "The catalog folder (default: the one next to this installation).")
  Path catalogDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (warmup < 0 || runs < 1) {
      err.println("vigor: --warmup must be >= 0 and --runs >= 1");
      return ExitCodes.BAD_INPUT;
    }
    Path root = catalogDir != null ? catalogDir : CatalogLocator.locate().orElse(null);
    if (root == null) {
      err.println("vigor: no NF catalog found; pass --catalog DIR or set VIGOR_HOME");
      return ExitCodes.BAD_INPUT;
    }
    try {
      Catalog catalog = Catalog.load(root);
      out.printf("symbolic execution, warm (median of %d runs after %d warm-up runs)%n", runs, warmup);
      for (NfDescriptor nf : catalog.nfs()) {
        Path inc = LibvigIncludeLocator.locate(nf.directory()).orElse(null);
        Program p = CFrontEnd.compile(nf.directory(), inc);
        NfConfig config = NfConfig.load(nf.directory());
        int paths = 0;
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
          try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
            paths = r.traces().size();
            if (i >= warmup) {
              times.add(r.timings().symbolicNanos());
            }
          }
        }
        Collections.sort(times);
        out.printf("%-10s %4d paths  %7.1f ms  (min %.1f, max %.1f)%n", nf.name(), paths,
            times.get(times.size() / 2) / 1e6, times.get(0) / 1e6, times.get(times.size() - 1) / 1e6);
        out.flush();
      }
      return ExitCodes.OK;
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(err::println);
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
