package dev.vigor.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved window layout reads back as written; damaged files and lost screens are survived. */
class WindowLayoutFileTest {
  @TempDir Path workspace;

  @Test
  void aLayoutReadsBackAsSaved() throws Exception {
    WindowLayoutFile file = new WindowLayoutFile(workspace);
    assertTrue(file.load().isEmpty(), "no layout before the first save");
    WindowLayout layout = new WindowLayout(12, 34, 1000, 700, true, 210, 380, 0.4);
    file.save(layout);
    assertEquals(workspace.resolve(".vigor/window.properties"), file.path());
    assertEquals(layout, file.load().orElseThrow());
  }

  @Test
  void aDamagedFileMeansNoLayout() throws Exception {
    WindowLayoutFile file = new WindowLayoutFile(workspace);
    Files.createDirectories(file.path().getParent());
    Files.writeString(file.path(), "x=left\nwidth=NaN\n");
    assertTrue(file.load().isEmpty());
  }

  @Test
  void boundsAreFittedOntoAScreenThatIsThere() {
    Rectangle2D primary = new Rectangle2D(0, 0, 1280, 800);
    Rectangle2D second = new Rectangle2D(1280, 0, 1920, 1080);
    // Remembered on the second screen: kept there.
    assertEquals(new Rectangle2D(1400, 50, 1000, 700),
        ScreenFit.fit(new Rectangle2D(1400, 50, 1000, 700), List.of(primary, second), primary, 820, 480));
    // That screen is gone: moved onto the main one, shrunk to fit.
    Rectangle2D moved = ScreenFit.fit(new Rectangle2D(1400, 50, 1500, 900), List.of(primary), primary, 820, 480);
    assertEquals(new Rectangle2D(0, 0, 1280, 800), moved);
    // Too small to use: grown to the minimum.
    assertEquals(820, ScreenFit.fit(new Rectangle2D(10, 10, 200, 100), List.of(primary), primary, 820, 480).getWidth());
    // Nothing remembered: most of the main screen, centred.
    Rectangle2D first = ScreenFit.fit(null, List.of(primary), primary, 820, 480);
    assertEquals(1280 * 0.85, first.getWidth(), 0.01);
    assertEquals((1280 - first.getWidth()) / 2, first.getMinX(), 0.01);
  }
}
