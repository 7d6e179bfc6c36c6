package dev.vigor.app.files;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** The centre: a tab per open file, or the given hint while none is open. */
public final class OpenFilesView extends StackPane {
  private final OpenFilesViewModel viewModel;
  private final TabPane tabs = new TabPane();

  /** Tabs over the view-model's files; hint fills the area when there are none. */
  public OpenFilesView(OpenFilesViewModel viewModel, Node hint) {
    this.viewModel = viewModel;
    getStyleClass().add("open-files");
    tabs.setId("open-files");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    hint.visibleProperty().bind(Bindings.isEmpty(viewModel.files()));
    tabs.visibleProperty().bind(hint.visibleProperty().not());
    getChildren().addAll(tabs, hint);

    viewModel.files().addListener((ListChangeListener<OpenFile>) change -> {
      while (change.next()) {
        change.getRemoved().forEach(file -> tabFor(file).ifPresent(tabs.getTabs()::remove));
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

  private Tab newTab(OpenFile file) {
    Tab tab = new Tab(file.title(), new FileTextView(file));
    tab.setUserData(file);
    tab.setTooltip(new Tooltip(file.path().toString()));
    tab.setOnClosed(e -> viewModel.close(file));
    return tab;
  }

  private Optional<Tab> tabFor(OpenFile file) {
    return tabs.getTabs().stream().filter(t -> t.getUserData() == file).findFirst();
  }
}
