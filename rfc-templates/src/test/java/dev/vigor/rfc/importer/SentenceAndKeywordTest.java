package dev.vigor.rfc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.rfc.model.Keyword;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries and keyword matching on small strings. */
class SentenceAndKeywordTest {
  private static List<String> sentences(String s) {
    return SentenceSplitter.split(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
  }

  private static List<Keyword> keywords(String s) {
    return KeywordScanner.scan(s, 0, s.length()).stream().map(KeywordUse::keyword).toList();
  }

  @Test
  void sentenceBoundaries() {
    assertEquals(
        List.of("Send to 10.0.0.1.", "Then stop!", "Why?", "(Really.)", "Done"),
        sentences("Send to 10.0.0.1.  Then stop! Why? (Really.) Done"));
    assertEquals(List.of("Use e.g. a map, i.e. a table, etc. and go."), sentences("Use e.g. a map, i.e. a table, etc. and go."));
    assertEquals(List.of("See Section 4.1. and 4.2 for the rest."), sentences("See Section 4.1. and 4.2 for the rest."));
    assertEquals(List.of("Ask P. Srisuresh about it."), sentences("Ask P. Srisuresh about it."));
    assertEquals(List.of("It was done.", "42 hosts came."), sentences("It was done.  42 hosts came."));
    // After a number, a number reads as a continued reference ("Section 4. 2"), not a new sentence.
    assertEquals(List.of("It was 2001.  42 hosts came."), sentences("It was 2001.  42 hosts came."));
    assertEquals(List.of("\"Quoted.\"", "Next."), sentences("\"Quoted.\" Next."));
    assertEquals(List.of(), sentences("   "));
  }

  @Test
  void longestUpperCaseWholeWordKeywords() {
    assertEquals(List.of(Keyword.MUST_NOT), keywords("It MUST NOT drop."));
    assertEquals(List.of(Keyword.MUST_NOT), keywords("It MUST\n   NOT drop."));
    assertEquals(List.of(Keyword.SHALL_NOT, Keyword.SHOULD_NOT), keywords("SHALL NOT and SHOULD NOT"));
    assertEquals(List.of(Keyword.NOT_RECOMMENDED), keywords("This is NOT RECOMMENDED."));
    assertEquals(List.of(Keyword.RECOMMENDED, Keyword.REQUIRED, Keyword.OPTIONAL, Keyword.MAY), keywords("RECOMMENDED REQUIRED OPTIONAL MAY"));
    assertEquals(List.of(Keyword.MUST), keywords("MUST NOTE this"));
    assertEquals(List.of(), keywords("must not, Must, MUSTARD, MAYBE, NOT, xMAY, MAY2, SHALLOW"));
    assertEquals(List.of(), keywords("The key words \"MUST\" and \"MUST NOT\" are defined."));
    assertEquals(List.of(Keyword.MAY), keywords("\"MUST\" is defined; an agent MAY stop."));
  }

  @Test
  void boilerplateAndShouting() {
    String kw = "The key words \"MUST\", \"MAY\" in this document are to be interpreted as described in BCP 14.";
    assertTrue(RequirementExtractor.isBoilerplate(kw, 0, kw.length()));
    String shout = "THE SOFTWARE IS PROVIDED AS IS AND THE AUTHORS MAY NOT BE HELD LIABLE FOR ANYTHING.";
    assertTrue(RequirementExtractor.isShouting(shout, 0, shout.length()));
    String normal = "The NAT MUST translate the TCP and UDP ports of every IPv4 packet it forwards.";
    assertFalse(RequirementExtractor.isShouting(normal, 0, normal.length()));
  }

  @Test
  void pageFurnitureShapes() {
    assertTrue(PageFurniture.isPageFooter("Srisuresh & Egevang          Informational                     [Page 4]"));
    assertTrue(PageFurniture.isPageFooter("Author                    Expires 1 May 2026                    [page 12]  "));
    assertFalse(PageFurniture.isPageFooter("   see [Page] or [Pages 4]"));
    assertFalse(PageFurniture.isPageFooter("x[Page 4]"));
    assertEquals("RFC 9 Traditional NAT January 9", PageFurniture.shape("RFC 3022    Traditional NAT   January 2001"));
    assertTrue(PageFurniture.isThreePart("RFC 3022        Traditional NAT        January 2001"));
    assertFalse(PageFurniture.isThreePart("1.  Introduction"));
  }

  @Test
  void headings() {
    assertEquals(new Heading("4.1.2", "Deep", 8), HeadingParser.numbered("4.1.2.  Deep", false).orElseThrow());
    assertEquals(new Heading("A", "Examples", 13), HeadingParser.numbered("Appendix A.  Examples", false).orElseThrow());
    assertEquals("B.1", HeadingParser.numbered("B.1.  Three", false).orElseThrow().number());
    assertEquals("C", HeadingParser.numbered("C.  Bare appendix", true).orElseThrow().number());
    assertTrue(HeadingParser.numbered("C.  Bare appendix", false).isEmpty());
    assertTrue(HeadingParser.numbered("   1.  Indented is body text", false).isEmpty());
    assertTrue(HeadingParser.numbered("1.  Introduction ........... 5", false).isEmpty());
    assertTrue(HeadingParser.numbered("2001 was a year", false).isEmpty());
    assertTrue(HeadingParser.numbered("1.  42", false).isEmpty());
    assertTrue(HeadingParser.isTocEntry("   2.  Relay  . . . . . . . 12"));
    assertTrue(HeadingParser.isTocEntry("1. Introduction.................2"));
    assertFalse(HeadingParser.isTocEntry("2.  Version 2"));
    assertTrue(HeadingParser.isUnnumberedTitle("Authors' Addresses"));
    assertFalse(HeadingParser.isUnnumberedTitle("This is a sentence."));
    assertFalse(HeadingParser.isUnnumberedTitle("Network Working Group          A. Author"));
  }
}
