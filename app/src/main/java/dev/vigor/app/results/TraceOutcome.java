package dev.vigor.app.results;

import dev.vigor.app.cex.CounterexampleModel;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import java.util.List;
import java.util.Optional;

/** One trace's verdict for one property, as shown and as saved. */
public record TraceOutcome(int traceId, Verdict verdict, long millis, List<String> reasons,
    Optional<CounterexampleModel> counterexample) {
  public TraceOutcome {
    reasons = List.copyOf(reasons);
  }

  /** The outcome of an engine trace result. */
  public static TraceOutcome of(TraceResult r) {
    return new TraceOutcome(r.traceId(), r.verdict(), r.millis(), r.reasons(),
        r.counterexample().map(CounterexampleModel::of));
  }
}
