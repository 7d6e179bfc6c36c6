package dev.vigor.app.live;

import dev.vigor.engine.cache.WarmNf;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.validate.LineVerdicts;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one live verification shows: the verdict per line of the file edited, and the status line,
 * e.g. {@code live: 19 of 19 traces proved (0.41 s, traces in memory)}.
 */
record LiveOutcome(Map<Integer, LineVerdicts.Line> lines, String status) {
  LiveOutcome {
    lines = Map.copyOf(lines);
  }

  /** A status without marks (verifying, off, not verified). */
  static LiveOutcome say(String status) {
    return new LiveOutcome(Map.of(), status);
  }

  /** The marks and status line of o, a verification of the file named name by the checker. */
  static LiveOutcome of(WarmNf.Outcome o, String name) {
    if (o.result().isEmpty()) {
      return say("live: not verified — the spec has problems (see below)");
    }
    Verification.SpecResult r = o.result().get();
    Map<Integer, LineVerdicts.Line> lines = LineVerdicts.of(o.checked().spec().get(), name, r);
    List<TraceResult> traces = r.traces();
    long proved = traces.stream().filter(t -> t.verdict() == Verdict.PROVED).count();
    String how = String.format(Locale.ROOT, " (%.2f s, traces %s)", o.millis() / 1000.0,
        switch (o.traces()) {
          case KEPT -> "in memory";
          case REPLAYED -> "from cache";
          default -> "explored";
        });
    String of = proved + " of " + traces.size() + (traces.size() == 1 ? " trace" : " traces");
    return switch (r.verdict()) {
      case PROVED -> new LiveOutcome(lines, "live: " + of + " proved" + how);
      case VIOLATED -> new LiveOutcome(lines, "live: violated" + where(traces, name) + how
          + (lines.values().stream().anyMatch(l -> l.counterexample().isPresent())
              ? " · click ✗ for the counterexample" : ""));
      default -> new LiveOutcome(lines, "live: unknown; " + of + " proved" + how);
    };
  }

  /** Where the first counterexample points and on which trace: this file's line, another file's, or nowhere. */
  private static String where(List<TraceResult> traces, String name) {
    Optional<TraceResult> first = traces.stream()
        .filter(t -> t.verdict() == Verdict.VIOLATED && t.counterexample().isPresent()).findFirst();
    Optional<SourceLocation> at = first.flatMap(t -> t.counterexample().get().specLocation());
    if (at.isEmpty()) {
      boolean lowLevel = traces.stream().anyMatch(t -> t.verdict() == Verdict.VIOLATED
          && t.counterexample().isEmpty());
      return lowLevel ? " (the NF fails a low-level check)" : "";
    }
    String trace = " on " + first.get().label();
    if (at.get().file().equals(name)) {
      return " at line " + at.get().line() + trace;
    }
    Path other = Path.of(at.get().file()).getFileName();
    return " at " + (other == null ? at.get().file() : other) + ":" + at.get().line() + trace;
  }
}
