package dev.vigor.app.workspace;

/** What a workspace tree entry stands for; decides its badge, style and what a click does. */
public enum NodeKind {
  /** A network function folder. */
  NF("NF", false),
  /** A folder inside an NF, e.g. {@code props/}. */
  FOLDER("dir", false),
  /** The NF's full spec, {@code spec.py}. */
  SPEC("spec", true),
  /** The NF's init spec, {@code init.py}: the tables nf_init builds. */
  INIT("init", true),
  /** A C source or header. */
  SOURCE("C", true),
  /** A pay-as-you-go property under {@code props/}. */
  PROPERTY("prop", true),
  /** Documentation and settings: README, nf.properties. */
  OTHER("txt", true);

  private final String badge;
  private final boolean file;

  NodeKind(String badge, boolean file) {
    this.badge = badge;
    this.file = file;
  }

  /** The short tag shown before the name. */
  public String badge() {
    return badge;
  }

  /** Whether the entry is a file that can be opened. */
  public boolean isFile() {
    return file;
  }

  /** The CSS style class of entries of this kind, e.g. {@code node-spec}. */
  public String styleClass() {
    return "node-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
