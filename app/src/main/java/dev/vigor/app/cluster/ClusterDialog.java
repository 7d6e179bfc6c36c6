package dev.vigor.app.cluster;

import dev.vigor.engine.cluster.ClusterSecret;
import dev.vigor.engine.cluster.ClusterTarget;
import java.io.File;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Verify → Validate on a cluster…: the cluster setting's form, bound to
 * {@link ClusterSettingsViewModel}. OK applies it (and stays open, showing the problem, when the
 * view-model refuses it); Cancel leaves the setting as it was.
 */
public final class ClusterDialog extends Dialog<ButtonType> {

  /** The dialog over vm (filled from the setting in use), owned by owner when not null. */
  public ClusterDialog(ClusterSettingsViewModel vm, Window owner) {
    vm.reset();
    setTitle("Validate on a cluster");
    setHeaderText("Validate Run's traces on the members of a vigor cluster (vigor worker)");
    if (owner != null) {
      initOwner(owner);
    }
    getDialogPane().setId("cluster-dialog");
    // A dialog is a window of its own: it gets the workbench's styles (problem red, hints) here.
    getDialogPane().getStylesheets().add(java.util.Objects.requireNonNull(
        dev.vigor.app.WorkbenchApplication.class.getResource(
            dev.vigor.app.WorkbenchApplication.STYLESHEET)).toExternalForm());
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

    CheckBox on = new CheckBox("Validate on a cluster (off: on this machine's threads)");
    on.setId("cluster-enabled");
    on.selectedProperty().bindBidirectional(vm.enabledProperty());
    TextField name = field("cluster-name", "lab");
    name.textProperty().bindBidirectional(vm.nameProperty());
    TextField members = field("cluster-members", ClusterTarget.DEFAULT_MEMBER + ", 10.0.0.6:5701");
    members.textProperty().bindBidirectional(vm.membersProperty());
    TextField secret = field("cluster-secret-file", "empty: the secret is in " + ClusterSecret.ENV);
    secret.textProperty().bindBidirectional(vm.secretFileProperty());
    Button choose = new Button("Choose…");
    choose.setId("cluster-secret-choose");
    choose.setMinWidth(Button.USE_PREF_SIZE); // never cut to "..."
    choose.setOnAction(e -> chooseSecretFile(vm));
    HBox secretRow = new HBox(6, secret, choose);
    HBox.setHgrow(secret, Priority.ALWAYS);

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label("Cluster name:"), name);
    form.addRow(1, new Label("Members:"), members);
    form.add(hint("HOST:PORT, comma separated; none: " + ClusterTarget.DEFAULT_MEMBER), 1, 2);
    form.addRow(3, new Label("Secret file:"), secretRow);
    form.add(hint("empty: the secret is read from " + ClusterSecret.ENV), 1, 4);
    GridPane.setHgrow(members, Priority.ALWAYS);
    form.disableProperty().bind(vm.enabledProperty().not());

    Label about = new Label("Run explores the NF here once and sends its traces to the members;"
        + " verdicts are those of a local run. Live verification stays local, and cluster runs"
        + " do not use the trace cache.\n"
        + "Only the secret file's path is saved (in the workspace's .vigor/cluster.properties),"
        + " never the secret.");
    about.setWrapText(true);
    about.setMaxWidth(600);
    Label problem = new Label();
    problem.setId("cluster-problem");
    problem.getStyleClass().add("dialog-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(600);
    problem.textProperty().bind(vm.problemProperty());

    getDialogPane().setContent(new VBox(10, on, form, about, problem));
    getDialogPane().setPrefWidth(640);
    // OK keeps the dialog open while the setting cannot be used, so the message stays in view.
    getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
      if (!vm.apply()) {
        e.consume();
      }
    });
  }

  private static Label hint(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("dialog-hint");
    return l;
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefColumnCount(28);
    return f;
  }

  private void chooseSecretFile(ClusterSettingsViewModel vm) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("The cluster's secret file");
    String now = vm.secretFileProperty().get();
    if (now != null && !now.isBlank()) {
      File parent = Path.of(now.strip()).toAbsolutePath().getParent().toFile();
      if (parent.isDirectory()) {
        chooser.setInitialDirectory(parent);
      }
    }
    File picked = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
    if (picked != null) {
      vm.secretFileProperty().set(picked.toPath().toString());
    }
  }
}
