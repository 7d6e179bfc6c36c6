package dev.vigor.app.files;

import java.nio.file.Path;
import java.util.List;

/** The questions saving and closing ask the user; the view answers with dialogs, tests with fakes. */
public interface FilePrompts {
  /** What to do with unsaved edits. */
  enum Unsaved { SAVE, DISCARD, CANCEL }

  /** Asks what to do with the unsaved edits of the files titled {@code titles}. */
  Unsaved unsaved(List<String> titles);

  /** Asks whether to save a catalog {@code template} as {@code copy} in the workspace. */
  boolean saveCopy(Path template, Path copy);

  /** Until a view supplies dialogs: keep every edit, write nothing. */
  FilePrompts CAUTIOUS = new FilePrompts() {
    @Override
    public Unsaved unsaved(List<String> titles) {
      return Unsaved.CANCEL;
    }

    @Override
    public boolean saveCopy(Path template, Path copy) {
      return false;
    }
  };
}
