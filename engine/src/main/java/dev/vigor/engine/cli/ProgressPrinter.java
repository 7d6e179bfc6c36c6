package dev.vigor.engine.cli;

import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationObserver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Streams a verification to a person or a CI log as it goes: each phase as it starts, traces
 * done/total, and each violation and low-level failure the moment it is found. On a terminal the
 * count is one line redrawn in place; elsewhere (a CI log) it is a plain line every interval, so
 * a log gets neither carriage returns nor a line per trace. Called from the engine's workers.
 */
final class ProgressPrinter implements ProgressListener, VerificationObserver {
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private final Function<Path, String> display;
  private final LongSupplier clock;
  private final long started;
  private Phase phase;
  private long lastLine = Long.MIN_VALUE;
  private boolean redrawn;
  private int redrawnLength;
  private long violated;
  private long unknown;
  private long done;
  private long total = -1;

  /**
   * Prints to err; terminal says whether err is a terminal; interval is how often a CI log gets
   * a count line; display names spec files; clock gives nanoseconds.
   */
  ProgressPrinter(PrintWriter err, boolean terminal, long intervalNanos,
      Function<Path, String> display, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.intervalNanos = intervalNanos;
    this.display = display;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  @Override
  public synchronized void onProgress(Progress p) {
    if (p.phase() == Phase.DONE) {
      clearRedrawn();
      return;
    }
    if (p.phase() != phase) {
      phase = p.phase();
      line(p.phase().description() + " …");
      lastLine = clock.getAsLong();
    }
    if (p.phase() == Phase.VALIDATION) {
      done = p.done();
      total = p.total();
    }
    long now = clock.getAsLong();
    if (terminal) {
      if (now - lastLine >= REDRAW_NANOS) {
        String text = status(p);
        err.print("\r" + text + " ".repeat(Math.max(0, redrawnLength - text.length())));
        err.flush();
        redrawn = true;
        redrawnLength = text.length();
        lastLine = now;
      }
    } else if (now - lastLine >= intervalNanos) {
      line(status(p));
      lastLine = now;
    }
  }

  @Override
  public synchronized void explored(ExecutionTree tree, List<Integer> traceIds) {
    line(traceIds.size() + (traceIds.size() == 1 ? " trace" : " traces") + " to check");
  }

  @Override
  public synchronized void lowLevel(List<Verification.LowLevel> findings) {
    for (Verification.LowLevel l : findings) {
      line("low-level " + l.verdict() + " " + l.describe()
          + (l.input() != null ? "; input: " + l.input().summary().lines().findFirst().orElse("")
              : ""));
    }
  }

  @Override
  public synchronized void traceDone(Path specFile, TraceResult r) {
    if (r.verdict() == Verdict.VIOLATED) {
      violated++;
      // a low-level failure was printed once above; a spec's own violation is news
      r.counterexample().ifPresent(c -> line(display.apply(specFile) + ": " + r.label()
          + " VIOLATED at " + c.specLine() + ": the NF did \"" + c.nfOutcome()
          + "\", the spec requires \"" + c.specOutcome() + "\""));
    } else if (r.verdict() == Verdict.UNKNOWN) {
      unknown++;
    }
  }

  /** Blanks a redrawn status line so what follows starts on a clean line. */
  synchronized void finish() {
    clearRedrawn();
    err.flush();
  }

  private String status(Progress p) {
    String counts = p.phase() == Phase.VALIDATION && total >= 0
        ? done + " of " + total + " trace checks done" + (violated > 0 ? ", " + violated + " violated" : "")
            + (unknown > 0 ? ", " + unknown + " unknown" : "")
        : p.message();
    return "vigor: " + counts + " (" + elapsed() + ")";
  }

  private String elapsed() {
    long s = (clock.getAsLong() - started) / 1_000_000_000L;
    return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
  }

  private void line(String text) {
    clearRedrawn();
    err.println(text.startsWith("vigor: ") ? text : "vigor: " + text);
    err.flush();
  }

  private void clearRedrawn() {
    if (redrawn) {
      // blank the status line and write over it
      err.print("\r" + " ".repeat(redrawnLength) + "\r");
      redrawn = false;
      redrawnLength = 0;
    }
  }
}
