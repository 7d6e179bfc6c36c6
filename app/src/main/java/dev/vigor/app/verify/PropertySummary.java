package dev.vigor.app.verify;

import dev.vigor.engine.spec.InitSpecFiles;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** One property's line in the run's summary: its status so far and the counts behind it. */
public final class PropertySummary {
  private final Path file;
  private final boolean init;
  private final ObjectProperty<TraceStatus> status = new SimpleObjectProperty<>(TraceStatus.QUEUED);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();

  PropertySummary(Path file) {
    this.file = file;
    // Decided once: summaries are updated on the FX thread at every trace.
    this.init = InitSpecFiles.isInitSpec(file);
    text.set(name() + ": waiting");
  }

  public Path file() {
    return file;
  }

  /** Whether it is an init spec: one check, nf_init's tables, instead of one per trace. */
  public boolean init() {
    return init;
  }

  /** The file name. */
  public String name() {
    return file.getFileName().toString();
  }

  /** Queued, running, or the worst verdict once every trace is decided. */
  public ObjectProperty<TraceStatus> statusProperty() {
    return status;
  }

  /** e.g. {@code no_loop.py: proved, 19 of 19 traces, 2.1 s}. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  void update(TraceStatus s, String line) {
    status.set(s);
    text.set(line);
  }
}
