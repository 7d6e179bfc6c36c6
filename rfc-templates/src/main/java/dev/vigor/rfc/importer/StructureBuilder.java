package dev.vigor.rfc.importer;

import dev.vigor.rfc.model.Paragraph;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the text flow once and builds the section tree, its paragraphs and the requirements in
 * them. Headings start in column 1; the table of contents is skipped whole, so its entries never
 * become sections.
 */
final class StructureBuilder {
  /** Titles shorter than this fit on one 72-column line and have not wrapped. */
  private static final int WRAP_LENGTH = 40;

  private final String file;
  private final RequirementExtractor extractor;
  private final Warnings warnings;
  private final SectionNode root;
  private final Map<String, SectionNode> byNumber = new HashMap<>();
  private final Map<String, Integer> slugs = new HashMap<>();
  private final List<SourceLine> paragraph = new ArrayList<>();
  private SectionNode current;
  private int headings;

  private StructureBuilder(String file, String docId, String title, Warnings warnings) {
    this.file = file;
    this.warnings = warnings;
    this.extractor = new RequirementExtractor(docId);
    this.root = new SectionNode("", Section.ROOT_ANCHOR, title, 0);
    this.current = root;
  }

  /** The result: the section tree and the requirements in document order. */
  record Result(Section root, List<Requirement> requirements, boolean boilerplate, int headings) {}

  static Result build(String file, String docId, String title, List<SourceLine> flow, Warnings warnings) {
    StructureBuilder b = new StructureBuilder(file, docId, title, warnings);
    b.walk(flow);
    return new Result(b.root.freeze(), b.extractor.requirements(), b.extractor.sawBoilerplate(), b.headings);
  }

  private void walk(List<SourceLine> flow) {
    int n = flow.size();
    SourceLine toc = null;
    boolean numberedSeen = false;
    for (int i = 0; i < n; i++) {
      SourceLine line = flow.get(i);
      if (line == null) {
        flush();
        continue;
      }
      boolean atStart = i == 0 || flow.get(i - 1) == null;
      if (line.indent() == 0) {
        String text = line.text();
        if (atStart && HeadingParser.isTocTitle(text)) {
          flush();
          toc = line;
          continue;
        }
        if (toc != null) {
          // Entries run on without blank lines; the first heading after the table stands alone,
          // with a blank line before and after it. So a column-1 line inside a run is an entry
          // even without a dotted leader or page number.
          boolean nextIsText = i + 1 < n && flow.get(i + 1) != null;
          if (HeadingParser.isTocEntry(text) || !atStart || nextIsText) {
            continue;
          }
          toc = null;
        }
        Optional<Heading> heading = HeadingParser.numbered(text, numberedSeen);
        if (heading.isPresent()) {
          flush();
          StringBuilder title = new StringBuilder(heading.get().title());
          int column = heading.get().titleColumn();
          // A long title wraps onto lines indented to where it started; a short one cannot have
          // wrapped, so a line under it is body text even without the usual blank line between.
          boolean wraps = line.text().stripTrailing().length() >= WRAP_LENGTH;
          while (wraps && i + 1 < n && flow.get(i + 1) != null && column > 0 && flow.get(i + 1).indent() == column) {
            title.append(' ').append(flow.get(++i).trimmed());
          }
          openNumbered(heading.get().number(), title.toString(), line);
          numberedSeen = true;
          continue;
        }
        if (atStart && nextContentIndented(flow, i) && HeadingParser.isUnnumberedTitle(text)) {
          flush();
          openUnnumbered(line.trimmed(), line);
          continue;
        }
      } else if (toc != null) {
        continue;
      }
      if (!paragraph.isEmpty() && ListMarker.startsItem(line)) {
        flush();
      }
      paragraph.add(line);
    }
    flush();
    if (toc != null) {
      warnings.add(
          "toc",
          toc.number(),
          1,
          "the table of contents runs to the end of the file; no section headings follow it");
    }
  }

  /** Whether the next content line after {@code i} is indented like body text (or there is none). */
  private static boolean nextContentIndented(List<SourceLine> flow, int i) {
    for (int j = i + 1; j < flow.size(); j++) {
      if (flow.get(j) != null) {
        return flow.get(j).indent() > 0;
      }
    }
    return true;
  }

  private void openNumbered(String number, String title, SourceLine line) {
    SectionNode parent = parentOf(number);
    SectionNode previous = byNumber.get(number);
    if (previous != null) {
      warnings.add(
          "duplicate",
          line.number(),
          1,
          "section " + number + " appears twice (first at line " + previous.line
              + "); requirement ids continue the numbering of the first");
    } else {
      checkSequence(parent, number, line);
    }
    SectionNode node = new SectionNode(number, number, title, line.number());
    parent.children.add(node);
    byNumber.put(number, node);
    current = node;
    headings++;
  }

  private void openUnnumbered(String title, SourceLine line) {
    String slug = Slug.of(title);
    if (slug.isEmpty()) {
      slug = "section";
    }
    int seen = slugs.merge(slug, 1, Integer::sum);
    String anchor = seen == 1 ? slug : slug + "-" + seen;
    SectionNode node = new SectionNode("", anchor, title, line.number());
    root.children.add(node);
    current = node;
    headings++;
  }

  private SectionNode parentOf(String number) {
    String prefix = number;
    int dot;
    while ((dot = prefix.lastIndexOf('.')) > 0) {
      prefix = prefix.substring(0, dot);
      SectionNode p = byNumber.get(prefix);
      if (p != null) {
        return p;
      }
    }
    return root;
  }

  private void checkSequence(SectionNode parent, String number, SourceLine line) {
    String last = number.substring(number.lastIndexOf('.') + 1);
    if (!Character.isDigit(last.charAt(0))) {
      return;
    }
    int value = Integer.parseInt(last);
    SectionNode sibling = parent.lastNumberedChild();
    int expected = 1;
    if (sibling != null) {
      String s = sibling.number.substring(sibling.number.lastIndexOf('.') + 1);
      if (!Character.isDigit(s.charAt(0))) {
        return;
      }
      expected = Integer.parseInt(s) + 1;
    }
    if (value != expected) {
      warnings.add(
          "sequence",
          line.number(),
          1,
          "section " + number + " follows "
              + (sibling == null ? "no earlier sibling" : "section " + sibling.number)
              + " (expected " + expected + ")");
    }
  }

  private void flush() {
    if (paragraph.isEmpty()) {
      return;
    }
    JoinedText text = JoinedText.of(file, paragraph);
    current.paragraphs.add(new Paragraph(RequirementExtractor.normalise(text.text(), 0, text.text().length()), text.at(0, 0)));
    extractor.extract(text, current.anchor);
    paragraph.clear();
  }
}
