package dev.vigor.rfc.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.importer.RfcImporter;
import dev.vigor.rfc.model.Level;
import dev.vigor.rfc.model.RfcDocument;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code # covers:} annotations, their validation against an imported RFC, and coverage. */
class TraceabilityTest {
  @TempDir Path tmp;

  static RfcDocument relay() throws Exception {
    try (InputStream in = TraceabilityTest.class.getResourceAsStream("/rfc/good/packet-relay.txt")) {
      return RfcImporter.importBytes("packet-relay.txt", in.readAllBytes());
    }
  }

  @Test
  void annotationsWithCommasSpacesAndSeveralLines() {
    String text =
        "# Property: relay keeps flows\n"
            + "#   covers: rfc9901#2-1, rfc9901#2-2  rfc9901#2.1-1\n"
            + "from state import flows\n"
            + "x = 1  # covers: rfc9901#3-1\n"
            + "# this line does not cover anything: covers: rfc9901#2-3\n"
            + "#Covers:rfc9901#2.2-1\r\n";
    AnnotationScan scan = AnnotationScanner.scan("props/keep.py", "keep", text);
    assertEquals(List.of(), scan.diagnostics());
    assertEquals(
        List.of("rfc9901#2-1", "rfc9901#2-2", "rfc9901#2.1-1", "rfc9901#3-1", "rfc9901#2.2-1"),
        scan.annotations().stream().map(CoversAnnotation::requirementId).toList());
    assertEquals(new SourceLocation("props/keep.py", 2, 13, 11), scan.annotations().get(0).location());
    assertEquals(new SourceLocation("props/keep.py", 2, 26, 11), scan.annotations().get(1).location());
    assertEquals(new SourceLocation("props/keep.py", 2, 39, 13), scan.annotations().get(2).location());
    assertEquals(new SourceLocation("props/keep.py", 4, 18, 11), scan.annotations().get(3).location());
    assertEquals(6, scan.annotations().get(4).location().line());
    assertTrue(scan.annotations().stream().allMatch(a -> a.property().equals("keep")));
  }

  @Test
  void malformedIdsAndEmptyCoversAreReported() {
    AnnotationScan scan =
        AnnotationScanner.scan("spec.py", "spec", "# covers: rfc9901, #2-1, rfc9901#2-x\n# covers:\n");
    assertEquals(
        List.of(
            "spec.py:1:11: error: 'rfc9901' is not a requirement id; write ids as document#section-n, e.g. rfc3022#4.1-2",
            "spec.py:1:20: error: '#2-1' is not a requirement id; write ids as document#section-n, e.g. rfc3022#4.1-2",
            "spec.py:1:26: error: 'rfc9901#2-x' is not a requirement id; write ids as document#section-n, e.g. rfc3022#4.1-2",
            "spec.py:2:3: warning: 'covers:' names no requirement; list ids such as rfc3022#4.1-2"),
        scan.diagnostics().stream().map(Diagnostic::format).toList());
  }

  @Test
  void unknownIdsAreErrorsAtTheIdWithASuggestion() throws Exception {
    AnnotationScan scan =
        AnnotationScanner.scan(
            "props/p.py", "p", "# covers: rfc9901#2.1-1 rfc9901#2.1-9\n# covers: rfc9901#21-1 rfc3022#4.1-2 rfc9901#zzzzzzzz-99\n");
    List<String> diags =
        AnnotationValidator.validate(scan.annotations(), List.of(relay())).stream().map(Diagnostic::format).toList();
    assertEquals(
        List.of(
            "props/p.py:1:25: error: unknown requirement 'rfc9901#2.1-9' in rfc9901; did you mean 'rfc9901#2.1-1'?",
            "props/p.py:2:11: error: unknown requirement 'rfc9901#21-1' in rfc9901; did you mean 'rfc9901#2-1'?",
            "props/p.py:2:24: warning: 'rfc3022#4.1-2' is not checked: rfc3022 was not imported (imported: rfc9901)",
            "props/p.py:2:38: error: unknown requirement 'rfc9901#zzzzzzzz-99' in rfc9901"),
        diags);
  }

  @Test
  void editDistance() {
    assertEquals(0, AnnotationValidator.distance("abc", "abc", 10));
    assertEquals(1, AnnotationValidator.distance("abc", "abd", 10));
    assertEquals(3, AnnotationValidator.distance("", "abc", 10));
    assertEquals(2, AnnotationValidator.distance("abcdef", "zzzzzz", 2));
  }

