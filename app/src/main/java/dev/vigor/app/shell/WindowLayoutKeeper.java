package dev.vigor.app.shell;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives the main window its remembered layout at start and saves it when the application stops:
 * size and position (fitted to the screens there are now), maximised or not, the widths of the
 * catalog and the Verify dock, the split beside the RFC views. While a dialog of the window is
 * open the window keeps its size and its maximised state (some window managers drop the
 * maximised state when a modal dialog of the window closes).
 */
public final class WindowLayoutKeeper {
  /** The window's smallest useful size: the catalog, the open files and the dock side by side. */
  public static final double MIN_WIDTH = MainWindow.MIN_CATALOG_WIDTH + MainWindow.MIN_CENTRE_WIDTH
      + MainWindow.MIN_DOCK_WIDTH + 24;
  public static final double MIN_HEIGHT = 480;
  static final double DEFAULT_CATALOG_WIDTH = 240;
  static final double DEFAULT_DOCK_WIDTH = 440;
  /** What a window manager's frame can take of the window's width, left and right together. */
  private static final double MAX_FRAME_WIDTH = 40;

  private final Stage stage;
  private final MainWindow window;
  private final WindowLayoutFile file;
  // The bounds while not maximised: what a later start restores when it is not maximised.
  private Rectangle2D normalBounds;
  private final ChangeListener<Number> boundsListener = (o, was, now) -> {
    if (isNormal()) {
      normalBounds = bounds();
    }
  };
  private final ListChangeListener<Window> dialogListener = this::dialogsChanged;
  private final javafx.beans.InvalidationListener relayout = o -> requestLayout();

  private WindowLayoutKeeper(Stage stage, MainWindow window, WindowLayoutFile file) {
    this.stage = stage;
    this.window = window;
    this.file = file;
  }

  /**
   * Sizes and places the stage (before it is shown) from the saved layout, widens the sides once
   * the split has its width, and follows the window until {@link #saveAndDetach()}.
   */
  public static WindowLayoutKeeper attach(Stage stage, MainWindow window, WindowLayoutFile file) {
    WindowLayoutKeeper keeper = new WindowLayoutKeeper(stage, window, file);
    keeper.restore(file.load());
    for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
        stage.heightProperty())) {
      p.addListener(keeper.boundsListener);
    }
    Window.getWindows().addListener(keeper.dialogListener);
    return keeper;
  }

  /** Saves the layout and stops following the window (the application stops). */
  public void saveAndDetach() {
    save();
    for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
        stage.heightProperty())) {
      p.removeListener(boundsListener);
    }
    Window.getWindows().removeListener(dialogListener);
    stage.showingProperty().removeListener(relayout);
    stage.widthProperty().removeListener(relayout);
  }

  private void restore(Optional<WindowLayout> saved) {
    List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    Rectangle2D primary = Screen.getPrimary().getVisualBounds();
    Rectangle2D wanted = saved.map(l -> new Rectangle2D(l.x(), l.y(), l.width(), l.height()))
        .orElse(null);
    Rectangle2D fitted = ScreenFit.fit(wanted, screens, primary, MIN_WIDTH, MIN_HEIGHT);
    stage.setMinWidth(Math.min(MIN_WIDTH, primary.getWidth()));
    stage.setMinHeight(Math.min(MIN_HEIGHT, primary.getHeight()));
    stage.setMaximized(false);
    stage.setX(fitted.getMinX());
    stage.setY(fitted.getMinY());
    stage.setWidth(fitted.getWidth());
    stage.setHeight(fitted.getHeight());
    normalBounds = fitted;
    saved.ifPresent(l -> {
      stage.setMaximized(l.maximized());
      window.setRfcDivider(l.rfcDivider());
    });
    // The sides at their remembered widths, else at widths that suit their content; the files
    // in the centre take the rest.
    widenSidesOnce(saved.map(WindowLayout::catalogWidth).orElse(DEFAULT_CATALOG_WIDTH),
        saved.map(WindowLayout::dockWidth).orElse(DEFAULT_DOCK_WIDTH));
  }

  /**
   * The catalog and the dock do not grow with the window: their widths are set in pixels at the
   * first layout of the window at its own size (earlier layouts may use its preferred width), and
   * stay when the window is resized or maximised later.
   */
  private void widenSidesOnce(double catalog, double dock) {
    window.setSideWidths(catalog, dock, () -> {
      if (!stage.isShowing() || window.getScene() == null) {
        return false;
      }
      // The scene fills the window (but for its frame): not a layout at an earlier size.
      double frame = stage.getWidth() - window.getScene().getWidth();
      return frame >= -1 && frame <= MAX_FRAME_WIDTH;
    });
    // Showing, resizing: each asks for a layout, at which the widths are set if not yet.
    stage.showingProperty().addListener(relayout);
    stage.widthProperty().addListener(relayout);
  }

  private void requestLayout() {
    window.requestLayout();
  }

  /** The layout as it is now. */
  public WindowLayout current() {
    Rectangle2D b = normalBounds != null ? normalBounds : bounds();
    return new WindowLayout(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(),
        stage.isMaximized(), window.workspaceView().getWidth(), window.dock().getWidth(),
        window.rfcDivider());
  }

  /** Saves the layout now; a failure is reported on stderr, never in the user's way. */
  public void save() {
    try {
      file.save(current());
    } catch (IOException | RuntimeException e) {
      System.err.println("vigor: could not save the window layout to " + file.path() + ": "
          + e.getMessage());
    }
  }

  private boolean isNormal() {
    return !stage.isMaximized() && !stage.isIconified() && stage.isShowing();
  }

  private Rectangle2D bounds() {
    return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
  }

  // A dialog of this window opens: note the window's state, and put it back when the dialog closes.
  private void dialogsChanged(ListChangeListener.Change<? extends Window> c) {
    while (c.next()) {
      for (Window w : c.getAddedSubList()) {
        if (w != stage && w instanceof Stage dialog && dialog.getOwner() == stage) {
          boolean maximized = stage.isMaximized();
          Rectangle2D before = bounds();
          dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> restoreAfter(maximized, before));
        }
      }
    }
  }

  private void restoreAfter(boolean maximized, Rectangle2D before) {
    if (!stage.isShowing()) {
      return;
    }
    if (maximized && !stage.isMaximized()) {
      stage.setMaximized(true);
    } else if (!maximized && !stage.isMaximized()
        && (stage.getWidth() != before.getWidth() || stage.getHeight() != before.getHeight())) {
      stage.setWidth(before.getWidth());
      stage.setHeight(before.getHeight());
    }
  }
}
