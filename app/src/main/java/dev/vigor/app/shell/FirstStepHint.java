package dev.vigor.app.shell;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

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
    card.getChildren().addAll(title, intro, steps);
    getChildren().add(card);
    show(firstSteps.getValue());
    firstSteps.addListener((o, old, now) -> show(now));
  }

  private void show(List<String> lines) {
    steps.getChildren().clear();
    for (int i = 0; i < lines.size(); i++) {
      Label number = new Label(Integer.toString(i + 1));
      number.getStyleClass().add("step-number");
      Label step = new Label(lines.get(i), number);
      step.getStyleClass().add("hint-step");
      step.setWrapText(true);
      steps.getChildren().add(step);
    }
  }
}
