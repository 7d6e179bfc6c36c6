package dev.vigor.rfc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.model.RfcDocument;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not good RFCs: each is rejected with a clear message or imported with warnings. */
class BadInputTest {
  @TempDir Path tmp;

  private static Diagnostic rejected(Path p) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> RfcImporter.importFile(p));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.isError());
    assertEquals(p.toString(), d.location().file());
    return d;
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void emptyFile() throws Exception {
    Diagnostic d = rejected(write("empty.txt", new byte[0]));
    assertEquals("the file is empty", d.message());
    assertEquals(1, d.location().line());
  }

  @Test
  void onlyWhitespace() throws Exception {
    assertEquals("the file holds only whitespace", rejected(write("blank.txt", "\n \r\n\t\f\n".getBytes(StandardCharsets.US_ASCII))).message());
  }

  @Test
  void binaryWithNulByteIsReportedWhereTheNulIs() throws Exception {
    Diagnostic d = rejected(write("image.png", "RFC text\nline two\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)));
    assertTrue(d.message().startsWith("binary file: a NUL byte"), d.message());
    assertEquals(2, d.location().line());
    assertEquals(9, d.location().column());
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] latin1 = "Title\n   Caf\u00e9 requirements\n".getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = rejected(write("latin1.txt", latin1));
    assertTrue(d.message().startsWith("not UTF-8 text: byte 0xE9"), d.message());
    assertEquals(2, d.location().line());
    assertEquals(7, d.location().column());
  }

  @Test
  void manyControlCharacters() throws Exception {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x1b : 'a');
    }
    assertTrue(rejected(write("control.dat", b)).message().startsWith("binary file: 134 control characters"));
  }

  @Test
  void otherDownloadFormatsAreNamed() throws Exception {
    assertEquals(
        "a PDF file; import the plain-text version of the RFC (rfcNNNN.txt)",
        rejected(write("rfc.pdf", "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII))).message());
    assertEquals(
        "UTF-16 text; save the RFC as UTF-8 or ASCII plain text",
        rejected(write("rfc16.txt", "\uFEFF1.  Intro\n".getBytes(StandardCharsets.UTF_16))).message());
    assertTrue(rejected(write("rfc.txt.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0})).message().startsWith("a gzip archive"));
    RfcDocument html =
        RfcImporter.importFile(
            write("rfc.html", "<!DOCTYPE html>\n<html><body><pre>\n1.  Intro\n\n   It MUST.\n</pre>".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(html.warnings().get(0).message().startsWith("this looks like an HTML page"), html.warnings().toString());
  }

  @Test
  void aFolder() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("rfcs"));
    assertEquals("is a folder, not an RFC text file", rejected(dir).message());
  }

  @Test
  void aMissingFile() {
    assertEquals("no such file", rejected(tmp.resolve("nowhere.txt")).message());
  }

  @Test
  void anUnreadableFile() throws Exception {
    Path p = write("secret.txt", "1.  Intro\n\n   Text.\n".getBytes(StandardCharsets.US_ASCII));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
    assertEquals("cannot read the file: permission denied", rejected(p).message());
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws Exception {
    Path p = tmp.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(RfcImporter.MAX_BYTES + 1);
    }
    assertTrue(rejected(p).message().contains("RFC import accepts at most"));
  }

  @Test
  void textWithoutSectionsIsOneRootSectionWithAWarning() throws Exception {
    Path p =
        write(
            "notes.txt",
            "   The device MUST forward. It MAY log.\n\n   Nothing else here.\n".getBytes(StandardCharsets.US_ASCII));
    RfcDocument doc = RfcImporter.importFile(p);
    assertEquals("notes", doc.id());
    assertTrue(doc.root().children().isEmpty());
    assertEquals(2, doc.root().paragraphs().size());
    assertEquals("notes#top-1", doc.requirements().get(0).id());
    assertEquals(2, doc.requirements().size());
    String warnings = doc.warnings().toString();
    assertTrue(warnings.contains("no section headings found"), warnings);
    assertTrue(warnings.contains("is this an RFC?"), warnings);
    assertTrue(warnings.contains("no BCP 14 key-words paragraph"), warnings);
  }

  @Test
  void aNonRfcDocumentIsImportedBestEffort() throws Exception {
    String text =
        "# Project notes\n\nSome *markdown* text that MUST not crash anything.\n\n"
            + "## Build\n\nRun the build. It SHOULD pass.\n";
    RfcDocument doc = RfcImporter.importFile(write("README.md", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals("readme", doc.id());
    assertEquals("# Project notes", doc.title());
    assertEquals(2, doc.requirements().size());
    assertTrue(doc.warnings().stream().allMatch(w -> !w.isError()));
    assertTrue(doc.warnings().toString().contains("is this an RFC?"));
  }

  @Test
  void oldMacLineEndingsAndABom() throws Exception {
    String text = "\uFEFF1.  Scope\r\r   The relay MUST relay.\r\r2.  More\r\r   It MAY not.\r";
    RfcDocument doc = RfcImporter.importFile(write("mac.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, doc.root().children().size());
    assertEquals("mac#1-1", doc.requirements().get(0).id());
    assertEquals(3, doc.requirements().get(0).location().line());
    assertEquals(4, doc.requirements().get(0).location().column());
  }

  @Test
  void aShortHeadingWithBodyTextRightUnderIt() throws Exception {
    String text = "1. Scope\n   The relay MUST relay.\n";
    RfcDocument doc = RfcImporter.importFile(write("tight.txt", text.getBytes(StandardCharsets.US_ASCII)));
    assertEquals("Scope", doc.root().children().get(0).title());
    assertEquals("tight#1-1", doc.requirements().get(0).id());
  }

  @Test
  void aTableOfContentsInColumnOneWithoutLeaders() throws Exception {
    String text =
        "Table of Contents\n\n1. Intro\n2. Rules\n2.1 Inside\n3. End\n\n"
            + "1. Intro\n\n   Hello.\n\n2. Rules\n\n   It MUST.\n\n2.1 Inside\n\n   It MAY.\n\n3. End\n\n   Bye.\n";
    RfcDocument doc = RfcImporter.importFile(write("toc1.txt", text.getBytes(StandardCharsets.US_ASCII)));
    assertEquals("1 Intro\n2 Rules\n  2.1 Inside\n3 End\n", TestDocs.outline(doc.root()));
    assertEquals(List.of("toc1#2-1", "toc1#2.1-1"), doc.requirements().stream().map(r -> r.id()).toList());
    assertTrue(doc.warnings().stream().noneMatch(w -> w.message().contains("twice")), doc.warnings().toString());
  }

  @Test
  void unnumberedSectionsGetSlugAnchors() throws Exception {
    String text =
        "Abstract\n\n   This memo MUST be read.\n\nAuthors' Addresses\n\n   Anyone MAY write.\n\n"
            + "Notes\n\n   A note SHOULD be short.\n\nNotes\n\n   Another SHOULD too.\n";
    RfcDocument doc = RfcImporter.importFile(write("slugs.txt", text.getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        List.of("slugs#abstract-1", "slugs#authors-addresses-1", "slugs#notes-1", "slugs#notes-2-1"),
        doc.requirements().stream().map(r -> r.id()).toList());
    assertEquals("", doc.root().children().get(0).number());
  }

  @Test
  void aTableOfContentsThatNeverEndsIsAWarning() throws Exception {
    String text = "Table of Contents\n\n   1.  Intro . . . . . 2\n   2.  End . . . . . . 3\n";
    RfcDocument doc = RfcImporter.importFile(write("toc.txt", text.getBytes(StandardCharsets.US_ASCII)));
    assertTrue(doc.root().children().isEmpty());
    assertTrue(doc.warnings().toString().contains("the table of contents runs to the end of the file"));
  }

  @Test
  void duplicateAndOutOfOrderSectionsKeepIdsUnique() throws Exception {
    String text =
        "1.  One\n\n   A MUST here.\n\n3.  Three\n\n   A MUST there.\n\n1.  One again\n\n   A MAY too.\n";
    RfcDocument doc = RfcImporter.importFile(write("dup.txt", text.getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        java.util.List.of("dup#1-1", "dup#3-1", "dup#1-2"),
        doc.requirements().stream().map(r -> r.id()).toList());
    String warnings = doc.warnings().toString();
    assertTrue(warnings.contains("dup.txt:5:1: warning: section 3 follows section 1 (expected 2)"), warnings);
    assertTrue(warnings.contains("dup.txt:9:1: warning: section 1 appears twice (first at line 1)"), warnings);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed target
  void aHugeSingleLine() throws Exception {
    StringBuilder b = new StringBuilder("   ");
    while (b.length() < 3_000_000) {
      b.append("The relay MUST forward e.g. 10.0.0.1 traffic etc. and ");
    }
    RfcDocument doc = RfcImporter.importFile(write("oneline.txt", b.toString().getBytes(StandardCharsets.US_ASCII)));
    assertEquals(1, doc.requirements().size());
    assertTrue(doc.warnings().toString().contains("1 line is longer than 72 characters"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed target
  void aTenMegabyteDocument() throws Exception {
    String page = new String(TestDocs.bytes("good/token-bucket-policing.txt"), StandardCharsets.US_ASCII);
    StringBuilder b = new StringBuilder();
    while (b.length() < 10 * 1024 * 1024) {
      b.append(page);
    }
    RfcDocument doc = RfcImporter.importFile(write("big.txt", b.toString().getBytes(StandardCharsets.US_ASCII)));
    assertEquals("rfc9904", doc.id());
    int copies = (int) Math.ceil(10.0 * 1024 * 1024 / page.length());
    assertEquals(10 * copies, doc.requirements().size());
    assertEquals(
        doc.requirements().size(),
        doc.requirements().stream().map(r -> r.id()).distinct().count(),
        "ids stay unique when sections repeat");
  }
}
