package dev.vigor.editor;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.NfInterface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The spec editor: a {@link CodeArea} with line numbers, highlighting of the spec dialect, live
 * diagnostics (squiggles, gutter markers, an observable list), completion (Ctrl+Space), find
 * (Ctrl+F) and undo/redo. The checker is injected as a function from text to diagnostics and run on
 * the injected executor, 300 ms after the last edit by default; only the newest text's result shows.
 */
public final class SpecEditor extends Region {
  /** Default quiet time after an edit before the text is checked. */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);

  private final CodeArea area = new CodeArea();
  private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
  private final FindBar findBar = new FindBar(area);
  private final BorderPane layout = new BorderPane();
  private final CompletionPopup completion = new CompletionPopup(area);
  private final IntFunction<Node> lineNumbers = LineNumberFactory.get(area);
  private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
  private final ObservableList<Diagnostic> diagnosticsView =
      FXCollections.unmodifiableObservableList(diagnostics);
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
  private final ObjectProperty<NfInterface> nfInterface = new SimpleObjectProperty<>(this, "nfInterface");
  private final ObjectProperty<Path> propsDir = new SimpleObjectProperty<>(this, "propsDir");
  private final StringProperty sourceName = new SimpleStringProperty(this, "sourceName");
  private final LiveCheck liveCheck;
  private String savedText = "";
  private Consumer<String> importOpener = name -> {};
  private Map<Integer, List<Diagnostic>> markedLines = Map.of();
  private final ObjectProperty<Map<Integer, VerdictMark>> verdictMarks =
      new SimpleObjectProperty<>(this, "verdictMarks", Map.of());
  private Map<Integer, VerdictMark> shownVerdicts = Map.of();

  /** An editor checking with {@code checker} on {@code background}, {@link #DEFAULT_DEBOUNCE} after edits. */
  public SpecEditor(Function<String, List<Diagnostic>> checker, Executor background) {
    this(checker, background, DEFAULT_DEBOUNCE);
  }

  /** An editor checking with {@code checker} on {@code background}, {@code debounce} after the last edit. */
  public SpecEditor(Function<String, List<Diagnostic>> checker, Executor background, Duration debounce) {
    getStyleClass().add("spec-editor");
    getStylesheets().add(Objects.requireNonNull(
        SpecEditor.class.getResource("spec-editor.css"), "spec-editor.css").toExternalForm());
    liveCheck = new LiveCheck(checker, background, this::showDiagnostics);
    area.setUndoManager(UndoUtils.plainTextUndoManager(area));
    // The full gutter from the start, so the text does not shift when the first marks arrive.
    area.setParagraphGraphicFactory(DiagnosticGutter.factory(lineNumbers, Map.of(), Map.of()));
    layout.setCenter(scroll);
    layout.setTop(findBar);
    getChildren().add(layout);

    area.plainTextChanges().filter(ch -> !ch.isIdentity()).subscribe(ch -> {
      liveCheck.textChanged();
      dirty.set(!area.getText().equals(savedText));
      restyle();
      if (completion.isShowing()) {
        // The caret moves after the text changes; refilter once it has.
        javafx.application.Platform.runLater(() -> completion.update(offerAtCaret()));
      }
    });
    area.multiPlainChanges().successionEnds(debounce)
        .subscribe(ignored -> liveCheck.check(area.getText(), sourceName.get()));
    sourceName.addListener((o, was, now) -> recheck());
    verdictMarks.addListener((o, was, now) -> restyle());
    area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.isShortcutDown() || e.isControlDown()) {
        int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (openImportAt(offset)) {
          e.consume();
        }
      }
    });
  }

  private void onKey(KeyEvent e) {
    if (completion.isShowing() && completionKey(e)) {
      e.consume();
      return;
    }
    for (EditorKeys.Binding b : EditorKeys.BINDINGS) {
      if (b.key().match(e)) {
        perform(b.action());
        e.consume();
        return;
      }
    }
  }

  private void perform(EditorKeys.Action action) {
    switch (action) {
      case COMPLETE -> showCompletion();
      case FIND -> findBar.open();
      case FIND_NEXT -> findBar.find(true);
      case FIND_PREVIOUS -> findBar.find(false);
      case NEXT_PROBLEM -> goToProblem(true);
      case PREVIOUS_PROBLEM -> goToProblem(false);
      case OPEN_IMPORT -> openImportAt(area.getCaretPosition());
    }
  }

  private boolean completionKey(KeyEvent e) {
    switch (e.getCode()) {
      case UP:
        completion.move(-1);
        return true;
      case DOWN:
        completion.move(1);
        return true;
      case ENTER:
      case TAB:
        completion.accept();
        return true;
      case ESCAPE:
        completion.hide();
        return true;
      default:
        return false;
    }
  }

  private Completions.Offer offerAtCaret() {
    return Completions.at(area.getText(), area.getCaretPosition(),
        Optional.ofNullable(nfInterface.get()), propertyNames());
  }

  /** The text area, for callers that need RichTextFX directly (caret, selection, undo manager). */
  public CodeArea codeArea() {
    return area;
  }

  /** The editor's text; observable. */
  public ObservableValue<String> textProperty() {
    return area.textProperty();
  }

  /** The current text. */
  public String getText() {
    return area.getText();
  }

  /** Replaces the whole text as an undoable edit. */
  public void setText(String text) {
    area.replaceText(text);
  }

  /** Loads a document: replaces the text, clears undo history and marks the text saved (not dirty). */
  public void load(String text) {
    area.replaceText(text);
    area.getUndoManager().forgetHistory();
    area.moveTo(0);
    markSaved();
    area.showParagraphAtTop(0);
  }

  /** Whether the text differs from what was last loaded or saved. */
  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  /** Whether the text differs from what was last loaded or saved. */
  public boolean isDirty() {
    return dirty.get();
  }

  /** Records the current text as saved. */
  public void markSaved() {
    savedText = area.getText();
    dirty.set(false);
  }

  /** The diagnostics of the newest checked text, in the checker's order; read-only, bind to it. */
  public ObservableList<Diagnostic> diagnostics() {
    return diagnosticsView;
  }

  /** The NF's interface, for completion of state objects and methods; null when there is none. */
  public ObjectProperty<NfInterface> nfInterfaceProperty() {
    return nfInterface;
  }

  /** The folder whose {@code *.py} files {@code import NAME} completes to; null when there is none. */
  public ObjectProperty<Path> propsDirProperty() {
    return propsDir;
  }

  /**
   * The file name the checker gives this text's diagnostics; only those get squiggles and gutter
   * markers (diagnostics in imported properties are listed only). Null: every diagnostic is shown.
   */
  public StringProperty sourceNameProperty() {
    return sourceName;
  }

  /**
   * The verdict per 1-based line of the text (live verification writes it; empty: no marks).
   * Its owner clears it when the text changes, since the lines it names may have moved.
   */
  public ObjectProperty<Map<Integer, VerdictMark>> verdictMarksProperty() {
    return verdictMarks;
  }

  /** Runs the checker on the current text now (e.g. after the NF or its props changed). */
  public void recheck() {
    liveCheck.textChanged();
    liveCheck.check(area.getText(), sourceName.get());
  }

  /** Moves the caret to 1-based {@code line}, {@code column}, scrolls to it and focuses the text. */
  public void moveCaretTo(int line, int column) {
    area.moveTo(new TextPositions(area.getText()).offset(line, column));
    area.requestFollowCaret();
    area.requestFocus();
  }

  /**
   * Selects the whole 1-based {@code line} (clamped to the text) and scrolls it into view, so a
   * caller pointing at a line (a trace step, a problem) shows where it is.
   */
  public void revealLine(int line) {
    TextPositions positions = new TextPositions(area.getText());
    int clamped = Math.max(1, Math.min(line, positions.lineCount()));
    area.selectRange(positions.offset(clamped, 1), positions.lineEnd(clamped));
    area.showParagraphAtCenter(clamped - 1);
    area.requestFollowCaret();
  }

  /**
   * Moves the caret to the next (or previous) problem of this text after (before) the caret,
   * wrapping around; what F8 / Shift+F8 do. False when there is none.
   */
  public boolean goToProblem(boolean forward) {
    TextPositions positions = new TextPositions(area.getText());
    List<Integer> offsets = ownDiagnostics().stream()
        .map(d -> positions.offset(Math.min(d.location().line(), positions.lineCount()),
            Math.max(1, d.location().column())))
        .distinct().sorted().toList();
    if (offsets.isEmpty()) {
      return false;
    }
    int caret = area.getCaretPosition();
    int target = forward
        ? offsets.stream().filter(o -> o > caret).findFirst().orElse(offsets.get(0))
        : offsets.stream().filter(o -> o < caret).reduce((a, b) -> b).orElse(offsets.get(offsets.size() - 1));
    area.moveTo(target);
    area.requestFollowCaret();
    area.requestFocus();
    return true;
  }

  /**
   * What Ctrl+click or F12 on an {@code import NAME} line does: {@code opener} gets NAME and finds
   * and opens the property file (the editor does not know where files live). Default: nothing.
   */
  public void setOnOpenImport(Consumer<String> opener) {
    importOpener = Objects.requireNonNull(opener);
  }

  /** Hands the name imported at {@code offset} to the import opener; false when none is there. */
  public boolean openImportAt(int offset) {
    Optional<String> name = ImportLinks.nameAt(area.getText(), offset);
    name.ifPresent(importOpener);
    return name.isPresent();
  }

  /** Opens completion at the caret (what Ctrl+Space does). */
  public void showCompletion() {
    completion.show(offerAtCaret());
  }

  /** The candidates the completion popup lists (empty when it was never opened). */
  public ObservableList<String> completionItems() {
    return completion.items();
  }

  /** Whether the completion popup is showing. */
  public boolean isCompletionShowing() {
    return completion.isShowing();
  }

  /** The find bar (Ctrl+F). */
  public FindBar findBar() {
    return findBar;
  }

  private List<String> propertyNames() {
    Path dir = propsDir.get();
    TreeSet<String> names = new TreeSet<>();
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".py"))
            .map(n -> n.substring(0, n.length() - 3))
            .map(n -> n.startsWith("paygo-") ? n.substring("paygo-".length()) : n)
            .forEach(names::add);
      } catch (IOException e) {
        // An unreadable props folder offers no names; the checker reports the import itself.
      }
    }
    return new ArrayList<>(names);
  }

  private void showDiagnostics(List<Diagnostic> result) {
    diagnostics.setAll(result);
    restyle();
  }

  private List<Diagnostic> ownDiagnostics() {
    String own = sourceName.get();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (own == null || own.equals(d.location().file())) {
        out.add(d);
      }
    }
    return out;
  }

  private void restyle() {
    String text = area.getText();
    List<Diagnostic> own = ownDiagnostics();
    area.setStyleSpans(0, SpecStyles.of(text, own));
    Map<Integer, List<Diagnostic>> byLine = new TreeMap<>();
    TextPositions positions = new TextPositions(text);
    for (Diagnostic d : own) {
      int line = Math.min(d.location().line(), positions.lineCount()) - 1;
      byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(d);
    }
    Map<Integer, VerdictMark> verdicts = verdictMarks.get() == null ? Map.of() : verdictMarks.get();
    if (!byLine.equals(markedLines) || !verdicts.equals(shownVerdicts)) {
      markedLines = byLine;
      shownVerdicts = verdicts;
      area.setParagraphGraphicFactory(DiagnosticGutter.factory(lineNumbers, byLine, verdicts));
    }
  }

  @Override
  protected void layoutChildren() {
    layout.resizeRelocate(0, 0, getWidth(), getHeight());
  }

  @Override
  protected double computePrefWidth(double height) {
    return layout.prefWidth(height);
  }

  @Override
  protected double computePrefHeight(double width) {
    return layout.prefHeight(width);
  }
}
