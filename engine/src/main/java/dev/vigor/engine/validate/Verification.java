package dev.vigor.engine.validate;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Verifies one NF against spec files: checks each, runs the executor once, validates every trace. */
public final class Verification {
  private Verification() {}

  /** One spec file's outcome: its checker diagnostics if it is malformed, else every trace's result. */
  public record SpecResult(Path file, List<Diagnostic> diagnostics, List<TraceResult> traces,
      long millis) {
    public SpecResult {
      diagnostics = List.copyOf(diagnostics);
      traces = List.copyOf(traces);
    }

    /** Worst verdict over the traces; unknown when there is none or the spec is malformed. */
    public Verdict verdict() {
      if (!diagnostics.isEmpty() || traces.isEmpty()) {
        return Verdict.UNKNOWN;
      }
      return traces.stream().map(TraceResult::verdict).reduce(Verdict.PROVED, Verdict::worst);
    }
  }

  /** Everything one run found: the low-level checks that failed or were undecided, and each spec's result. */
  public record Result(List<LowLevel> lowLevel, List<SpecResult> specs) {
    public Result {
      lowLevel = List.copyOf(lowLevel);
      specs = List.copyOf(specs);
    }
  }

  /**
   * A low-level check the executor reported; {@code confirmed} when its input, replayed
   * concretely, fails that very check (only then is it a violation; otherwise unknown). Plain
   * data: nothing here refers to the executor's Z3 context, which is closed after the run.
   */
  public record LowLevel(String check, String loc, String message, boolean failed,
      dev.vigor.engine.exec.ConcreteInput input, boolean confirmed) {
    public Verdict verdict() {
      return confirmed ? Verdict.VIOLATED : Verdict.UNKNOWN;
    }
  }

  /** Checks a spec file against the NF's interface; empty with diagnostics when malformed. */
  public static SpecCheckResult check(Path nfDir, LoadedNf nf, Path specFile) {
    return SpecChecker.check(specFile,
        new ImportSearch(Optional.of(nfDir.resolve("props")), List.of()),
        Optional.of(SpecInterfaces.of(nf)));
  }

  /** Runs symbolic execution once and validates every given spec against every trace. */
  public static Result run(Path nfDir, LoadedNf nf, List<Path> specFiles,
      long traceTimeoutMs) throws IOException {
    NfConfig config = NfConfig.load(nfDir);
    List<SpecResult> out = new ArrayList<>();
    try (SymexResult symex = SymbolicExecutor.run(nf.program(), config, ProgressListener.NONE,
        CancelToken.none())) {
      Validator v = new Validator(nf.program(), config, symex, traceTimeoutMs);
      for (Path f : specFiles) {
        long t0 = System.nanoTime();
        SpecCheckResult r = check(nfDir, nf, f);
        List<Diagnostic> errors = r.diagnostics().stream()
            .filter(Diagnostic::isError).toList();
        if (r.spec().isEmpty() || !errors.isEmpty()) {
          out.add(new SpecResult(f, r.diagnostics(), List.of(), 0));
          continue;
        }
        Spec spec = r.spec().get();
        out.add(new SpecResult(f, List.of(), v.validate(spec), (System.nanoTime() - t0) / 1_000_000));
      }
      List<LowLevel> low = new ArrayList<>();
      for (CheckResult c : symex.checks()) {
        boolean confirmed = false;
        if (c.status() == CheckResult.Status.FAILED && c.input() != null) {
          var run = new dev.vigor.engine.concrete.ConcreteInterpreter(nf.program(), config)
              .replay(c.input());
          confirmed = run.failed() && run.failedCheck() == c.check();
        }
        low.add(new LowLevel(String.valueOf(c.check()), String.valueOf(c.loc()), c.message(),
            c.status() == CheckResult.Status.FAILED, c.input(), confirmed));
      }
      return new Result(low, out);
    }
  }
}
