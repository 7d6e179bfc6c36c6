package dev.vigor.rfc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.rfc.model.RfcDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same document laid out differently — other line endings, form feeds alone, at the start of
 * the header or the end of the footer, or none at all — imports to the same sections and the same
 * requirements (ids, keywords, sentences).
 */
class LayoutVariantsTest {
  private static final List<UnaryOperator<String>> VARIANTS =
      List.of(
          t -> t.replace("\n", "\r\n"),
          t -> t.replace("\n\f\n", "\f\n"),
          t -> t.replace("\n\f\n", "\n\f"),
          t -> t.replace("\f\n", "\n").replace("\f", ""),
          t -> t.replace("\n\f\n", "\n\n\n\f\n\n"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "packet-relay.txt", "learning-bridge.txt", "stateful-filter.txt", "consistent-hash-lb.txt",
        "token-bucket-policing.txt", "flow-sampling.txt"
      })
  void sameImportWhateverTheLayout(String name) throws Exception {
    String original = new String(TestDocs.bytes("good/" + name), StandardCharsets.UTF_8).replace("\r\n", "\n");
    String expected = summary(RfcImporter.importText(name, original));
    for (int v = 0; v < VARIANTS.size(); v++) {
      String text = VARIANTS.get(v).apply(original);
      RfcDocument doc = RfcImporter.importText(name, text);
      assertEquals(expected, summary(doc), name + ", variant " + v);
      assertEquals(List.of(), doc.warnings(), name + ", variant " + v);
    }
  }

  private static String summary(RfcDocument doc) {
    return doc.id() + "\n" + doc.title() + "\n" + TestDocs.outline(doc.root())
        + doc.requirements().stream()
            .map(r -> r.id() + " " + r.keyword() + " " + r.sentence())
            .collect(Collectors.joining("\n"));
  }
}
