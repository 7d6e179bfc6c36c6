package dev.vigor.rfc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.rfc.model.RfcDocument;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to hit the worst case of each pass (terminators everywhere, headings everywhere,
 * page breaks everywhere, long runs of what the scanners look back over). Each must import with a
 * bounded list of warnings; the timeouts are hang guards against quadratic behaviour, not speed
 * targets (those are in the JMH benchmark).
 */
// Linear passes take a few seconds here even on a loaded machine; a quadratic slip took a minute.
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
  private static RfcDocument importRepeated(String unit, int times) throws Exception {
    return RfcImporter.importBytes("p.txt", unit.repeat(times).getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void initialsAndAbbreviationsEverywhere() throws Exception {
    RfcDocument doc = importRepeated("   A. B. e.g. i.e. etc. 1.2.3.4 MUST\n", 100_000);
    assertEquals(1, doc.requirements().size(), "one endless sentence");
  }

  @Test
  void sentenceEndsEverywhere() throws Exception {
    RfcDocument doc = importRepeated("   It MUST. It MAY. X.\n", 100_000);
    assertEquals(200_000, doc.requirements().size());
    assertEquals("p#top-200000", doc.requirements().get(199_999).id());
  }

  @Test
  void headingsEverywhere() throws Exception {
    RfcDocument doc = importRepeated("1.  Same\n", 100_000);
    assertEquals(100_000, doc.root().children().size());
    assertTrue(doc.warnings().size() <= 20, "warnings are capped: " + doc.warnings().size());
  }

  @Test
  void pageBreaksEverywhere() throws Exception {
    RfcDocument doc = importRepeated("\fRFC 1  T  X\n   text MUST x\nA   B   [Page 1]\n", 100_000);
    assertEquals("rfc1", doc.id());
    assertEquals(1, doc.requirements().size(), "all the text lines join into one paragraph");
  }

  @Test
  void longRunsOfDotsSpacesAndCapitals() throws Exception {
    String dots = "   x" + ".".repeat(1_000_000) + " 5\n";
    String spaces = "   y" + " ".repeat(1_000_000) + "z\n";
    String caps = "   " + "MUSTMUST ".repeat(100_000) + "\n";
    String text = "Table of Contents\n\n" + dots + "\n" + spaces + "\n" + caps;
    RfcDocument doc = RfcImporter.importBytes("p.txt", text.getBytes(StandardCharsets.US_ASCII));
    assertEquals(0, doc.requirements().size());
  }
}
