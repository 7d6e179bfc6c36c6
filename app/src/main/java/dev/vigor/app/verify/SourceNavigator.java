package dev.vigor.app.verify;

import java.nio.file.Path;

/** Shows a line of a file (a C source or a spec) in the workbench's viewer. */
@FunctionalInterface
public interface SourceNavigator {
  /** Opens file if needed and brings line (1-based) into view. */
  void show(Path file, int line);
}
