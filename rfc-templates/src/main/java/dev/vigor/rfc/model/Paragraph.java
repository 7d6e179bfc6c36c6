package dev.vigor.rfc.model;

import dev.vigor.engine.diag.SourceLocation;

/** One paragraph of section text, whitespace-normalised, and where it starts in the file. */
public record Paragraph(String text, SourceLocation location) {
  public Paragraph {
    if (text == null || location == null) {
      throw new IllegalArgumentException("a paragraph needs text and a location");
    }
  }
}
