package dev.vigor.app.help;

import dev.vigor.app.shell.WindowKeys;
import dev.vigor.editor.EditorKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Every key of the workbench, read from where the keys are defined: the menu items' accelerators,
 * the window's other accelerators ({@link WindowKeys}) and the spec editor's key table
 * ({@link EditorKeys}). Nothing is typed twice, so the list cannot drift from the keys.
 */
public final class KeyList {
  /** Said of a window accelerator that {@link WindowKeys} does not describe. */
  public static final String UNDESCRIBED = "(not described: add it to WindowKeys)";

  /** One key: how it is written on this platform, what it does, and where. */
  public record Row(String keys, String action, String where) {}

  private KeyList() {}

  /** The keys of a window with {@code menus} whose scene has {@code accelerators}. */
  public static List<Row> of(MenuBar menus, Map<KeyCombination, Runnable> accelerators) {
    List<Row> rows = new ArrayList<>();
    Set<KeyCombination> inMenus = new LinkedHashSet<>();
    for (Menu menu : menus.getMenus()) {
      addMenu(menu, menu.getText(), rows, inMenus);
    }
    for (KeyCombination key : accelerators.keySet()) {
      if (!inMenus.contains(key)) {
        rows.add(new Row(key.getDisplayText(), WindowKeys.DESCRIPTIONS.getOrDefault(key, UNDESCRIBED), "Window"));
      }
    }
    Set<String> shown = new LinkedHashSet<>();
    for (EditorKeys.Binding b : EditorKeys.BINDINGS) {
      // On Linux and Windows the shortcut key is Ctrl: one row for the two Ctrl+Space bindings.
      if (shown.add(b.key().getDisplayText())) {
        rows.add(new Row(b.key().getDisplayText(), b.description(), "Spec editor"));
      }
    }
    return rows;
  }

  private static void addMenu(Menu menu, String path, List<Row> rows, Set<KeyCombination> inMenus) {
    for (MenuItem item : menu.getItems()) {
      if (item instanceof Menu sub) {
        addMenu(sub, path + " ▸ " + sub.getText(), rows, inMenus);
      } else if (item.getAccelerator() != null) {
        inMenus.add(item.getAccelerator());
        rows.add(new Row(item.getAccelerator().getDisplayText(), path + " ▸ " + item.getText(), "Menu"));
      }
    }
  }
}
