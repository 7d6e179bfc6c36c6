package dev.vigor.app.results;

import dev.vigor.app.cex.CounterexampleModel;
import dev.vigor.app.cex.SourceRef;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.validate.Counterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verification;
import java.util.List;
import java.util.Optional;

/**
 * Turns a run on show back into the engine's result type, so the engine's SARIF and JUnit
 * writers report saved runs too. What a run file does not keep (hash values, the structure of
 * pre-state entries) the reports do not use.
 */
final class EngineResults {
  private EngineResults() {}

  static Verification.Result of(RunRecord run) {
    return new Verification.Result(List.of(), run.properties().stream().map(EngineResults::spec).toList());
  }

  private static Verification.SpecResult spec(PropertyOutcome p) {
    List<Diagnostic> diagnostics = p.diagnostics().stream().map(d -> diagnostic(p, d)).toList();
    List<TraceResult> traces = p.traces().stream().map(EngineResults::trace).toList();
    return new Verification.SpecResult(p.file(), diagnostics, traces, p.millis(), p.sources());
  }

  private static TraceResult trace(TraceOutcome t) {
    return new TraceResult(t.traceId(), t.verdict(), t.reasons(),
        t.counterexample().map(EngineResults::counterexample), t.millis());
  }

  private static Counterexample counterexample(CounterexampleModel c) {
    byte[] packet = c.packet();
    ConcreteInput input = c.input() != null ? c.input() : new ConcreteInput(c.device(), packet,
        packet.length, c.now(), List.of(), List.of());
    return new Counterexample(input, c.nfOutcome(), c.specOutcome(), c.specLine(), c.steps(),
        c.readable());
  }

  // Saved as "file:line:col: error: message"; the location is kept when it reads back.
  private static Diagnostic diagnostic(PropertyOutcome p, String text) {
    Optional<SourceRef> ref = SourceRef.parse(text);
    String message = ref.map(SourceRef::rest).orElse(text).replaceFirst("^(error|warning): ", "");
    SourceLocation at = ref.map(r -> SourceLocation.of(r.file(), r.line(), 1))
        .orElse(SourceLocation.of(p.file().toString(), 1, 1));
    return text.contains(": warning: ") ? Diagnostic.warning(at, message) : Diagnostic.error(at, message);
  }
}
