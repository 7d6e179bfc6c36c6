package dev.vigor.app;

import dev.vigor.app.shell.MainWindow;
import dev.vigor.app.shell.MainWindowViewModel;
import dev.vigor.app.shell.WindowLayoutFile;
import dev.vigor.app.shell.WindowLayoutKeeper;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.engine.catalog.CatalogLocator;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window over the catalog found at startup. */
public final class WorkbenchApplication extends Application {
  /** The stylesheet every window of the workbench uses. */
  public static final String STYLESHEET = "workbench.css";

  private TaskExecutor tasks;
  private WindowLayoutKeeper layout;
  private MainWindowViewModel viewModel;

  @Override
  public void start(Stage stage) {
    StartupTiming.report("JavaFX toolkit up");
    tasks = new BackgroundTasks();
    viewModel = new MainWindowViewModel(tasks);
    // Start reading the catalog before the window is laid out; it arrives on the FX thread.
    Optional<Path> catalog = CatalogLocator.locate();
    useCatalogLibvig(catalog);
    viewModel.workspace().loadCatalog(catalog);
    viewModel.workspace().catalogFolderProperty().addListener(
        (o, old, now) -> StartupTiming.report("catalog shown"));

    MainWindow window = new MainWindow(viewModel);
    Scene scene = new Scene(window);
    scene.getStylesheets().add(
        Objects.requireNonNull(WorkbenchApplication.class.getResource(STYLESHEET)).toExternalForm());
    stage.setScene(scene);
    stage.setTitle("Vigor Workbench");
    // Size, position, maximised state and splits as the user left them, fitted to this screen.
    layout = WindowLayoutKeeper.attach(stage, window,
        new WindowLayoutFile(viewModel.state().userFolder().root()));
    stage.setOnShown(e -> StartupTiming.report("window shown"));
    // Closing the window asks about unsaved edits first; Cancel keeps it open.
    stage.setOnCloseRequest(e -> {
      e.consume();
      viewModel.files().requestCloseAll(stage::close);
    });
    viewModel.startWorkspace();
    stage.show();
    StartupVerification.startIfAsked(viewModel.verification());
  }

  /**
   * Workspace NF copies live outside the checkout, where the libVig header search (which walks up
   * from the NF) would not find the headers; point it at the catalog's unless the user chose.
   */
  private static void useCatalogLibvig(Optional<Path> catalog) {
    if (System.getProperty("vigor.libvig.include") == null && catalog.isPresent()) {
      LibvigIncludeLocator.locate(catalog.get())
          .ifPresent(dir -> System.setProperty("vigor.libvig.include", dir.toString()));
    }
  }

  @Override
  public void stop() {
    if (layout != null) {
      layout.saveAndDetach();
    }
    if (tasks != null) {
      tasks.shutdown();
    }
    if (viewModel != null) {
      viewModel.live().close();
    }
  }
}
