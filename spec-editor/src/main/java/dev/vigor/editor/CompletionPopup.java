package dev.vigor.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The completion popup under the caret. The focus stays in the text: the editor forwards Up/Down,
 * Enter/Tab (insert) and Escape, and refilters as the user types; double-click also inserts.
 */
final class CompletionPopup {
  private final CodeArea area;
  private final Popup popup = new Popup();
  private final ListView<String> list = new ListView<>();
  private Completions.Offer offer;

  CompletionPopup(CodeArea area) {
    this.area = area;
    list.getStyleClass().add("spec-completion");
    list.setPrefSize(240, 180);
    popup.getContent().add(list);
    // A Popup's scene root lacks the "root" class that Modena's colour lookups hang off.
    popup.getScene().getRoot().getStyleClass().add("root");
    popup.setAutoHide(true);
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
        accept();
        e.consume();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        popup.hide();
        e.consume();
      }
    });
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        accept();
      }
    });
  }

  /** Shows {@code shown} (inserts directly when there is exactly one candidate). */
  void show(Completions.Offer shown) {
    offer = shown;
    list.getItems().setAll(shown.candidates());
    if (shown.candidates().isEmpty()) {
      popup.hide();
      return;
    }
    if (shown.candidates().size() == 1) {
      insert(shown.candidates().get(0));
      return;
    }
    list.getSelectionModel().selectFirst();
    Bounds caret = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
    if (caret != null && area.getScene() != null) {
      popup.show(area, caret.getMinX(), caret.getMaxY());
    }
  }

  /** Refilters the showing popup after an edit; hides it when nothing matches any more. */
  void update(Completions.Offer updated) {
    offer = updated;
    if (updated.candidates().isEmpty()) {
      popup.hide();
      return;
    }
    list.getItems().setAll(updated.candidates());
    list.getSelectionModel().selectFirst();
  }

  /** Moves the selection by {@code delta} rows, staying in the list. */
  void move(int delta) {
    int n = list.getItems().size();
    int at = Math.max(0, Math.min(n - 1, list.getSelectionModel().getSelectedIndex() + delta));
    list.getSelectionModel().select(at);
    list.scrollTo(at);
  }

  /** The listed candidates. */
  javafx.collections.ObservableList<String> items() {
    return list.getItems();
  }

  /** Whether the popup is on screen. */
  boolean isShowing() {
    return popup.isShowing();
  }

  /** Closes the popup. */
  void hide() {
    popup.hide();
  }

  /** Inserts the chosen candidate. */
  void accept() {
    String chosen = list.getSelectionModel().getSelectedItem();
    if (chosen != null) {
      insert(chosen);
    }
  }

  private void insert(String word) {
    popup.hide();
    int caret = area.getCaretPosition();
    area.replaceText(offer.replaceFrom(), caret, word);
    area.requestFocus();
  }

}
