package dev.vigor.app.rfc;

import dev.vigor.app.state.NfRef;
import dev.vigor.rfc.template.Template;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The "New spec from template" dialog; its result is the files written, or null when cancelled. */
public final class TemplateWizard extends Dialog<List<Path>> {
  /** Create is the dialog's OK button. */
  public static final ButtonType CREATE = new ButtonType("Create", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

  /** A dialog over {@code viewModel}, owned by {@code owner}. */
  public TemplateWizard(TemplateWizardViewModel viewModel, Window owner) {
    initOwner(owner);
    setTitle("New spec from template");
    setHeaderText("Start a spec from a standard: a spec.py, one property stub per behaviour and the"
        + " standard's requirement list");
    getDialogPane().getStylesheets().add(
        Objects.requireNonNull(RfcView.class.getResource("rfc.css")).toExternalForm());
    getDialogPane().setId("template-wizard");
    getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);

    ChoiceBox<Template> template = new ChoiceBox<>(viewModel.templates());
    template.setId("template-choice");
    template.setConverter(new StringConverter<>() {
      @Override
      public String toString(Template t) {
        return t == null ? "" : t.name() + " — " + t.title();
      }

      @Override
      public Template fromString(String s) {
        return null;
      }
    });
    template.valueProperty().bindBidirectional(viewModel.templateProperty());
    Label description = new Label();
    description.setWrapText(true);
    description.setMaxWidth(520);
    description.getStyleClass().add("rfc-muted");
    description.textProperty().bind(viewModel.descriptionBinding());

    ChoiceBox<NfRef> nf = new ChoiceBox<>(viewModel.nfs());
    nf.setId("template-nf-choice");
    nf.setConverter(new StringConverter<>() {
      @Override
      public String toString(NfRef c) {
        return c == null ? "none: the spec alone" : c.label();
      }

      @Override
      public NfRef fromString(String s) {
        return null;
      }
    });
    nf.valueProperty().bindBidirectional(viewModel.nfProperty());
    Label nfAdvice = new Label();
    nfAdvice.setId("template-nf-advice");
    nfAdvice.setWrapText(true);
    nfAdvice.setMaxWidth(520);
    nfAdvice.getStyleClass().add("rfc-muted");
    nfAdvice.textProperty().bind(viewModel.nfAdviceBinding());

    TextField name = new TextField();
    name.setId("template-nf-name");
    name.textProperty().bindBidirectional(viewModel.nfNameProperty());
    TextField folder = new TextField();
    folder.setId("template-folder");
    folder.setEditable(false);
    folder.textProperty().bind(viewModel.folderProperty().asString());
    Button browse = new Button("Choose…");
    browse.setOnAction(e -> {
      DirectoryChooser chooser = new DirectoryChooser();
      chooser.setTitle("Folder the new NF goes in");
      File current = viewModel.folderProperty().get().toFile();
      if (current.isDirectory()) {
        chooser.setInitialDirectory(current);
      }
      File picked = chooser.showDialog(getDialogPane().getScene().getWindow());
      if (picked != null) {
        viewModel.folderProperty().set(picked.toPath());
      }
    });
    HBox folderRow = new HBox(6, folder, browse);
    HBox.setHgrow(folder, Priority.ALWAYS);
    Label target = new Label();
    target.setId("template-target");
    target.textProperty().bind(viewModel.targetBinding());
    Label message = new Label();
    message.setId("template-message");
    message.setWrapText(true);
    message.setMaxWidth(520);
    message.textProperty().bind(viewModel.messageProperty());

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label("Standard"), template);
    grid.add(description, 1, 1);
    grid.addRow(2, new Label("For the NF"), nf);
    grid.add(nfAdvice, 1, 3);
    grid.addRow(4, new Label("New NF name"), name);
    grid.addRow(5, new Label("In folder"), folderRow);
    grid.add(target, 1, 6);
    grid.add(message, 1, 7);
    getDialogPane().setContent(grid);

    // Create writes in the background; the dialog stays open until the files are there.
    Node create = getDialogPane().lookupButton(CREATE);
    create.disableProperty().bind(viewModel.busyProperty());
    create.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      viewModel.create();
    });
    viewModel.createdProperty().addListener((o, was, files) -> {
      if (files != null) {
        setResult(files);
        close();
      }
    });
    setResultConverter(button -> button == CREATE ? viewModel.createdProperty().get() : null);
  }
}
