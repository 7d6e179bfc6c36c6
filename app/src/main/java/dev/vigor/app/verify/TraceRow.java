package dev.vigor.app.verify;

import dev.vigor.app.results.TraceOutcome;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One line of the per-trace list: a trace of one property, its status, and once known its outcome. */
public final class TraceRow {
  private final Path property;
  private final int traceId;
  private final ObjectProperty<TraceStatus> status = new SimpleObjectProperty<>(TraceStatus.QUEUED);
  private final ObjectProperty<TraceOutcome> outcome = new SimpleObjectProperty<>();
  private Path nfDir;

  /** A queued row. */
  public TraceRow(Path property, int traceId) {
    this.property = property;
    this.traceId = traceId;
  }

  /** A decided row. */
  public static TraceRow decided(Path property, TraceOutcome outcome) {
    TraceRow r = new TraceRow(property, outcome.traceId());
    r.decide(outcome);
    return r;
  }

  /** A decided row of a live verification of the NF in nfDir (not of the run on show). */
  public static TraceRow live(Path nfDir, Path property, TraceOutcome outcome) {
    TraceRow r = decided(property, outcome);
    r.nfDir = nfDir;
    return r;
  }

  /** The NF folder of a live row; null for a row of the run on show. */
  public Path nfDir() {
    return nfDir;
  }

  /** Records the trace's outcome. */
  public void decide(TraceOutcome o) {
    outcome.set(o);
    status.set(TraceStatus.of(o.verdict()));
  }

  public Path property() {
    return property;
  }

  public int traceId() {
    return traceId;
  }

  public ObjectProperty<TraceStatus> statusProperty() {
    return status;
  }

  /** The decided outcome, null while queued or running. */
  public ObjectProperty<TraceOutcome> outcomeProperty() {
    return outcome;
  }
}
