package dev.vigor.app.shell;

import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's keys that are no menu item's accelerator, with what they do (Help ▸ Keys lists them). */
public final class WindowKeys {
  /** Runs the verification, like F5 (browsers and IDEs taught many users Ctrl+R). */
  static final KeyCombination RUN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

  /** JavaFX's menu bar puts this one on the window itself. */
  static final KeyCombination MENU_BAR = new KeyCodeCombination(KeyCode.F10);

  /** What each of them does. */
  public static final Map<KeyCombination, String> DESCRIPTIONS =
      Map.of(RUN, "Verify ▸ Run (like F5)", MENU_BAR, "Go to the menu bar");

  private WindowKeys() {}
}
