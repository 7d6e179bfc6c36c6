package dev.vigor.app.rfc;

import dev.vigor.app.state.NfRef;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.rfc.model.Level;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The RFC view: the section tree on the left, the selected section's text with its requirement
 * sentences highlighted and the requirements list in the middle, and on the right what covers the
 * selected requirement with a button to start a new property for it. Coverage bars sit on top.
 */
public final class RfcView extends BorderPane {
  private final RfcViewModel viewModel;
  private final TreeView<Section> sections = new TreeView<>();
  private final SectionTextView text = new SectionTextView();
  private final CoverageBar coverage = new CoverageBar();

  /** The view over {@code viewModel}; {@code chooseFile} runs when the user asks to import another RFC. */
  public RfcView(RfcViewModel viewModel, Runnable chooseFile) {
    this.viewModel = viewModel;
    setId("rfc-view");
    getStyleClass().add("rfc-view");
    getStylesheets().add(Objects.requireNonNull(RfcView.class.getResource("rfc.css")).toExternalForm());

    setTop(toolBar(chooseFile));
    // Two columns, so the view reads beside a spec in half a window: the sections on the left;
    // on the right the section's text, its requirements and what covers the one selected.
    VBox detail = detail();
    SplitPane right = new SplitPane(text, requirementList(), detail);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.42, 0.68);
    SplitPane main = new SplitPane(sectionTree(), right);
    main.setDividerPositions(0.28);
    SplitPane.setResizableWithParent(main.getItems().get(0), false);
    setCenter(main);
    setBottom(messageLine());

