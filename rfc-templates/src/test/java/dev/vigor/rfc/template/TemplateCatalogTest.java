package dev.vigor.rfc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.importer.RequirementListReader;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.trace.AnnotationScanner;
import dev.vigor.rfc.trace.AnnotationValidator;
import dev.vigor.rfc.trace.Coverage;
import dev.vigor.rfc.trace.CoversAnnotation;
import dev.vigor.rfc.trace.LevelTotals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates: well formed, conservative spec dialect, every requirement covered. */
class TemplateCatalogTest {
  private static final TemplateCatalog CATALOG = TemplateCatalog.load();

  /**
   * The only statements a stub may use until the spec checker lands: the state import, integer
   * constants, property imports and pass. Comments and blank lines are free.
   */
  private static final List<Pattern> CONSERVATIVE =
      List.of(
          Pattern.compile("from state import [a-z_][a-z0-9_]*(, [a-z_][a-z0-9_]*)*"),
          Pattern.compile("[A-Z][A-Z0-9_]* = [0-9]+( \\* [0-9]+)*"),
          Pattern.compile("import [a-z_][a-z0-9_]*"),
          Pattern.compile("pass"));

  @TempDir Path tmp;

  @Test
  void fiveStandards() {
    assertEquals(
        List.of("nat", "bridge", "firewall", "maglev", "policer"),
        CATALOG.templates().stream().map(Template::name).toList());
    assertEquals("RFC 3022", CATALOG.find("nat").orElseThrow().standard());
    assertTrue(CATALOG.find("nope").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nat", "bridge", "firewall", "maglev", "policer"})
  void eachTemplateIsConservativeAndCoversItsRequirements(String name) throws Exception {
    Template t = CATALOG.find(name).orElseThrow();
    assertTrue(t.files().contains("spec.py"));
    assertTrue(t.files().contains("requirements.txt"));
    assertEquals(4, t.properties().size(), t.properties().toString());
    String spec = CATALOG.content(t, "spec.py");
    assertConservative(name + "/spec.py", spec);
    // Each property imports the state it mentions; an import here would be compared unmentioned.
    assertTrue(spec.lines().noneMatch(l -> l.startsWith("from state import ")), spec);
    assertFalse(t.state().isEmpty(), name + " names the state its properties talk about");
    for (String p : t.properties()) {
      assertTrue(spec.lines().anyMatch(l -> l.equals("import " + p)), "spec.py imports " + p);
    }
    RfcDocument reqs = RequirementListReader.read(name + "/requirements.txt", CATALOG.content(t, "requirements.txt"));
    List<CoversAnnotation> annotations = new ArrayList<>();
    for (String p : t.properties()) {
      String file = "props/" + p + ".py";
      String text = CATALOG.content(t, file);
      assertConservative(name + "/" + file, text);
      assertTrue(text.contains("# It must say:"), file + " says what it must say");
      // The import it suggests names only state the template says its NF exports.
      text.lines().filter(l -> l.startsWith("# from state import ")).forEach(l -> {
        for (String object : l.substring("# from state import ".length()).split("#")[0].split(",")) {
          assertTrue(t.state().contains(object.strip()), file + " suggests " + object + " not in " + t.state());
        }
      });
      var scan = AnnotationScanner.scan(file, p, text);
      assertEquals(List.of(), scan.diagnostics());
      assertTrue(!scan.annotations().isEmpty(), file + " covers something");
      annotations.addAll(scan.annotations());
    }
    assertEquals(List.of(), AnnotationValidator.validate(annotations, List.of(reqs)));
    for (LevelTotals total : Coverage.compute(List.of(reqs), annotations, Map.of()).totals()) {
      assertEquals(total.total(), total.covered(), name + ": every " + total.level() + " requirement is covered");
    }
  }

  private static void assertConservative(String file, String text) {
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      String code = line.strip();
      if (code.isEmpty() || code.startsWith("#")) {
        continue;
      }
      assertTrue(
          CONSERVATIVE.stream().anyMatch(p -> p.matcher(code).matches()),
          file + ":" + n + ": not in the conservative subset: " + code);
    }
  }

  @Test
  void instantiateRefusesToOverwriteUnlessAsked() throws Exception {
    Template bridge = CATALOG.find("bridge").orElseThrow();
    Path nf = tmp.resolve("my-bridge");
    List<Path> written = CATALOG.instantiate(bridge, nf, false);
    assertEquals(6, written.size());
    assertTrue(Files.isRegularFile(nf.resolve("props/bridge_learn.py")));
    assertEquals(CATALOG.content(bridge, "spec.py"), Files.readString(nf.resolve("spec.py")));

    Files.writeString(nf.resolve("spec.py"), "# mine\n");
    Files.delete(nf.resolve("props/bridge_learn.py"));
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> CATALOG.instantiate(bridge, nf, false));
    assertEquals(5, e.diagnostics().size());
    assertTrue(e.diagnostics().get(0).message().contains("use --force"));
    assertEquals("# mine\n", Files.readString(nf.resolve("spec.py")), "nothing written on refusal");
    assertTrue(Files.notExists(nf.resolve("props/bridge_learn.py")), "nothing written on refusal");

    CATALOG.instantiate(bridge, nf, true);
    assertEquals(CATALOG.content(bridge, "spec.py"), Files.readString(nf.resolve("spec.py")));

    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    assertThrows(DiagnosticException.class, () -> CATALOG.instantiate(bridge, file, false));
  }

  @Test
  void requirementListErrors() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () ->
                RequirementListReader.read(
                    "r.txt",
                    "# vigor requirement list: fw\nfw#a-1 MUST x\nfw#a-1 MUST y\nother#b-1 MUST z\nfw#c-1 MOST w\nfw#d-1\n"));
    assertEquals(
        List.of(
            "r.txt:3:1: error: 'fw#a-1' is listed twice (first on line 2)",
            "r.txt:4:1: error: 'other#b-1' is not an id of fw (write fw#name-n)",
            "r.txt:5:8: error: 'MOST' is not an RFC 2119 keyword",
            "r.txt:6:1: error: expected '<id> <KEYWORD> <sentence>'"),
        e.diagnostics().stream().map(d -> d.format()).toList());
  }
}
