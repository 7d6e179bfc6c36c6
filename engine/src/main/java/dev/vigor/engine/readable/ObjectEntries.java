package dev.vigor.engine.readable;

import java.util.List;

/**
 * One libVig object's entries as people read them: its name (the C name, and the spec's when it
 * differs), what it is ({@code emap of struct FlowId, 65536 slots, full}), and one line per entry.
 */
public record ObjectEntries(String object, String description, List<String> entries) {
  public ObjectEntries {
    entries = List.copyOf(entries);
  }

  /** {@code object (description)}, the heading of a listing. */
  public String heading() {
    return description.isEmpty() ? object : object + " (" + description + ")";
  }
}
