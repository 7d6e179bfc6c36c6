package dev.vigor.rfc.model;

import dev.vigor.engine.diag.SourceLocation;

/**
 * One requirement sentence of an RFC: its stable id ({@code rfc3022#4.1-2}: document, section
 * anchor, 1-based ordinal within the section), its keyword (the strongest one in the sentence),
 * the sentence text (whitespace-normalised), the anchor of its section, and where the sentence and
 * its keyword start in the original file.
 */
public record Requirement(
    String id,
    Keyword keyword,
    String sentence,
    String section,
    SourceLocation location,
    SourceLocation keywordLocation) {

  public Requirement {
    if (id == null || keyword == null || sentence == null || section == null || location == null
        || keywordLocation == null) {
      throw new IllegalArgumentException("incomplete requirement " + id);
    }
  }

  /** The keyword's family: MUST, SHOULD or MAY. */
  public Level level() {
    return keyword.level();
  }
}
