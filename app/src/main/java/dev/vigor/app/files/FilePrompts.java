package dev.vigor.app.files;

import java.nio.file.Path;
import java.util.List;

/** The questions saving and closing ask the user; the view answers with dialogs, tests with fakes. */
public interface FilePrompts {
  /** What to do with unsaved edits. */
  enum Unsaved { SAVE, DISCARD, CANCEL }

  /** What to do when a catalog file is saved where the workspace already holds another text. */
  enum ExistingCopy { REPLACE, OPEN_COPY, CANCEL }

  /** Asks what to do with the unsaved edits of the files titled {@code titles}. */
  Unsaved unsaved(List<String> titles);

  /** Asks whether to save a catalog {@code template} as {@code copy} in the workspace. */
  boolean saveCopy(Path template, Path copy);

  /**
   * Asks whether saving catalog {@code template} may replace the user's existing workspace
   * {@code copy} (which holds other text); {@code openWithEdits} when the copy is open in a tab
   * with unsaved edits, which replacing would drop. Without an answer nothing is replaced.
   */
  default ExistingCopy replaceCopy(Path template, Path copy, boolean openWithEdits) {
    return ExistingCopy.CANCEL;
  }

  /**
   * Asks whether saving may overwrite {@code file}, which changed on disk since this workbench
   * read or last saved it (another workbench or an editor saved it): true overwrites. Without an
   * answer nothing is overwritten, and the edits stay in the tab.
   */
  default boolean overwriteChangedOnDisk(Path file) {
    return false;
  }

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
