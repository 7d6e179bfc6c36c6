package dev.vigor.app.shell;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The card in the empty centre area telling a first-time user what to do first. */
final class FirstStepHint extends VBox {
  private final VBox steps = new VBox();

  FirstStepHint(ObservableValue<List<String>> firstSteps) {
    setId("first-step-hint");
    getStyleClass().add("first-step-hint");
    VBox card = new VBox();
    card.getStyleClass().add("hint-card");
    Label title = new Label("Start here");
    title.getStyleClass().add("hint-title");
    Label intro = new Label(
        "Vigor checks a network function's C code against a short spec of what it must do.");
    intro.getStyleClass().add("hint-intro");
    intro.setWrapText(true);
    steps.getStyleClass().add("hint-steps");
    Label note = new Label("Catalog files are templates: when you save one, it is saved as a copy"
        + " under My workspace (bottom left). Unsaved edits are autosaved every few seconds.");
    note.getStyleClass().add("hint-note");
    note.setWrapText(true);
    card.getChildren().addAll(title, intro, steps, note);
    getChildren().add(card);
    show(firstSteps.getValue());
    firstSteps.addListener((o, old, now) -> show(now));
  }

  private void show(List<String> lines) {
    steps.getChildren().clear();
    for (int i = 0; i < lines.size(); i++) {
      Label number = new Label(Integer.toString(i + 1));
      number.getStyleClass().add("step-number");
      TextFlow text = new TextFlow();
      text.getStyleClass().add("hint-step-flow");
      String[] parts = lines.get(i).split("\\*\\*", -1);
      for (int p = 0; p < parts.length; p++) {
        Text part = new Text(parts[p]);
        part.getStyleClass().add(p % 2 == 1 ? "hint-step-name" : "hint-step-text");
        text.getChildren().add(part);
      }
      text.setAccessibleText(lines.get(i).replace("**", ""));
      HBox step = new HBox(number, text);
      step.getStyleClass().add("hint-step");
      HBox.setHgrow(text, Priority.ALWAYS);
      steps.getChildren().add(step);
    }
  }
}
