package dev.vigor.rfc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A section of an RFC: its number ("4.1", "A.2"; empty when unnumbered), the anchor used in
 * requirement ids (the number, or a slug of the title such as "abstract"), its title, the 1-based
 * line of its heading (0 for the document root), its subsections and its paragraphs.
 */
public record Section(
    String number,
    String anchor,
    String title,
    int line,
    List<Section> children,
    List<Paragraph> paragraphs) {

  public Section {
    if (number == null || anchor == null || title == null || line < 0) {
      throw new IllegalArgumentException("a section needs a number, an anchor, a title and a line");
    }
    children = List.copyOf(children);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The anchor of the document root, which holds text before the first heading. */
  public static final String ROOT_ANCHOR = "top";

  /** Whether this is the document root rather than a heading in the text. */
  public boolean isRoot() {
    return line == 0;
  }

  /** This section and every section below it, depth first in document order. */
  public List<Section> flatten() {
    List<Section> all = new ArrayList<>();
    collect(this, all);
    return all;
  }

  private static void collect(Section s, List<Section> into) {
    // Iterative over children but recursive over depth; depth is bounded by the number syntax.
    into.add(s);
    for (Section c : s.children) {
      collect(c, into);
    }
  }

  /** The section (this or below) with the given anchor. */
  public Optional<Section> find(String anchor) {
    return flatten().stream().filter(s -> s.anchor.equals(anchor)).findFirst();
  }
}
