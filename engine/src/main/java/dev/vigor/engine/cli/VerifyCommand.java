package dev.vigor.engine.cli;

import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.report.JUnitReport;
import dev.vigor.engine.report.SarifReport;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor verify}: proves an NF against its spec and properties, trace by trace. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {"Validate every trace of an NF against its spec and properties with Z3.",
        "Without --spec/--prop: spec.py and every props/*.py of the NF folder.",
        "A violation is reported only when its counterexample replays concretely.",
        "Exit 0: all proved; 1: a violation; 2: something unknown remains; 3: bad input."})
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NF_DIR", description = "The NF's folder.")
  Path nfDir;

  @Option(names = "--spec", paramLabel = "FILE", description = "A spec file to check (instead of the defaults).")
  List<Path> specs = new ArrayList<>();

  @Option(names = "--prop", paramLabel = "NAME", description = "A property of props/ by name (e.g. learn or learn.py).")
  List<String> props = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
  Path json;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Write the results as SARIF 2.1.0 (for code-scanning viewers).")
  Path sarif;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write the results as JUnit XML (one testcase per spec or property).")
  Path junit;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
      description = "Validate traces on N threads (each runs symbolic execution in its own Z3 context); verdicts do not depend on N.")
  int jobs;

  @Option(names = "--trace-timeout", paramLabel = "MS", defaultValue = "60000",
      description = "Z3 timeout per query, in ms (default ${DEFAULT-VALUE}); a timeout is unknown, never proved.")
  long traceTimeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(nfDir)) {
      err.println("vigor: " + nfDir + " is not a directory; pass an NF folder");
      return ExitCodes.BAD_INPUT;
    }
    if (jobs < 1) {
      err.println("vigor: --jobs must be at least 1");
      return ExitCodes.BAD_INPUT;
    }
    List<Path> files = new ArrayList<>(specs);
    for (String p : props) {
      Path f = nfDir.resolve("props").resolve(p.endsWith(".py") ? p : p + ".py");
      if (!Files.isRegularFile(f)) {
        err.println("vigor: no property " + p + " (" + f + " does not exist)");
        return ExitCodes.BAD_INPUT;
      }
      files.add(f);
    }
    if (files.isEmpty()) {
      files.add(nfDir.resolve("spec.py"));
      Path dir = nfDir.resolve("props");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(f -> f.toString().endsWith(".py")).sorted().forEach(files::add);
        } catch (IOException e) {
          err.println("vigor: cannot list " + dir + ": " + e.getMessage());
          return ExitCodes.BAD_INPUT;
        }
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        err.println("vigor: " + f + " does not exist");
        return ExitCodes.BAD_INPUT;
      }
    }
    List<Verification.SpecResult> results;
    Verification.Result all;
    String nfName;
    try {
      LoadedNf nf = LoadedNf.load(nfDir);
      nfName = nf.descriptor().name();
      if (allMalformed(nf, files, out, err)) {
        // nothing to verify: say so now rather than after a symbolic execution nobody needs
        return ExitCodes.BAD_INPUT;
      }
      all = Verification.run(nfDir, nf, files, traceTimeout, jobs);
      results = all.specs();
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(d -> err.println(d));
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (OutsideSubsetException | IllegalStateException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    boolean bad = false;
    Verdict worst = Verdict.PROVED;
    // Low-level checks hold whatever the spec says; a failed one is the NF's violation.
    for (Verification.LowLevel l : all.lowLevel()) {
      worst = worst.worst(l.verdict());
      out.printf("low-level %s %s at %s: %s%s%n", l.verdict(), l.check(), l.loc(), l.message(),
          l.confirmed() ? " (replayed)" : l.failed() ? " (did not replay)" : " (undecided)");
      if (l.input() != null) {
        out.println("    input: " + l.input().summary());
      }
    }
    for (Verification.SpecResult r : results) {
      String name = display(r.file());
      if (!r.diagnostics().isEmpty() && r.traces().isEmpty()) {
        bad = true;
        out.printf("%-28s BAD INPUT%n", name);
        r.diagnostics().forEach(d -> err.println(d));
        continue;
      }
      long proved = count(r, Verdict.PROVED);
      long violated = count(r, Verdict.VIOLATED);
      long unknown = count(r, Verdict.UNKNOWN);
      worst = worst.worst(r.verdict());
      out.printf("%-28s %-8s traces %d: %d proved, %d violated, %d unknown (%d ms)%n", name,
          r.verdict().name().toLowerCase(), r.traces().size(), proved, violated, unknown, r.millis());
      for (TraceResult t : r.traces()) {
        if (t.verdict() == Verdict.VIOLATED) {
          out.printf("  trace %d VIOLATED%n", t.traceId());
          out.print(t.counterexample().orElseThrow().render());
        } else if (t.verdict() == Verdict.UNKNOWN) {
          out.printf("  trace %d UNKNOWN: %s%n", t.traceId(), String.join("; ", t.reasons()));
        }
      }
    }
    if (json != null) {
      try {
        Files.writeString(json, dev.vigor.engine.validate.ResultJson.of(nfDir, all));
        out.println("wrote " + json);
      } catch (IOException e) {
        err.println("vigor: cannot write " + json + ": " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    try {
      if (sarif != null) {
        SarifReport.write(all, nfDir, sarif);
        out.println("wrote " + sarif);
      }
      if (junit != null) {
        JUnitReport.write(all, nfDir, nfName, junit);
        out.println("wrote " + junit);
      }
    } catch (IOException e) {
      err.println("vigor: cannot write a report: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    out.flush();
    err.flush();
    if (bad) {
      return ExitCodes.BAD_INPUT;
    }
    return switch (worst) {
      case PROVED -> ExitCodes.OK;
      case VIOLATED -> ExitCodes.VIOLATED;
      case UNKNOWN -> ExitCodes.UNKNOWN;
    };
  }

  /** Prints every file's errors and returns true when no file passes the spec checker. */
  private boolean allMalformed(LoadedNf nf, List<Path> files, PrintWriter out, PrintWriter err) {
    List<List<Diagnostic>> errors = new ArrayList<>();
    for (Path f : files) {
      var checked = Verification.check(nfDir, nf, f);
      List<Diagnostic> es = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
      if (es.isEmpty() && checked.spec().isPresent()) {
        return false;
      }
      errors.add(es);
    }
    for (int i = 0; i < files.size(); i++) {
      out.printf("%-28s BAD INPUT%n", display(files.get(i)));
      errors.get(i).forEach(err::println);
    }
    out.flush();
    err.flush();
    return true;
  }

  private String display(Path file) {
    return file.startsWith(nfDir) ? nfDir.relativize(file).toString() : file.toString();
  }

  private static long count(Verification.SpecResult r, Verdict v) {
    return r.traces().stream().filter(t -> t.verdict() == v).count();
  }
}
