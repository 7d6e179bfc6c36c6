package dev.vigor.editor;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.diag.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Runs the spec checker off the FX thread and delivers only the newest text's result: every edit
 * bumps a version, each run carries the version of the text it checked, and a result whose version
 * is no longer current is dropped. All methods but the checker itself run on the FX thread.
 */
final class LiveCheck {
  private final Function<String, List<Diagnostic>> checker;
  private final Executor background;
  private final Consumer<List<Diagnostic>> deliver;
  private long version;

  LiveCheck(Function<String, List<Diagnostic>> checker, Executor background,
      Consumer<List<Diagnostic>> deliver) {
    this.checker = Objects.requireNonNull(checker);
    this.background = Objects.requireNonNull(background);
    this.deliver = Objects.requireNonNull(deliver);
  }

  /** The text changed: results of runs started before now are stale. */
  void textChanged() {
    version++;
  }

  /** Checks {@code text}, the current text, in the background. */
  void check(String text, String sourceName) {
    long mine = version;
    try {
      background.execute(() -> {
        List<Diagnostic> result = run(text, sourceName);
        Platform.runLater(() -> {
          if (mine == version) {
            deliver.accept(result);
          }
        });
      });
    } catch (RejectedExecutionException e) {
      // The owner shut its executor down (the editor is being closed): nothing left to show.
    }
  }

  private List<Diagnostic> run(String text, String sourceName) {
    try {
      return List.copyOf(checker.apply(text));
    } catch (RuntimeException e) {
      // A checker bug must not kill live checking; show it where the user looks.
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return List.of(new Diagnostic(Severity.ERROR,
          new SourceLocation(sourceName == null ? "" : sourceName, 1, 1, 0),
          "internal error in the spec checker: " + why));
    }
  }
}
