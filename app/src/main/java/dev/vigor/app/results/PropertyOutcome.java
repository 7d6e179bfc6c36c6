package dev.vigor.app.results;

import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;

/** One spec file's result in a run: its verdict, time, checker messages and traces. */
public record PropertyOutcome(Path file, Verdict verdict, long millis, List<String> diagnostics,
    List<TraceOutcome> traces) {
  public PropertyOutcome {
    diagnostics = List.copyOf(diagnostics);
    traces = List.copyOf(traces);
  }

  /** The outcome of an engine spec result. */
  public static PropertyOutcome of(Verification.SpecResult r) {
    return new PropertyOutcome(r.file(), r.verdict(), r.millis(),
        r.diagnostics().stream().map(d -> d.format()).toList(),
        r.traces().stream().map(TraceOutcome::of).toList());
  }

  /** The file name, which is how people name a property. */
  public String name() {
    return file.getFileName().toString();
  }
}
