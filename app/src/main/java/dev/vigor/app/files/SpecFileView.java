package dev.vigor.app.files;

import dev.vigor.app.live.LiveVerification;
import dev.vigor.app.live.LiveVerifier;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.editor.VerdictMark;
import dev.vigor.engine.validate.LineVerdicts;
import java.util.HashMap;
import java.util.Map;
import dev.vigor.editor.EngineCheck;
import dev.vigor.editor.ProblemsView;
import dev.vigor.editor.SpecEditor;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * An open spec or property: the spec editor, checked live against its NF, over its problems list.
 * The editor's text and the {@link OpenFile}'s buffer are kept equal in both directions.
 */
public final class SpecFileView extends BorderPane {
  /** The editor's smallest height in px (about eight lines): it is never squeezed below this. */
  public static final double MIN_EDITOR_HEIGHT = 140;

  private final SpecEditor editor;
  private final ProblemsView problems;
  private final LiveVerification live;

  /** The editor of {@code file}; checks run through {@code tasks}; go-to-definition asks {@code viewModel}. */
  public SpecFileView(OpenFile file, OpenFilesViewModel viewModel, TaskExecutor tasks) {
    this(file, viewModel, tasks, null);
  }

  /**
   * As the other constructor, and while {@code verifier} (null: none) has live verification on,
   * the buffer is verified after each pause in typing: a verdict per line in the gutter and a
   * status line under the text.
   */
  public SpecFileView(OpenFile file, OpenFilesViewModel viewModel, TaskExecutor tasks,
      LiveVerifier verifier) {
    getStyleClass().addAll("file-view", "spec-file-view");
    editor = new SpecEditor(SpecChecks.forFile(file), asExecutor(tasks));
    editor.setId("spec-editor");
    editor.load(file.text());
    editor.sourceNameProperty().bind(Bindings.createStringBinding(
        () -> EngineCheck.sourceName(file.path()), file.pathProperty()));
    editor.nfInterfaceProperty().bind(file.nfInterfaceProperty());
    editor.propsDirProperty().bind(Bindings.createObjectBinding(() -> propsDirOf(file.path()), file.pathProperty()));
    editor.nfInterfaceProperty().addListener((o, old, now) -> editor.recheck());
    editor.setOnOpenImport(name -> viewModel.openImport(file, name));

    // Edits flow into the buffer; a restore or reload flows back as one undoable edit.
    editor.textProperty().addListener((o, old, now) -> {
      if (!now.equals(file.text())) {
        file.textProperty().set(now);
      }
    });
    file.textProperty().addListener((o, old, now) -> {
      if (!now.equals(editor.getText())) {
        editor.setText(now);
      }
    });
    file.savedTextProperty().addListener((o, old, now) -> {
      if (now.equals(editor.getText())) {
        editor.markSaved();
      }
    });
    file.revealProperty().addListener((o, old, now) -> editor.revealLine(now.line()));
    if (file.revealProperty().get() != null) {
      editor.revealLine(file.revealProperty().get().line());
    }

    Label path = new Label();
    path.getStyleClass().add("file-path");
    path.textProperty().bind(Bindings.createStringBinding(() -> describe(file, viewModel), file.pathProperty()));
    problems = ProblemsView.of(editor);
    problems.setId("problems");
    Label problemsHeader = new Label();
    problemsHeader.getStyleClass().add("problems-header");
    problemsHeader.textProperty().bind(Bindings.createStringBinding(
        () -> editor.diagnostics().isEmpty() ? "Problems: none"
            : "Problems: " + editor.diagnostics().size() + "   (F8 next, Shift+F8 previous)",
        editor.diagnostics()));
    Label liveStatus = new Label();
    liveStatus.setId("live-status");
    liveStatus.getStyleClass().add("live-status");
    live = verifier == null ? null : new LiveVerification(file, verifier, verifier.executor(),
        SpecEditor.DEFAULT_DEBOUNCE);
    if (live != null) {
      liveStatus.textProperty().bind(live.statusProperty());
      editor.verdictMarksProperty().bind(Bindings.createObjectBinding(
          () -> marks(live, live.linesProperty().get()), live.linesProperty()));
    }
    liveStatus.setMaxWidth(Double.MAX_VALUE);
    liveStatus.setTooltip(new javafx.scene.control.Tooltip("Live verification: the unsaved text is"
        + " verified against the NF's cached traces after each pause in typing; the gutter marks"
        + " lines ✓ proved, ✗ violated (click it for the counterexample), ? not proved."
        + " Verify ▸ Live verification turns it off."));
    liveStatus.getTooltip().setWrapText(true);
    liveStatus.getTooltip().setMaxWidth(480);
    liveStatus.managedProperty().bind(liveStatus.textProperty().isNotEmpty());
    liveStatus.visibleProperty().bind(liveStatus.textProperty().isNotEmpty());
    VBox bottom = new VBox(liveStatus, problemsHeader, problems);
    bottom.getStyleClass().add("problems-pane");
    // The text is what the user came for: it never shrinks below a few lines; the problems list
    // gives way first (it keeps its height when the window grows, and shrinks when it must).
    editor.setMinHeight(MIN_EDITOR_HEIGHT);
    bottom.setMinHeight(48);
    bottom.setPrefHeight(130);
    SplitPane split = new SplitPane(editor, bottom);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.78);
    SplitPane.setResizableWithParent(bottom, false);
    setTop(path);
    setCenter(split);
  }

  /** Live verification of the buffer; null when the view was made without a verifier. */
  public LiveVerification live() {
    return live;
  }

  /** Stops live verification (the tab closed). */
  public void dispose() {
    if (live != null) {
      live.dispose();
    }
  }

  // The gutter's marks: the verdict in words, and a violation's link to its counterexample.
  private static Map<Integer, VerdictMark> marks(LiveVerification live,
      Map<Integer, LineVerdicts.Line> lines) {
    Map<Integer, VerdictMark> out = new HashMap<>();
    lines.forEach((n, line) -> out.put(n, switch (line.verdict()) {
      case PROVED -> new VerdictMark(VerdictMark.Kind.PROVED, "Live verification: " + line.detail(), null);
      case VIOLATED -> new VerdictMark(VerdictMark.Kind.VIOLATED, "Live verification: " + line.detail(),
          () -> live.openCounterexample(line));
      default -> new VerdictMark(VerdictMark.Kind.UNKNOWN, "Live verification: " + line.detail(), null);
    }));
    return out;
  }

  /** The editor, for keyboard focus and tests. */
  public SpecEditor editor() {
    return editor;
  }

  private static String describe(OpenFile file, OpenFilesViewModel viewModel) {
    if (viewModel.isTemplate(file.path())) {
      return "catalog template  ·  " + file.path() + "  ·  Ctrl+S saves a copy in your workspace";
    }
    return file.path() + "  ·  Ctrl+S saves  ·  F12 on an import opens it";
  }

  private static Path propsDirOf(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return null;
    }
    // spec.py sits beside props/; a property sits in it.
    return parent.getFileName() != null && parent.getFileName().toString().equals("props")
        ? parent : parent.resolve("props");
  }

  // The editor wants an Executor; checks still go through the app's one task executor.
  private static Executor asExecutor(TaskExecutor tasks) {
    return work -> tasks.execute(new Task<Void>() {
      @Override
      protected Void call() {
        work.run();
        return null;
      }
    });
  }
}
