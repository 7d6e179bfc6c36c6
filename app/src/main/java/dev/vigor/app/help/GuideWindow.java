package dev.vigor.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ Spec language guide: docs/spec-language.md, shipped in the app's jar, in a window of its own. */
public final class GuideWindow {
  /** Where the build puts the guide on the class path (see app/pom.xml). */
  static final String RESOURCE = "/dev/vigor/app/help/spec-language.md";

  private static Stage open;

  private GuideWindow() {}

  /** The guide's Markdown text. */
  static String text() throws IOException {
    try (InputStream in = GuideWindow.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the spec language guide is missing from the application (" + RESOURCE + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Shows the guide (once: a second call brings the open window to the front). */
  public static Stage show(Window owner) throws IOException {
    if (open != null && open.isShowing()) {
      open.toFront();
      return open;
    }
    GuideView view = new GuideView(text());
    view.setId("guide-view");
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Spec language guide");
    Scene scene = new Scene(view, 860, 720);
    scene.getStylesheets().add(Objects.requireNonNull(GuideWindow.class.getResource("help.css")).toExternalForm());
    stage.setScene(scene);
    stage.show();
    open = stage;
    return stage;
  }
}
