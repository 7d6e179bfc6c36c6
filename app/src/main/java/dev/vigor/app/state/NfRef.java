package dev.vigor.app.state;

import java.nio.file.Path;

/**
 * One NF as the workbench names it everywhere: its name, its folder and where that folder comes
 * from, so the catalog's bridge and the user's copy of it are never mistaken for each other.
 *
 * @param name the NF's name (its folder's name)
 * @param folder the NF folder, absolute and normalized
 * @param origin catalog, workspace or opened
 */
public record NfRef(String name, Path folder, NfOrigin origin) {
  public NfRef {
    folder = folder.toAbsolutePath().normalize();
  }

  /** e.g. {@code bridge (catalog)} or {@code bridge (my workspace)}. */
  public String label() {
    return name + " (" + origin.label() + ")";
  }

  /** The label, so choice boxes and lists show it. */
  @Override
  public String toString() {
    return label();
  }
}
