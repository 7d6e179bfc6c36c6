package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** Loads the test documents from the class path and renders section trees for assertions. */
final class TestDocs {
  private TestDocs() {}

  static byte[] bytes(String resource) {
    try (InputStream in = TestDocs.class.getResourceAsStream("/rfc/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RfcDocument good(String name) throws DiagnosticException {
    return RfcImporter.importBytes(name, bytes("good/" + name));
  }

  /** One line per section below the root: two spaces per level, number (if any), title. */
  static String outline(Section root) {
    StringBuilder b = new StringBuilder();
    for (Section s : root.children()) {
      append(b, s, 0);
    }
    return b.toString();
  }

  private static void append(StringBuilder b, Section s, int depth) {
    b.append("  ".repeat(depth));
    if (!s.number().isEmpty()) {
      b.append(s.number()).append(' ');
    }
    b.append(s.title()).append('\n');
    for (Section c : s.children()) {
      append(b, c, depth + 1);
    }
  }

  /** "id KEYWORD" per requirement, one per line. */
  static String requirementList(RfcDocument doc) {
    return doc.requirements().stream()
        .map(r -> r.id() + " " + r.keyword().text())
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
