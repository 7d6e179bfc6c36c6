package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.Keyword;
import dev.vigor.rfc.model.Paragraph;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a requirement list, the stand-in for an RFC when a standard is not an RFC (IEEE 802.1D,
 * Maglev, a policer). The first line is {@code # vigor requirement list: <document id>}; other
 * comment lines may give {@code # title: ...}; each remaining line is
 * {@code <id> <KEYWORD> <sentence>}, e.g. {@code bridge#learn-1 MUST A frame's source is learned.}
 * Ids must belong to the document and be unique.
 */
public final class RequirementListReader {
  /** The first line of every requirement list. */
  public static final String MAGIC = "# vigor requirement list:";

  private RequirementListReader() {}

  /** Whether {@code text} is a requirement list rather than RFC text. */
  public static boolean isRequirementList(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.stripLeading().startsWith(MAGIC);
  }

  public static RfcDocument read(String file, String text) throws DiagnosticException {
    List<SourceLine> lines = LineSplitter.split(text);
    List<Diagnostic> errors = new ArrayList<>();
    String docId = null;
    String title = null;
    Map<String, List<Requirement>> bySection = new LinkedHashMap<>();
    Map<String, Integer> lineOfId = new LinkedHashMap<>();
    List<Requirement> all = new ArrayList<>();
    for (SourceLine line : lines) {
      String t = line.trimmed();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith(MAGIC) && docId == null) {
        docId = t.substring(MAGIC.length()).strip();
        continue;
      }
      if (t.startsWith("#")) {
        String c = t.substring(1).strip();
        if (c.startsWith("title:")) {
          title = c.substring("title:".length()).strip();
        }
        continue;
      }
      if (docId == null) {
        throw new DiagnosticException(
            Diagnostic.error(SourceLocation.of(file, 1, 1), "a requirement list starts with '" + MAGIC + " <document id>'"));
      }
      parseEntry(file, docId, line, errors, lineOfId, bySection, all);
    }
    if (docId == null || docId.isEmpty()) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(file, 1, 1), "a requirement list starts with '" + MAGIC + " <document id>'"));
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    List<Section> sections = new ArrayList<>();
    for (Map.Entry<String, List<Requirement>> e : bySection.entrySet()) {
      Requirement first = e.getValue().get(0);
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Requirement r : e.getValue()) {
        paragraphs.add(new Paragraph(r.sentence(), r.location()));
      }
      sections.add(new Section("", e.getKey(), e.getKey(), first.location().line(), List.of(), paragraphs));
    }
    Section root = new Section("", Section.ROOT_ANCHOR, title == null ? docId : title, 0, sections, List.of());
    return new RfcDocument(docId, title == null ? docId : title, file, root, all, List.of());
  }

  private static void parseEntry(
      String file,
      String docId,
      SourceLine line,
      List<Diagnostic> errors,
      Map<String, Integer> lineOfId,
      Map<String, List<Requirement>> bySection,
      List<Requirement> all) {
    String text = line.text();
    int indent = line.indent();
    String[] parts = line.trimmed().split("\\s+", 4);
    SourceLocation at = SourceLocation.of(file, line.number(), indent + 1);
    if (parts.length < 3) {
      errors.add(Diagnostic.error(at, "expected '<id> <KEYWORD> <sentence>'"));
      return;
    }
    String id = parts[0];
    Keyword keyword = parts.length == 4 ? Keyword.fromText(parts[1] + " " + parts[2]) : null;
    String sentence;
    if (keyword != null) {
      sentence = parts[3];
    } else {
      keyword = Keyword.fromText(parts[1]);
      sentence = parts.length == 4 ? parts[2] + " " + parts[3] : parts[2];
    }
    int hash = id.indexOf('#');
    int dash = id.lastIndexOf('-');
    if (hash < 0 || dash < hash || !id.substring(0, hash).equals(docId)) {
      errors.add(Diagnostic.error(at, "'" + id + "' is not an id of " + docId + " (write " + docId + "#name-n)"));
      return;
    }
    if (keyword == null) {
      errors.add(
          Diagnostic.error(
              SourceLocation.of(file, line.number(), Math.max(1, text.indexOf(parts[1], indent + id.length()) + 1)),
              "'" + parts[1] + "' is not an RFC 2119 keyword"));
      return;
    }
    Integer previous = lineOfId.putIfAbsent(id, line.number());
    if (previous != null) {
      errors.add(Diagnostic.error(at, "'" + id + "' is listed twice (first on line " + previous + ")"));
      return;
    }
    String anchor = id.substring(hash + 1, dash);
    Requirement r = new Requirement(id, keyword, sentence.strip(), anchor, at, at);
    bySection.computeIfAbsent(anchor, k -> new ArrayList<>()).add(r);
    all.add(r);
  }
}