  @Test
  void coverageCountsMustAndShouldFamiliesAndCombinesVerdicts() throws Exception {
    RfcDocument doc = relay();
    List<CoversAnnotation> annotations =
        List.of(
            new CoversAnnotation("rfc9901#2-1", "keep", SourceLocation.of("a", 1, 1)),
            new CoversAnnotation("rfc9901#2-1", "count", SourceLocation.of("b", 1, 1)),
            new CoversAnnotation("rfc9901#2.1-1", "rewrite", SourceLocation.of("c", 1, 1)),
            new CoversAnnotation("rfc9901#2.1-2", "rewrite", SourceLocation.of("c", 2, 1)),
            new CoversAnnotation("rfc9901#2.2-1", "inbound", SourceLocation.of("d", 1, 1)),
            new CoversAnnotation("rfc9901#2-2", "expiry", SourceLocation.of("e", 1, 1)),
            new CoversAnnotation("rfc9901#2-3", "log", SourceLocation.of("f", 1, 1)));
    Map<String, Verdict> verdicts =
        Map.of("keep", Verdict.PROVED, "count", Verdict.PROVED, "rewrite", Verdict.PROVED,
            "inbound", Verdict.VIOLATED, "expiry", Verdict.UNKNOWN);
    Coverage c = Coverage.compute(List.of(doc), annotations, verdicts);
    // MAY-family rfc9901#2-3 is not a row; the other 10 requirements are.
    assertEquals(10, c.rows().size());
    assertEquals(
        List.of(new LevelTotals(Level.MUST, 6, 4, 3), new LevelTotals(Level.SHOULD, 4, 1, 0)),
        c.totals());
    Map<String, RequirementStatus> status =
        c.rows().stream().collect(java.util.stream.Collectors.toMap(r -> r.requirement().id(), CoverageRow::status));
    assertEquals(RequirementStatus.PROVED, status.get("rfc9901#2-1"));
    assertEquals(RequirementStatus.VIOLATED, status.get("rfc9901#2.2-1"));
    assertEquals(RequirementStatus.UNKNOWN, status.get("rfc9901#2-2"));
    assertEquals(RequirementStatus.NOT_COVERED, status.get("rfc9901#3-1"));
    assertEquals(List.of("keep", "count"), c.rows().get(0).properties());

    // Without verdicts, covered requirements have not run; one unproved property spoils a proof.
    Coverage notRun = Coverage.compute(List.of(doc), annotations, Map.of("keep", Verdict.PROVED));
    assertEquals(RequirementStatus.NOT_RUN, notRun.rows().get(0).status());
    assertEquals(0, notRun.totals().get(0).proved());
  }

  @Test
  void nfFolderAnnotations() throws Exception {
    Path nf = Files.createDirectories(tmp.resolve("relay"));
    Files.writeString(nf.resolve("spec.py"), "# covers: rfc9901#2-1\nfrom state import flows\nimport keep\n");
    Files.createDirectories(nf.resolve("props"));
    Files.writeString(nf.resolve("props/keep.py"), "# covers: rfc9901#2-2\npass\n");
    Files.writeString(nf.resolve("props/notes.txt"), "# covers: rfc9901#3-1\n");
    NfAnnotations.Result r = NfAnnotations.read(nf);
    assertEquals(List.of("spec", "keep"), r.properties());
    assertEquals(List.of("spec", "keep"), r.scan().annotations().stream().map(CoversAnnotation::property).toList());
    assertEquals(nf.resolve("props/keep.py").toString(), r.scan().annotations().get(1).location().file());

    DiagnosticException e = assertThrows(DiagnosticException.class, () -> NfAnnotations.read(tmp));
    assertTrue(e.getMessage().contains("no spec.py and no props/*.py"), e.getMessage());
    assertThrows(DiagnosticException.class, () -> NfAnnotations.read(tmp.resolve("missing")));
  }

  @Test
  void verdictsFile() throws Exception {
    Path ok = tmp.resolve("v.json");
    Files.writeString(ok, "{\"keep\": \"PROVED\", \"log\": \"not run\", \"x\": \"violated\"}");
    assertEquals(
        Map.of("keep", Verdict.PROVED, "log", Verdict.NOT_RUN, "x", Verdict.VIOLATED), VerdictsFile.read(ok));
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"keep\": \"GREEN\"}");
    assertTrue(assertThrows(DiagnosticException.class, () -> VerdictsFile.read(bad)).getMessage().contains("'GREEN' is not a verdict"));
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\n  \"keep\": ");
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> VerdictsFile.read(broken));
    assertEquals(2, e.diagnostics().get(0).location().line());
    Files.writeString(broken, "[1]");
    assertTrue(assertThrows(DiagnosticException.class, () -> VerdictsFile.read(broken)).getMessage().contains("expected a JSON object"));
  }
}
