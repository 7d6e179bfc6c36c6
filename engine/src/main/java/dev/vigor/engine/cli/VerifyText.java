package dev.vigor.engine.cli;

import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.spec.InitSpecFiles;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A finished run as text on stdout: the low-level findings with their inputs, one line per spec
 * with its verdict and counts, each violated or unknown trace with why, and a last line with the
 * run's verdict (and, when it stopped early, why). A spec of a trace that fails a low-level check
 * never reads proved.
 */
final class VerifyText {
  private VerifyText() {}

  static void print(Verification.Result all, Function<Path, String> display, PrintWriter out,
      boolean fullTrace) {
    for (Verification.LowLevel l : all.lowLevel()) {
      out.printf("low-level %s %s%n", l.verdict(), l.describe());
      if (l.input() != null) {
        // the packet as a spec names its headers, as a counterexample shows it
        ReadableCounterexample.untyped(l.input(), l.cSteps()).inputLines()
            .forEach(line -> out.println("    " + line));
      }
    }
    for (Verification.SpecResult r : all.specs()) {
      if (!r.diagnostics().isEmpty() && r.traces().isEmpty()) {
        continue; // malformed: said with its diagnostics
      }
      long proved = count(r, Verdict.PROVED);
      long violated = count(r, Verdict.VIOLATED);
      long unknown = count(r, Verdict.UNKNOWN);
      if (InitSpecFiles.isInitSpec(r.file())) {
        out.printf("%-28s %-8s nf_init's tables (%d ms)%n", display.apply(r.file()),
            r.verdict().name().toLowerCase(), r.millis());
      } else {
        out.printf("%-28s %-8s traces %d: %d proved, %d violated, %d unknown (%d ms)%n",
            display.apply(r.file()), r.verdict().name().toLowerCase(), r.traces().size(), proved,
            violated, unknown, r.millis());
      }
      long unchecked = 0;
      for (TraceResult t : r.traces()) {
        if (t.verdict() == Verdict.VIOLATED && t.counterexample().isPresent()) {
          out.printf("  %s VIOLATED%n", t.label());
          out.print(t.counterexample().get().render(fullTrace));
        } else if (t.reasons().stream().allMatch(Verification::isNotChecked)
            && t.verdict() == Verdict.UNKNOWN) {
          unchecked++;
        } else if (t.verdict() != Verdict.PROVED) {
          // a low-level failure (its input is above) or an undecided trace
          out.printf("  %s %s: %s%n", t.label(), t.verdict(), String.join("; ", t.reasons()));
        }
      }
      if (unchecked > 0) {
        out.printf("  %d traces not checked (%s)%n", unchecked, all.stopped());
      } else if (r.traces().isEmpty() && all.stopped() != null) {
        out.printf("  not checked (%s)%n", all.stopped());
      }
    }
    for (dev.vigor.engine.layers.LayerResult l : all.lowerLayers()) {
      // a layer stopped before it started has no bounds to name
      out.printf("%-28s %-8s paths %d%s (%d ms)%n", "layer " + l.layer(),
          l.verdict().name().toLowerCase(), l.paths(),
          l.bounds().isEmpty() ? "" : ", at " + String.join(", ", l.bounds()), l.millis());
      for (dev.vigor.engine.layers.LayerFinding f : l.findings()) {
        out.printf("  %s: %s: %s (%s)%n", f.loc(), f.failed() ? "violated" : "undecided",
            f.message(), f.check());
        f.inputs().forEach((k, v) -> out.printf("    %s = %s%n", k, v));
        if (fullTrace) {
          f.cSteps().forEach(step -> out.println("      " + step));
        }
      }
    }
    long lowLevel = all.lowLevel().stream().filter(l -> l.verdict() == Verdict.VIOLATED).count();
    long specsProved = all.specs().stream().filter(s -> s.verdict() == Verdict.PROVED).count();
    out.printf("result: %s (%d of %d specs proved%s)%s%n", all.verdict().name().toLowerCase(),
        specsProved, all.specs().size(),
        lowLevel > 0 ? "; " + lowLevel + " low-level " + (lowLevel == 1 ? "failure" : "failures")
            : "",
        all.stopped() != null ? "; stopped early: " + all.stopped() : "");
  }

  private static long count(Verification.SpecResult r, Verdict v) {
    return r.traces().stream().filter(t -> t.verdict() == v).count();
  }
}
