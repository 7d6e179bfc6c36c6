package dev.vigor.engine.cli;

import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.symex.TraceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor traces}: symbolically executes an NF, runs the low-level checks, prints the paths. */
@Command(
    name = "traces",
    mixinStandardHelpOptions = true,
    description = {"Explore every path of an NF symbolically and check its low-level properties.",
        "On each path of nf_process: packet bounds, NULL, overflow, libVig preconditions, ...",
        "Exit 0: all checks hold; 1: a check failed; 2: a check was undecided; 3: bad input."})
public final class TracesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NF_DIR", description = "The NF's folder (C sources and nf.properties).")
  Path nfDir;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the execution tree and every trace as JSON.")
  Path json;

  @Option(names = "--tree", description = "Print the execution tree.")
  boolean tree;

  @Option(names = {"--timeout", "--trace-timeout"}, paramLabel = "MS",
      defaultValue = "" + SymbolicExecutor.QUERY_TIMEOUT_MS,
      description = "Z3 budget per solver query, in ms (default ${DEFAULT-VALUE}; 0: none); a check"
          + " the solver cannot decide in it is undecided, never passed.")
  long timeout;

  @Mixin StepBudgetOptions budgets;

  @Mixin LayerOptions layerOptions;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the paths in DIR and replay them from there, with no solver query, while"
          + " the NF's C, headers, nf.properties, budgets and the engine stay the same. Default: no"
          + " cache.")
  Path cacheDir;

  @Option(names = "--libvig-include", paramLabel = "DIR", hidden = true,
      description = "The libVig headers (default: next to the catalog, or $VIGOR_HOME/libvig/include).")
  Path include;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (layerOptions.problem().isPresent()) {
      err.println("vigor: " + layerOptions.problem().get());
      return ExitCodes.BAD_INPUT;
    }
    Path inc = include != null ? include : LibvigIncludeLocator.locate(nfDir).orElse(null);
    if (inc == null) {
      err.println("vigor: cannot find the libVig headers; pass --libvig-include DIR or set VIGOR_HOME");
      return ExitCodes.BAD_INPUT;
    }
    if (!Files.isDirectory(nfDir)) {
      err.println("vigor: " + nfDir + " is not a directory; pass an NF folder");
      return ExitCodes.BAD_INPUT;
    }
    long t0 = System.nanoTime();
    Program program;
    NfConfig config;
    try {
      config = NfConfig.load(nfDir);
      program = CFrontEnd.compile(nfDir, inc);
    } catch (DiagnosticException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d);
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (dev.vigor.engine.catalog.NfPropertiesException e) {
      e.diagnostics().stream().filter(Diagnostic::isError).forEach(err::println);
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (budgets.problem().isPresent()) {
      err.println("vigor: " + budgets.problem().get());
      return ExitCodes.BAD_INPUT;
    }
    config = config.withStepBudgets(budgets.maxSteps, budgets.maxPathSteps);
    if (timeout < 0) {
      err.println("vigor: --timeout must be 0 (no limit) or a number of ms, not " + timeout);
      return ExitCodes.BAD_INPUT;
    }
    if (cacheDir != null && Files.exists(cacheDir) && !Files.isDirectory(cacheDir)) {
      err.println("vigor: --cache " + cacheDir + " is a file; name a folder (created if missing)");
      return ExitCodes.BAD_INPUT;
    }
    long frontEnd = System.nanoTime() - t0;
    dev.vigor.engine.cache.CachedVerification cache = cacheDir == null ? null
        : new dev.vigor.engine.cache.CachedVerification(new dev.vigor.engine.cache.TraceCache(
            cacheDir, note -> err.println("cache: " + note)), nfDir, inc, timeout,
            note -> err.println("cache: " + note));
    dev.vigor.engine.validate.VerificationCache source = cache == null
        ? dev.vigor.engine.validate.VerificationCache.NONE : cache;
    try (SymexResult r = source.traces(program, config, ProgressListener.NONE,
        CancelToken.none(), new dev.vigor.engine.run.SolverBudget(timeout))) {
      long symex = r.timings().symbolicNanos();
      out.printf("%s: %d paths, %d failed checks, %d undecided%n", nfDir.getFileName(), r.traces().size(),
          r.failures().size(), r.checks().size() - r.failures().size());
      out.printf("time: front-end %d ms, symbolic execution %d ms (of which solver %d ms, %d queries)%n",
          frontEnd / 1_000_000, symex / 1_000_000, r.timings().solverNanos() / 1_000_000, r.timings().queries());
      // one entry per check and place; the input shown is the first path's (--json has them all)
      java.util.Map<String, java.util.List<CheckResult>> byPlace = new java.util.LinkedHashMap<>();
      for (CheckResult c : r.checks()) {
        byPlace.computeIfAbsent(c.status() + " " + c.check() + " " + c.loc(), k -> new java.util.ArrayList<>()).add(c);
      }
      for (java.util.List<CheckResult> same : byPlace.values()) {
        CheckResult c = same.get(0);
        out.printf("%s %s at %s: %s%s%n", c.status() == CheckResult.Status.FAILED ? "FAILED" : "UNDECIDED",
            c.check(), c.loc(), c.message(), same.size() > 1 ? " (on " + same.size() + " paths)" : "");
        if (c.input() != null) {
          out.println("  input: " + c.input().summary());
        }
      }
      if (tree) {
        out.print(r.tree().render());
      }
      // the lower layers selected: their own paths, between their models
      boolean layerFailed = false;
      boolean layerUndecided = false;
      for (String id : layerOptions.selected()) {
        if (dev.vigor.engine.layers.LayerRegistry.standard().code(id).isEmpty()) {
          continue;
        }
        var l = dev.vigor.engine.layers.StackVerification.verify(id, inc, program.deviceCount(),
            (int) Math.min(Integer.MAX_VALUE, timeout), CancelToken.none());
        out.printf("layer %s: %d paths, %d failed checks, %d undecided (at %s; %d ms)%n", id,
            l.paths(), l.findings().stream().filter(f -> f.failed()).count(),
            l.findings().stream().filter(f -> !f.failed()).count(), String.join(", ", l.bounds()),
            l.millis());
        for (var f : l.findings()) {
          out.printf("%s %s at %s: %s%n", f.failed() ? "FAILED" : "UNDECIDED", f.check(), f.loc(),
              f.message());
        }
        layerFailed |= l.findings().stream().anyMatch(f -> f.failed());
        layerUndecided |= !l.findings().isEmpty();
      }
      if (cache != null) {
        out.println(cache.tracesSummary());
      }
      if (json != null) {
        TraceJson.write(nfDir.getFileName().toString(), r, json);
        out.println("wrote " + json);
      }
      out.flush();
      if (!r.failures().isEmpty() || layerFailed) {
        return ExitCodes.VIOLATED;
      }
      return r.checks().isEmpty() && !layerUndecided ? ExitCodes.OK : ExitCodes.UNKNOWN;
    } catch (DiagnosticException e) {
      // the layer's own code did not compile: the checkout's fault, at file:line:col
      e.diagnostics().forEach(err::println);
      return ExitCodes.BAD_INPUT;
    } catch (dev.vigor.engine.symex.NfInitFailure e) {
      // a fault running nf_init with the NF's configuration is the NF's; returning false is input
      err.println(e.getMessage());
      return e.check() != null ? ExitCodes.VIOLATED
          : e.budgetExhausted() ? ExitCodes.UNKNOWN : ExitCodes.BAD_INPUT;
    } catch (OutsideSubsetException | IllegalStateException e) {
      // NF code the interpreters do not support yet: the user's to fix
      err.println(Messages.located(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("vigor: internal error during symbolic execution (" + e + "); nothing was decided, please report it with this NF");
      return ExitCodes.UNKNOWN;
    } catch (IOException e) {
      err.println("vigor: cannot write " + json + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
