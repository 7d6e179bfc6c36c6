package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.RfcDocument;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports an RFC or RFC-style Internet-Draft in the IETF plain-text format (RFC 7994): strips page
 * headers, footers and form feeds, rejoins paragraphs split by a page break, builds the section
 * tree and finds the requirement sentences. Input that is not text (missing, a folder, empty,
 * binary, too large) is rejected with a {@link DiagnosticException}; anything else is imported as
 * well as it can be, with warnings. Runs in time linear in the size of the file.
 */
public final class RfcImporter {
  /** Larger files are refused: the longest RFCs are well under 2 MB. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  /** RFC 7994: lines are at most 72 characters. */
  private static final int MAX_LINE = 72;

  private RfcImporter() {}

  /** Reads and imports the file at {@code path}. */
  public static RfcDocument importFile(Path path) throws DiagnosticException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw error(name, "is a folder, not an RFC text file");
    }
    if (!Files.exists(path)) {
      throw error(name, "no such file");
    }
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw error(name, "the file is " + size + " bytes; RFC import accepts at most " + MAX_BYTES);
      }
      bytes = Files.readAllBytes(path);
    } catch (AccessDeniedException e) {
      throw error(name, "cannot read the file: permission denied");
    } catch (NoSuchFileException e) {
      throw error(name, "no such file");
    } catch (IOException e) {
      throw error(name, "cannot read the file: " + e.getMessage());
    }
    return importBytes(name, bytes);
  }

  /** Imports the bytes of a file named {@code file} (the name is used in ids and messages). */
  public static RfcDocument importBytes(String file, byte[] bytes) throws DiagnosticException {
    if (bytes.length > MAX_BYTES) {
      throw error(file, "the file is " + bytes.length + " bytes; RFC import accepts at most " + MAX_BYTES);
    }
    Optional<String> refusal = FormatSniffer.refusal(bytes);
    if (refusal.isPresent()) {
      throw error(file, refusal.get());
    }
    RfcDocument doc = importText(file, TextDecoder.decode(file, bytes));
    Optional<String> markup = FormatSniffer.markupWarning(bytes);
    if (markup.isEmpty()) {
      return doc;
    }
    List<Diagnostic> warnings = new ArrayList<>();
    warnings.add(Diagnostic.warning(SourceLocation.of(file, 1, 1), markup.get()));
    warnings.addAll(doc.warnings());
    return new RfcDocument(doc.id(), doc.title(), doc.file(), doc.root(), doc.requirements(), warnings);
  }

  /** Imports text already decoded. */
  public static RfcDocument importText(String file, String text) throws DiagnosticException {
    if (text.isBlank()) {
      throw error(file, text.isEmpty() ? "the file is empty" : "the file holds only whitespace");
    }
    List<SourceLine> lines = LineSplitter.split(text);
    Warnings warnings = new Warnings(file);
    PageFurniture pages = PageFurniture.detect(lines);
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < lines.size() && headers.size() < 4; i++) {
      if (pages.isFurniture(i) && pages.headerShapes().contains(PageFurniture.shape(lines.get(i).text()))) {
        headers.add(lines.get(i).text());
      }
    }
    Optional<String> found = DocumentIdentity.find(lines, headers);
    String id = found.orElseGet(() -> DocumentIdentity.fromFileName(file));
    if (found.isEmpty()) {
      warnings.add(
          "identity",
          1,
          1,
          "no 'Request for Comments: NNNN' line, RFC page header or Internet-Draft name found; is"
              + " this an RFC? Requirement ids use '" + id + "', taken from the file name");
    }
    String title = TitleFinder.find(lines, pages);
    if (title.isEmpty()) {
      title = id;
    }
    StructureBuilder.Result structure =
        StructureBuilder.build(file, id, title, TextFlow.of(lines, pages), warnings);
    if (structure.headings() == 0) {
      warnings.add(
          "sections", 1, 1, "no section headings found; the whole text is one root section");
    }
    if (!structure.requirements().isEmpty() && !structure.boilerplate()) {
      warnings.add(
          "boilerplate",
          structure.requirements().get(0).location().line(),
          structure.requirements().get(0).location().column(),
          "the document uses RFC 2119 keywords but has no BCP 14 key-words paragraph (RFC 8174)");
    }
    warnLongLines(lines, pages, warnings);
    return new RfcDocument(
        id, title, file, structure.root(), structure.requirements(), warnings.finish());
  }

  private static void warnLongLines(List<SourceLine> lines, PageFurniture pages, Warnings warnings) {
    int count = 0;
    SourceLine first = null;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine l = lines.get(i);
      // Running headers may carry the page's form feed in front; they are not body text.
      if (!pages.isFurniture(i) && l.text().stripTrailing().length() > MAX_LINE) {
        count++;
        if (first == null) {
          first = l;
        }
      }
    }
    if (first != null) {
      warnings.add(
          "width",
          first.number(),
          MAX_LINE + 1,
          count + (count == 1 ? " line is" : " lines are") + " longer than " + MAX_LINE
              + " characters (the first has " + first.text().stripTrailing().length()
              + "); RFC text is at most " + MAX_LINE + " wide");
    }
  }

  private static DiagnosticException error(String file, String message) {
    return new DiagnosticException(Diagnostic.error(SourceLocation.of(file, 1, 1), message));
  }
}
