package dev.vigor.app.verify;

import dev.vigor.engine.spec.InitSpecFiles;
import dev.vigor.engine.spec.SourceHash;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One property's line in the run's summary: its status so far, the counts behind it, and which
 * text was verified (the SHA-256 of the file as checked and of each property it imports).
 */
public final class PropertySummary {
  private final Path file;
  private final boolean init;
  private final ObjectProperty<TraceStatus> status = new SimpleObjectProperty<>(TraceStatus.QUEUED);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper sourcesText = new ReadOnlyStringWrapper("");
  private List<SourceHash> sources = List.of();
  private String line;

  PropertySummary(Path file) {
    this.file = file;
    // Decided once: summaries are updated on the FX thread at every trace.
    this.init = InitSpecFiles.isInitSpec(file);
    update(TraceStatus.QUEUED, name() + ": waiting");
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

  /**
   * e.g. {@code no_loop.py: proved, 19 of 19 traces, 2.1 s · sha256 3f2a9c1b}, with
   * {@code (unsaved text)} when an editor buffer that was not saved was verified.
   */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** One line per text verified: file, full SHA-256, whether it was unsaved (for a tooltip). */
  public ReadOnlyStringProperty sourcesTextProperty() {
    return sourcesText.getReadOnlyProperty();
  }

  /** The texts verified, the file first, then its imports; empty until checked. */
  public List<SourceHash> sources() {
    return sources;
  }

  void update(TraceStatus s, String line) {
    this.line = line;
    status.set(s);
    text.set(line + hashSuffix());
  }

  void setSources(List<SourceHash> hashes) {
    sources = List.copyOf(hashes);
    sourcesText.set(sources.stream().map(h -> h.file().getFileName() + "  sha256 " + h.sha256()
        + (h.unsaved() ? "  (unsaved editor text)" : "")).collect(Collectors.joining("\n")));
    text.set(line + hashSuffix());
  }

  // The spec's own hash names the run's input in the row; imports are in the tooltip.
  private String hashSuffix() {
    if (sources.isEmpty()) {
      return "";
    }
    long unsaved = sources.stream().filter(SourceHash::unsaved).count();
    return " · sha256 " + sources.get(0).shortHash()
        + (sources.get(0).unsaved() ? " (unsaved text)"
            : unsaved > 0 ? " (imports unsaved text)" : "");
  }
}
