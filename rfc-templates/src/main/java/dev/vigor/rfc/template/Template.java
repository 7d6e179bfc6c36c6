package dev.vigor.rfc.template;

import java.util.List;

/**
 * A spec template for one standard: its name ({@code nat}), title, the standard it follows, a
 * one-line description, the files it creates, relative to the NF folder ({@code spec.py},
 * {@code props/<behaviour>.py}, {@code requirements.txt}), and the state objects its properties
 * talk about (which the NF the spec is for must export).
 */
public record Template(
    String name, String title, String standard, String description, List<String> files, List<String> state) {
  public Template {
    files = List.copyOf(files);
    state = List.copyOf(state);
  }

  /** The property names of the template's stubs, i.e. its behaviours. */
  public List<String> properties() {
    return files.stream()
        .filter(f -> f.startsWith("props/") && f.endsWith(".py"))
        .map(f -> f.substring("props/".length(), f.length() - 3))
        .toList();
  }
}
