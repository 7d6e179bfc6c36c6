package dev.vigor.engine.spec;

import java.nio.file.Path;

/**
 * Which spec files are init specs: {@code init.py}, or {@code NAME.init.py} for a variant. An init
 * spec states the tables nf_init builds (from empty, given the configuration) instead of what the
 * NF does with a packet; the checker and the verifier treat it as such by its name alone, so the
 * editor, {@code vigor check} and {@code vigor verify} always agree on what a file is.
 */
public final class InitSpecFiles {
  /** The init spec an NF folder holds next to its spec.py. */
  public static final String NAME = "init.py";

  private InitSpecFiles() {}

  /** Whether {@code file} is an init spec. */
  public static boolean isInitSpec(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    return n.equals(NAME) || n.endsWith("." + NAME);
  }
}
