package dev.vigor.app.shell;

import dev.vigor.engine.report.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The window layout saved in the user's workspace settings, {@code <workspace>/.vigor/window.properties},
 * so it follows the user (and a test's temporary workspace never touches theirs). A missing or
 * damaged file means "no layout yet": the window then opens at its default size.
 */
public final class WindowLayoutFile {
  private final Path file;

  /** The layout file of the workspace at {@code workspaceRoot}. */
  public WindowLayoutFile(Path workspaceRoot) {
    this.file = workspaceRoot.resolve(".vigor").resolve("window.properties");
  }

  /** Where the layout is kept. */
  public Path path() {
    return file;
  }

  /** The saved layout, or empty when there is none or it cannot be read. */
  public Optional<WindowLayout> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file)));
      return Optional.of(new WindowLayout(num(p, "x"), num(p, "y"), num(p, "width"),
          num(p, "height"), Boolean.parseBoolean(p.getProperty("maximized", "false")),
          num(p, "catalogWidth"), num(p, "dockWidth"), num(p, "rfcDivider")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged file is replaced at the next save
    }
  }

  /** Saves the layout (atomically: a crash leaves the old or the new file). */
  public void save(WindowLayout layout) throws IOException {
    Properties p = new Properties();
    p.setProperty("x", Double.toString(layout.x()));
    p.setProperty("y", Double.toString(layout.y()));
    p.setProperty("width", Double.toString(layout.width()));
    p.setProperty("height", Double.toString(layout.height()));
    p.setProperty("maximized", Boolean.toString(layout.maximized()));
    p.setProperty("catalogWidth", Double.toString(layout.catalogWidth()));
    p.setProperty("dockWidth", Double.toString(layout.dockWidth()));
    p.setProperty("rfcDivider", Double.toString(layout.rfcDivider()));
    StringWriter text = new StringWriter();
    try {
      p.store(text, "Vigor Workbench window: size, position, maximised, widths of the sides");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicFiles.write(file, text.toString());
  }

  private static double num(Properties p, String key) {
    double v = Double.parseDouble(p.getProperty(key));
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(key + " is not a number");
    }
    return v;
  }

}
