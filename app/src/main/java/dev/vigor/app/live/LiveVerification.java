package dev.vigor.app.live;

import dev.vigor.app.files.OpenFile;
import dev.vigor.engine.cache.WarmNf;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.validate.LineVerdicts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * Live verification of one open spec file: a pause in typing (the editor's debounce) verifies the
 * unsaved buffer in the background against the NF's cached traces, the newest text winning; each
 * edit cancels the run under way and clears the marks (their lines may have moved). The view
 * binds the per-line verdicts and the status line. FX thread only; the engine runs on background
 * (the verifier's own thread, {@link LiveVerifier#executor()}).
 */
public final class LiveVerification {
  private final OpenFile file;
  private final LiveVerifier verifier;
  private final LiveRuns<LiveOutcome> runs;
  private final PauseTransition pause;
  private final ReadOnlyObjectWrapper<Map<Integer, LineVerdicts.Line>> lines =
      new ReadOnlyObjectWrapper<>(this, "lines", Map.of());
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ChangeListener<String> edited = (o, old, now) -> edited();
  private final ChangeListener<Boolean> switched = (o, old, on) -> switched(on);
  private final ChangeListener<Path> moved = (o, old, now) -> verifyNow();
  private volatile Path nfDir;

  /** Live verification of file by verifier, on background, debounce after the last edit. */
  public LiveVerification(OpenFile file, LiveVerifier verifier, Executor background,
      Duration debounce) {
    this.file = file;
    this.verifier = verifier;
    this.runs = new LiveRuns<>(background, Platform::runLater, this::show);
    this.pause = new PauseTransition(javafx.util.Duration.millis(debounce.toMillis()));
    pause.setOnFinished(e -> verifyNow());
    file.textProperty().addListener(edited);
    file.pathProperty().addListener(moved);
    verifier.enabledProperty().addListener(switched);
    verifyNow();
  }

  /** The verdict per 1-based line of the buffer last verified; empty while none holds. */
  public ReadOnlyObjectProperty<Map<Integer, LineVerdicts.Line>> linesProperty() {
    return lines.getReadOnlyProperty();
  }

  /** One line saying what live verification does or found, e.g. {@code live: violated at line 12}. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Opens the counterexample of a violated line where the Runs and trace views show theirs. */
  public void openCounterexample(LineVerdicts.Line line) {
    Path nf = nfDir;
    if (nf != null) {
      line.counterexample().ifPresent(r -> verifier.openCounterexample(nf, file.path(), r));
    }
  }

  /** Stops listening and cancels the run under way (the file's tab closed). */
  public void dispose() {
    pause.stop();
    runs.stale();
    file.textProperty().removeListener(edited);
    file.pathProperty().removeListener(moved);
    verifier.enabledProperty().removeListener(switched);
  }

  private void edited() {
    runs.stale();
    lines.set(Map.of());
    if (verifier.enabledProperty().get()) {
      status.set("live: waiting for a pause in typing…");
      pause.playFromStart();
    }
  }

  private void switched(boolean on) {
    if (on) {
      verifyNow();
    } else {
      pause.stop();
      runs.stale();
      show(LiveOutcome.say("live: off (Verify ▸ Live verification turns it on)"));
    }
  }

  /** Verifies the buffer as it is now. */
  private void verifyNow() {
    pause.stop();
    if (!verifier.enabledProperty().get()) {
      switched(false);
      return;
    }
    Path path = file.path();
    Map<Path, String> buffers = verifier.buffers();
    String text = file.text();
    lines.set(Map.of());
    status.set("live: verifying…");
    runs.start(cancel -> {
      Optional<Path> nf = LiveVerifier.nfDirOf(path);
      if (nf.isEmpty()) {
        return LiveOutcome.say("live: off — this file is in no NF folder (no nf.properties above it)");
      }
      nfDir = nf.get();
      // the buffer handed over, not the saved file; other open specs' buffers for its imports
      Map<Path, String> sources = new java.util.HashMap<>(buffers);
      sources.put(path, text);
      try {
        WarmNf.Outcome o = verifier.verify(nf.get(), path, SpecSources.of(sources), cancel);
        return LiveOutcome.of(o, path.toString());
      } catch (DiagnosticException e) {
        return LiveOutcome.say("live: the NF does not compile: " + e.diagnostics().get(0).message());
      } catch (IOException | RuntimeException e) {
        if (e instanceof dev.vigor.engine.run.CancelledException c) {
          throw c;
        }
        return LiveOutcome.say("live: failed: " + e.getMessage());
      }
    });
  }

  private void show(LiveOutcome o) {
    lines.set(o.lines());
    status.set(o.status());
  }
}
