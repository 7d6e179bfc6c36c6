package dev.vigor.app.files;

import dev.vigor.app.live.LiveVerifier;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.editor.SpecEditor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The centre: a tab per open file (specs in the editor, C in the highlighted viewer), a banner
 * offering autosaved edits back, or the given hint while no file is open.
 */
public final class OpenFilesView extends BorderPane {
  private final OpenFilesViewModel viewModel;
  private final TaskExecutor tasks;
  private final TabPane tabs = new TabPane();
  private final LiveVerifier live;

  /** Tabs over the view-model's files; hint fills the area when there are none. */
  public OpenFilesView(OpenFilesViewModel viewModel, TaskExecutor tasks, Node hint) {
    this(viewModel, tasks, hint, null);
  }

  /** As the other constructor, spec editors verified live by {@code live} (null: not). */
  public OpenFilesView(OpenFilesViewModel viewModel, TaskExecutor tasks, Node hint,
      LiveVerifier live) {
    this.viewModel = viewModel;
    this.tasks = tasks;
    this.live = live;
    getStyleClass().add("open-files");
    viewModel.setPrompts(new DialogPrompts(this));
    tabs.setId("open-files");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    hint.visibleProperty().bind(Bindings.isEmpty(viewModel.files()));
    tabs.visibleProperty().bind(hint.visibleProperty().not());
    setTop(new AutosaveBanner(viewModel));
    setCenter(new StackPane(tabs, hint));

    viewModel.files().addListener((ListChangeListener<OpenFile>) change -> {
      while (change.next()) {
        change.getRemoved().forEach(file -> tabFor(file).ifPresent(tab -> {
          if (tab.getContent() instanceof SpecFileView view) {
            view.dispose();
          }
          tabs.getTabs().remove(tab);
        }));
        change.getAddedSubList().forEach(file -> tabs.getTabs().add(newTab(file)));
      }
    });
    viewModel.selectedProperty().addListener((o, old, file) -> {
      if (file != null) {
        tabFor(file).ifPresent(tabs.getSelectionModel()::select);
      }
    });
    tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) ->
        viewModel.selectedProperty().set(tab == null ? null : (OpenFile) tab.getUserData()));
  }

  /** The spec editor showing {@code path}, when that file is open as a spec. */
  public Optional<SpecEditor> editorFor(Path path) {
    return viewModel.find(path).flatMap(this::tabFor)
        .filter(t -> t.getContent() instanceof SpecFileView)
        .map(t -> ((SpecFileView) t.getContent()).editor());
  }

  private Tab newTab(OpenFile file) {
    Node content = file.kind() == FileKind.SPEC
        ? new SpecFileView(file, viewModel, tasks, live) : new CodeViewer(file);
    Tab tab = new Tab();
    tab.setContent(content);
    // "*" before the name while the buffer has unsaved edits, as most editors do.
    tab.textProperty().bind(Bindings.when(file.dirtyProperty())
        .then(Bindings.concat("*", file.titleBinding())).otherwise(file.titleBinding()));
    tab.setUserData(file);
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(file.pathProperty().asString());
    tab.setTooltip(tip);
    // The view-model decides (it may ask Save / Discard / Cancel); it removes the tab itself.
    tab.setOnCloseRequest(e -> {
      e.consume();
      viewModel.requestClose(file);
    });
    return tab;
  }

  private Optional<Tab> tabFor(OpenFile file) {
    return tabs.getTabs().stream().filter(t -> t.getUserData() == file).findFirst();
  }
}