    viewModel.documentProperty().addListener((o, was, doc) -> showDocument(doc));
    viewModel.sectionProperty().addListener((o, was, s) -> showText());
    for (Level level : Level.values()) {
      viewModel.shownProperty(level).addListener((o, was, now) -> showText());
    }
    viewModel.traceProperty().addListener((o, was, t) -> showCoverage());
    showDocument(viewModel.documentProperty().get());
  }

  // Three rows: what is open (import, title), how it is looked at (levels, NF), coverage.
  private VBox toolBar(Runnable chooseFile) {
    Button importButton = new Button("Import RFC…");
    importButton.setId("rfc-import");
    importButton.setOnAction(e -> chooseFile.run());
    importButton.disableProperty().bind(viewModel.busyProperty());
    Label title = new Label();
    title.setId("rfc-title");
    title.getStyleClass().add("rfc-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> {
      RfcDocument d = viewModel.documentProperty().get();
      return d == null ? "No RFC imported" : d.id() + " — " + d.title();
    }, viewModel.documentProperty()));

    HBox levels = new HBox(2);
    for (Level level : Level.values()) {
      ToggleButton b = new ToggleButton(level.name());
      b.setId("rfc-filter-" + level.name().toLowerCase(java.util.Locale.ROOT));
      b.getStyleClass().addAll("rfc-filter", LevelStyle.of(level));
      b.selectedProperty().bindBidirectional(viewModel.shownProperty(level));
      b.setTooltip(new Tooltip("Show " + level.name() + "-family requirements ("
          + keywordsOf(level) + ")"));
      levels.getChildren().add(b);
    }

    ChoiceBox<NfRef> nf = new ChoiceBox<>(viewModel.nfs());
    nf.setId("rfc-nf");
    nf.valueProperty().bindBidirectional(viewModel.nfProperty());
    nf.setTooltip(new Tooltip("The NF whose # covers: annotations and last run are shown, and for which"
        + " New property writes a file"));
    // Wraps the NF chooser onto its own line when the view is narrow (beside a spec).
    HBox show = new HBox(8, new Label("Show"), levels);
    show.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    show.setMinWidth(Region.USE_PREF_SIZE);
    HBox chooser = new HBox(8, new Label("NF"), nf);
    chooser.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    chooser.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.layout.FlowPane second = new javafx.scene.layout.FlowPane(16, 4, show, chooser);
    second.getStyleClass().add("rfc-second-row");
    // The title shortens with an ellipsis (full in its tooltip) rather than hide in an overflow menu.
    title.setMinWidth(0);
    title.setMaxWidth(Double.MAX_VALUE);
    Tooltip titleTip = new Tooltip();
    titleTip.textProperty().bind(title.textProperty());
    title.setTooltip(titleTip);
    importButton.setMinWidth(Region.USE_PREF_SIZE);
    HBox first = new HBox(8, importButton, title);
    first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    first.getStyleClass().add("rfc-first-row");
    HBox.setHgrow(title, Priority.ALWAYS);
    return new VBox(first, second, coverage);
  }

  private static String keywordsOf(Level level) {
    return switch (level) {
      case MUST -> "MUST, MUST NOT, REQUIRED, SHALL, SHALL NOT";
      case SHOULD -> "SHOULD, SHOULD NOT, RECOMMENDED, NOT RECOMMENDED";
      case MAY -> "MAY, OPTIONAL";
    };
  }

  private VBox sectionTree() {
    sections.setId("rfc-sections");
    sections.setShowRoot(true);
    sections.setCellFactory(tv -> new TreeCell<>() {
      @Override
      protected void updateItem(Section s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null
            : s.isRoot() ? "Whole document" : (s.number() + "  " + s.title()).strip());
      }
    });
    sections.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
      if (item != null) {
        viewModel.sectionProperty().set(item.getValue());
      }
    });
    VBox.setVgrow(sections, Priority.ALWAYS);
    return titled("SECTIONS", sections);
  }

  private VBox requirementList() {
    ListView<Requirement> list = new ListView<>(viewModel.requirements());
    list.setId("rfc-requirements");
    list.setPlaceholder(new Label("No requirement sentences here at the levels shown"));
    list.setCellFactory(lv -> new RequirementCell());
    list.getSelectionModel().selectedItemProperty().addListener(
        (o, was, r) -> viewModel.requirementProperty().set(r));
    VBox.setVgrow(list, Priority.ALWAYS);
    Label header = new Label();
    header.getStyleClass().add("pane-header");
    header.textProperty().bind(Bindings.size(viewModel.requirements()).asString("REQUIREMENTS (%d)"));
    VBox box = new VBox(header, list);
    return box;
  }

  private VBox detail() {
    Label sentence = new Label("Select a requirement to see the properties that cover it.");
    sentence.setId("rfc-selected-requirement");
    sentence.setWrapText(true);
    sentence.getStyleClass().add("rfc-selected");
    viewModel.requirementProperty().addListener((o, was, r) -> sentence.setText(r == null
        ? "Select a requirement to see the properties that cover it."
        : r.id() + " (" + r.keyword().text() + ")\n" + r.sentence()));

    ListView<CoveringProperty> covering = new ListView<>(viewModel.covering());
    covering.setId("rfc-covering");
    covering.setPlaceholder(new Label("No property covers it yet"));
    covering.setPrefHeight(140);
    Label source = new Label();
    source.setWrapText(true);
    source.getStyleClass().add("rfc-muted");
    source.textProperty().bind(Bindings.createStringBinding(() -> {
      TraceSnapshot t = viewModel.traceProperty().get();
      return t == null ? "" : t.verdictSource();
    }, viewModel.traceProperty()));

    // Bad # covers: lines (an id this RFC does not have, with the nearest one) and unreadable runs.
    Label problems = new Label();
    problems.setId("rfc-trace-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add("rfc-problems");
    problems.textProperty().bind(Bindings.createStringBinding(() -> {
      TraceSnapshot t = viewModel.traceProperty().get();
      return t == null ? "" : String.join("\n", t.problems());
    }, viewModel.traceProperty()));
    problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
    problems.managedProperty().bind(problems.visibleProperty());

    TextField name = new TextField();
    name.setId("rfc-new-property-name");
    name.setPromptText("property name");
    name.textProperty().bindBidirectional(viewModel.newPropertyNameProperty());
    Button create = new Button("New property");
    create.setId("rfc-new-property");
    create.setMinWidth(Region.USE_PREF_SIZE);
    create.disableProperty().bind(viewModel.requirementProperty().isNull()
        .or(viewModel.nfProperty().isNull()).or(viewModel.busyProperty()));
    create.setOnAction(e -> viewModel.createProperty());
    Label where = new Label();
    where.setWrapText(true);
    where.getStyleClass().add("rfc-muted");
    where.textProperty().bind(Bindings.createStringBinding(() -> {
      NfRef nf = viewModel.nfProperty().get();
      return nf == null ? "Open an NF to write properties for it"
          : "Writes " + new WorkspaceFolder(viewModel.workspace()).nfCopyNamed(nf.name()).resolve("props")
              + "/<name>.py with a # covers: line for this requirement";
    }, viewModel.nfProperty()));
    HBox row = new HBox(6, name, create);
    HBox.setHgrow(name, Priority.ALWAYS);

    VBox box = titled("COVERED BY", sentence, covering, source, problems, new Separator(), row, where);
    box.setSpacing(6);
    box.getStyleClass().add("rfc-detail");
    return box;
  }

  private Label messageLine() {
    Label message = new Label();
    message.setId("rfc-message");
    message.setWrapText(true);
    message.getStyleClass().add("rfc-message");
    message.textProperty().bind(viewModel.messageProperty());
    viewModel.errorProperty().addListener((o, was, isError) -> {
      message.getStyleClass().remove("rfc-message-error");
      if (isError) {
        message.getStyleClass().add("rfc-message-error");
      }
    });
    return message;
  }

  private static VBox titled(String title, javafx.scene.Node... content) {
    Label header = new Label(title);
    header.getStyleClass().add("pane-header");
    VBox box = new VBox(header);
    box.getChildren().addAll(content);
    return box;
  }

  private void showDocument(RfcDocument doc) {
    if (doc == null) {
      sections.setRoot(null);
      showCoverage();
      return;
    }
    TreeItem<Section> root = item(doc.root());
    root.setExpanded(true);
    sections.setRoot(root);
    sections.getSelectionModel().select(root);
    showText();
    showCoverage();
  }

  private static TreeItem<Section> item(Section s) {
    TreeItem<Section> item = new TreeItem<>(s);
    s.children().forEach(c -> item.getChildren().add(item(c)));
    item.setExpanded(s.isRoot() || s.number().indexOf('.') < 0);
    return item;
  }

  private void showText() {
    RfcDocument doc = viewModel.documentProperty().get();
    if (doc == null) {
      text.show(null, null, r -> false);
      return;
    }
    text.show(doc, viewModel.sectionProperty().get(), r -> viewModel.shownProperty(r.level()).get());
  }

  private void showCoverage() {
    RfcDocument doc = viewModel.documentProperty().get();
    coverage.show(doc != null, viewModel.totals());
  }

  /** A requirement row: level chip, id, the sentence on one line. */
  private static final class RequirementCell extends ListCell<Requirement> {
    @Override
    protected void updateItem(Requirement r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label chip = new Label(r.keyword().text());
      chip.getStyleClass().addAll("rfc-level-chip", LevelStyle.of(r.level()));
      Label id = new Label(r.id());
      id.getStyleClass().add("rfc-requirement-id");
      Label sentence = new Label(r.sentence());
      sentence.getStyleClass().add("rfc-requirement-sentence");
      HBox row = new HBox(8, chip, id, sentence);
      setGraphic(row);
      setText(null);
      setTooltip(new Tooltip(r.sentence()));
      setUserData(r.id());
    }
  }
}
