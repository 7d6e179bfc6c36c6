package dev.vigor.app.state;

/** Where an NF folder comes from, which decides whether its files are templates or the user's. */
public enum NfOrigin {
  /** The catalog that comes with the workbench: its files are templates, saved as copies. */
  CATALOG("catalog"),
  /** The user's workspace (e.g. ~/VigorWorkspace): copies and their own NFs. */
  WORKSPACE("my workspace"),
  /** A folder the user opened with File ▸ Open NF folder…: theirs, saved in place. */
  OPENED("opened");

  private final String label;

  NfOrigin(String label) {
    this.label = label;
  }

  /** The word shown after an NF's name, e.g. {@code catalog} in "bridge (catalog)". */
  public String label() {
    return label;
  }
}
