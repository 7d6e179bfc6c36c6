package dev.vigor.rfc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.rfc.importer.RfcImporter;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's 300-page document imports to exactly what was generated: every section, every
 * requirement per keyword, no page furniture leaking into the text, no warnings. (Timing lives in
 * {@link RfcImportBenchmark}, not here.)
 */
class SyntheticRfcTest {
  @Test
  void threeHundredPagesImportExactly() throws Exception {
    SyntheticRfc rfc = SyntheticRfc.generate(300, 42);
    long pages = rfc.text().chars().filter(c -> c == '\f').count() + 1;
    assertTrue(pages >= 295 && pages <= 305, "pages: " + pages);
    RfcDocument doc = RfcImporter.importBytes("synthetic.txt", rfc.bytes());
    assertEquals("rfc9999", doc.id());
    assertEquals("Synthetic Requirements for Benchmarks", doc.title());
    assertEquals(java.util.List.of(), doc.warnings());
    long numbered = doc.root().flatten().stream().filter(s -> !s.number().isEmpty()).count();
    assertEquals(rfc.sections(), numbered);
    assertEquals(rfc.keywords(), new java.util.EnumMap<>(doc.countsByKeyword()));
    for (Section s : doc.root().flatten()) {
      s.paragraphs().forEach(p -> assertTrue(!p.text().contains("[Page") && !p.text().contains("RFC 9999"), p.text()));
    }
  }
}
