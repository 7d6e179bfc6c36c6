package dev.vigor.rfc.importer;

import dev.vigor.rfc.model.Paragraph;
import dev.vigor.rfc.model.Section;
import java.util.ArrayList;
import java.util.List;

/** A section while the import is still adding to it; frozen into a {@link Section} at the end. */
final class SectionNode {
  final String number;
  final String anchor;
  final String title;
  final int line;
  final List<SectionNode> children = new ArrayList<>();
  final List<Paragraph> paragraphs = new ArrayList<>();

  SectionNode(String number, String anchor, String title, int line) {
    this.number = number;
    this.anchor = anchor;
    this.title = title;
    this.line = line;
  }

  /** The last numbered child, for checking that numbers follow each other. */
  SectionNode lastNumberedChild() {
    for (int i = children.size() - 1; i >= 0; i--) {
      if (!children.get(i).number.isEmpty()) {
        return children.get(i);
      }
    }
    return null;
  }

  Section freeze() {
    List<Section> frozen = new ArrayList<>(children.size());
    for (SectionNode c : children) {
      frozen.add(c.freeze());
    }
    return new Section(number, anchor, title, line, frozen, paragraphs);
  }
}
