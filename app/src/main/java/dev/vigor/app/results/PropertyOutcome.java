package dev.vigor.app.results;

import dev.vigor.engine.spec.SourceHash;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;

/**
 * One spec file's result in a run: its verdict, time, checker messages and traces, and the
 * SHA-256 of each text verified (the file first, then what it imports; empty for old run files).
 */
public record PropertyOutcome(Path file, Verdict verdict, long millis, List<String> diagnostics,
    List<TraceOutcome> traces, List<SourceHash> sources) {
  public PropertyOutcome {
    diagnostics = List.copyOf(diagnostics);
    traces = List.copyOf(traces);
    sources = List.copyOf(sources);
  }

  /** Whether any text verified was an unsaved editor buffer. */
  public boolean verifiedUnsavedText() {
    return sources.stream().anyMatch(SourceHash::unsaved);
  }

  /** The outcome of an engine spec result. */
  public static PropertyOutcome of(Verification.SpecResult r) {
    return new PropertyOutcome(r.file(), r.verdict(), r.millis(),
        r.diagnostics().stream().map(d -> d.format()).toList(),
        r.traces().stream().map(TraceOutcome::of).toList(), r.sources());
  }

  /** The file name, which is how people name a property. */
  public String name() {
    return file.getFileName().toString();
  }
}
