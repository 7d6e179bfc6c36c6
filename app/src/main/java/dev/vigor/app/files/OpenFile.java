package dev.vigor.app.files;

import java.nio.file.Path;

/**
 * A file open in the centre area, read-only for now.
 *
 * @param path where it lives
 * @param text its contents
 */
public record OpenFile(Path path, String text) {
  /** The tab title: the file name with its folder, so two spec.py files can be told apart. */
  public String title() {
    Path parent = path.getParent();
    String name = path.getFileName().toString();
    return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
  }
}
