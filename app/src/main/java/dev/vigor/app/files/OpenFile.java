package dev.vigor.app.files;

import dev.vigor.engine.spec.NfInterface;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A file open in the centre area: where it lives, its buffer text and the text last saved (the
 * difference is the tab's "*"), and line-reveal requests for its view. FX thread only, except
 * {@link #nfInterfaceNow()}, which the background spec checker reads.
 */
public final class OpenFile {
  private static final AtomicLong REVEALS = new AtomicLong();

  private final ReadOnlyObjectWrapper<Path> path;
  private final FileKind kind;
  private final StringProperty text;
  private final ReadOnlyStringWrapper savedText;
  private final BooleanBinding dirty;
  private final StringBinding title;
  private final ObjectProperty<java.util.function.Function<Path, String>> titles =
      new SimpleObjectProperty<>(OpenFile::titleOf);
  private final ReadOnlyObjectWrapper<LineReveal> reveal = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<NfInterface> nfInterface = new SimpleObjectProperty<>();
  private volatile NfInterface nfInterfaceNow;
  private volatile Path pathNow;

  /** A file whose buffer starts as {@code text}, the text on disk. */
  public OpenFile(Path path, String text) {
    this.path = new ReadOnlyObjectWrapper<>(path);
    this.kind = FileKind.of(path);
    this.text = new SimpleStringProperty(text);
    this.savedText = new ReadOnlyStringWrapper(text);
    this.dirty = Bindings.createBooleanBinding(
        () -> !this.text.get().equals(savedText.get()), this.text, savedText);
    this.title = Bindings.createStringBinding(() -> titles.get().apply(this.path.get()), this.path,
        titles);
    nfInterface.addListener((o, old, now) -> nfInterfaceNow = now);
    pathNow = path;
    this.path.addListener((o, old, now) -> pathNow = now);
  }

  /** Where it lives now (a Save-as into the workspace moves it). */
  public Path path() {
    return path.get();
  }

  /** Where it lives, readable from the checker's thread. */
  public Path pathNow() {
    return pathNow;
  }

  /** Where it lives, observable. */
  public ReadOnlyObjectProperty<Path> pathProperty() {
    return path.getReadOnlyProperty();
  }

  /** How it is shown. */
  public FileKind kind() {
    return kind;
  }

  /** The buffer text. */
  public String text() {
    return text.get();
  }

  /** The buffer text, writable: the editor writes edits here; a restore writes here too. */
  public StringProperty textProperty() {
    return text;
  }

  /** The text last read from or written to disk. */
  public ReadOnlyStringProperty savedTextProperty() {
    return savedText.getReadOnlyProperty();
  }

  /** Whether the buffer differs from the text on disk. */
  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  /** Whether the buffer differs from the text on disk. */
  public boolean isDirty() {
    return dirty.get();
  }

  /** The tab title: by default folder/name; the window names the NF and its origin. */
  public String title() {
    return title.get();
  }

  /**
   * How the title is made from the path; the window names the file's NF with its origin, so a
   * catalog file and its workspace copy are told apart.
   */
  public ObjectProperty<java.util.function.Function<Path, String>> titlesProperty() {
    return titles;
  }

  /** The tab title, observable; the view adds the "*" of unsaved edits. */
  public StringBinding titleBinding() {
    return title;
  }

  /** The latest request to show a line, or null; the file's view follows it. */
  public ReadOnlyObjectProperty<LineReveal> revealProperty() {
    return reveal.getReadOnlyProperty();
  }

  /** Asks the view to scroll to and highlight 1-based {@code line}. */
  public void reveal(int line) {
    reveal.set(new LineReveal(line, REVEALS.incrementAndGet()));
  }

  /** The NF interface the spec is checked against; null until loaded or when it cannot be. */
  public ObjectProperty<NfInterface> nfInterfaceProperty() {
    return nfInterface;
  }

  /** The NF interface as last set, readable from the checker's thread. */
  public NfInterface nfInterfaceNow() {
    return nfInterfaceNow;
  }

  /** Records that {@code written} is now on disk at {@code where}. */
  void saved(Path where, String written) {
    path.set(where);
    savedText.set(written);
  }

  /** The file was renamed or moved on disk; the buffer follows it. */
  void movedTo(Path where) {
    path.set(where);
  }

  public static String titleOf(Path path) {
    Path parent = path.getParent();
    String name = path.getFileName().toString();
    return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
  }
}
