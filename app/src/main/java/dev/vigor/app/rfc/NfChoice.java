package dev.vigor.app.rfc;

import java.nio.file.Path;

/** An NF whose properties are traced to the RFC: its name and its catalog (or opened) folder. */
public record NfChoice(String name, Path folder) {
  @Override
  public String toString() {
    return name;
  }
}
