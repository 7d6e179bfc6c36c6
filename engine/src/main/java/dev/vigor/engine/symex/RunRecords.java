package dev.vigor.engine.symex;

import com.microsoft.z3.Expr;
import dev.vigor.engine.spec.SourceHash;
import java.util.ArrayList;
import java.util.List;

/** Turns a run into its {@link RecordedRun} parts and holds a replayed run to its record. */
final class RunRecords {
  private RunRecords() {}

  /** The choices as {@link RecordedRun#choices()} writes them. */
  static String choices(List<PathRun.Choice> choices) {
    StringBuilder s = new StringBuilder(choices.size());
    for (PathRun.Choice c : choices) {
      s.append(c.taken() ? (c.forked() ? 'T' : 't') : (c.forked() ? 'F' : 'f'));
    }
    return s.toString();
  }

  /** The recorded choices as a prefix to replay (conditions and places come from the run). */
  static List<PathRun.Choice> choices(RecordedRun rec) {
    List<PathRun.Choice> out = new ArrayList<>(rec.choices().length());
    for (char c : rec.choices().toCharArray()) {
      if ("TtFf".indexOf(c) < 0) {
        throw new ReplayMismatch("a recorded choice is '" + c + "', not one of T, t, F, f");
      }
      out.add(new PathRun.Choice(c == 'T' || c == 't', c == 'T' || c == 'F', null, null));
    }
    return out;
  }

  /**
   * A fingerprint of what the run did, in its own terms: the branches with their conditions, the
   * statement and decision counts, the libVig calls, the reports and the verdict. Two runs of the
   * same program along the same answers give the same one.
   */
  static String digest(PathRun run, Expr<?> verdict, boolean kept) {
    StringBuilder s = new StringBuilder();
    s.append(choices(run.choices)).append('\n');
    s.append(run.decisions.size()).append(' ').append(run.steps.size()).append(' ')
        .append(run.checks.size()).append(' ').append(kept).append('\n');
    run.pathText.forEach(t -> s.append(t).append('\n'));
    run.calls.forEach(c -> s.append(c.function()).append(' ').append(c.object()).append('\n'));
    s.append(run.endedBy == null ? "-" : run.endedBy.check() + " " + run.endedBy.loc()).append('\n');
    s.append(verdict == null ? "-" : verdict.toString());
    return SourceHash.sha256(s.toString()).substring(0, 32);
  }

  /** Throws {@link ReplayMismatch} unless the replayed run is the one recorded. */
  static void matches(RecordedRun rec, PathRun run, RecordedRun.End end, String digest) {
    if (!rec.choices().equals(choices(run.choices))) {
      throw new ReplayMismatch("a replayed run took " + run.choices.size() + " branches, its record "
          + rec.choices().length());
    }
    if (rec.end() != end) {
      throw new ReplayMismatch("a replayed run ended " + end + ", its record says " + rec.end());
    }
    if (!run.usedAllOutcomes()) {
      throw new ReplayMismatch("a replayed run met fewer checks than its record");
    }
    if (!rec.digest().equals(digest)) {
      throw new ReplayMismatch("a replayed run's path (conditions, calls or verdict) differs from"
          + " its record");
    }
  }
}
