package dev.vigor.editor;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The spec editor's keys: the one table the editor dispatches its key presses on, and that the
 * workbench lists under Help ▸ Keys, so the list cannot drift from what the keys do.
 */
public final class EditorKeys {
  /** What a key does in the editor. */
  enum Action { COMPLETE, FIND, FIND_NEXT, FIND_PREVIOUS, NEXT_PROBLEM, PREVIOUS_PROBLEM, OPEN_IMPORT }

  /** A key combination, what it does in words, and the action it triggers. */
  public record Binding(KeyCombination key, String description, Action action) {}

  /** Every key the editor answers to, in the order Help ▸ Keys lists them. */
  public static final List<Binding> BINDINGS = List.of(
      new Binding(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN),
          "Complete the word at the caret (names, state methods, fields, constants)", Action.COMPLETE),
      // Cmd+Space opens Spotlight on macOS: Ctrl+Space completes there too.
      new Binding(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.CONTROL_DOWN),
          "Complete the word at the caret", Action.COMPLETE),
      new Binding(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
          "Find in the file", Action.FIND),
      new Binding(new KeyCodeCombination(KeyCode.F3), "Find the next match", Action.FIND_NEXT),
      new Binding(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN),
          "Find the previous match", Action.FIND_PREVIOUS),
      new Binding(new KeyCodeCombination(KeyCode.F8), "Go to the next problem", Action.NEXT_PROBLEM),
      new Binding(new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN),
          "Go to the previous problem", Action.PREVIOUS_PROBLEM),
      new Binding(new KeyCodeCombination(KeyCode.F12),
          "Open the property imported on this line (also Ctrl+click on its name)", Action.OPEN_IMPORT));

  private EditorKeys() {}
}
