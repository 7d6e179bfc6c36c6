package dev.vigor.engine.validate;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecWalk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one verification of a spec says about each line of one of its files, for an editor's
 * gutter: a statement line is proved when every trace was proved; a line a counterexample names
 * is violated (with the first trace that shows it); every other statement line is unknown, since
 * not every trace was proved. Lines without a statement get nothing.
 */
public final class LineVerdicts {
  private LineVerdicts() {}

  /** One line's verdict; counterexample is the trace result that violates it, when violated. */
  public record Line(int number, Verdict verdict, String detail, Optional<TraceResult> counterexample) {}

  /**
   * The verdict of each statement line of {@code file} (a name as the checker gives locations)
   * from result, the verification of spec; empty when the spec did not check (its diagnostics
   * say why) or no trace was verified.
   */
  public static Map<Integer, Line> of(Spec spec, String file, Verification.SpecResult result) {
    if (result.traces().isEmpty()) {
      return Map.of();
    }
    List<TraceResult> traces = result.traces();
    long proved = traces.stream().filter(t -> t.verdict() == Verdict.PROVED).count();
    Map<Integer, Line> out = new TreeMap<>();
    if (proved == traces.size()) {
      String detail = "proved on all " + traces.size() + " traces";
      for (int line : SpecWalk.statementLines(spec.body(), file)) {
        out.put(line, new Line(line, Verdict.PROVED, detail, Optional.empty()));
      }
      return Collections.unmodifiableMap(out);
    }
    Map<Integer, List<TraceResult>> violations = new TreeMap<>();
    for (TraceResult t : traces) {
      if (t.verdict() != Verdict.VIOLATED || t.counterexample().isEmpty()) {
        continue;
      }
      Optional<SourceLocation> at = t.counterexample().get().specLocation();
      if (at.isPresent() && at.get().file().equals(file)) {
        violations.computeIfAbsent(at.get().line(), k -> new ArrayList<>()).add(t);
      }
    }
    violations.forEach((line, shown) -> {
      Counterexample c = shown.get(0).counterexample().get();
      String detail = "violated on " + labels(shown) + ": the NF did " + c.nfOutcome()
          + ", the spec says " + c.specOutcome();
      out.put(line, new Line(line, Verdict.VIOLATED, detail, Optional.of(shown.get(0))));
    });
    String unknown = "not proved: " + proved + " of " + traces.size() + " traces proved";
    for (int line : SpecWalk.statementLines(spec.body(), file)) {
      out.putIfAbsent(line, new Line(line, Verdict.UNKNOWN, unknown, Optional.empty()));
    }
    return Collections.unmodifiableMap(out);
  }

  private static String labels(List<TraceResult> traces) {
    String first = traces.get(0).label();
    return traces.size() == 1 ? first : first + " and " + (traces.size() - 1) + " more";
  }
}
