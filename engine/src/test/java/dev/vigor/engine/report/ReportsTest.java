package dev.vigor.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SARIF and JUnit reports of real runs parse, have the structure their consumers need, and count
 * what the run found: a mutant bridge that sends frames back out of a static entry's port
 * violates no_loop (and still satisfies static_drop); the bridge's refresh property with a 1 ms
 * solver timeout is unknown on the traces that need the solver; a malformed spec is bad input.
 */
class ReportsTest {
  static Path MUTANT;
  static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("bridge");
  static final Path POLICER = BRIDGE.resolveSibling("policer");
  static final ObjectMapper JSON = new ObjectMapper();

  static Verification.Result mutant;
  static Verification.Result undecided;

  @BeforeAll
  static void verify(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    MUTANT = dev.vigor.engine.mutation.Mutant.named("bridge", "static-back").plantIn("bridge", tmp);
    mutant = Verification.run(MUTANT, LoadedNf.load(MUTANT), List.of(
        MUTANT.resolve("props/no_loop.py"), MUTANT.resolve("props/static_drop.py")), 120_000);
    // The policer's refill: each of its queries takes Z3 hundreds of milliseconds, so a 20 ms
    // budget leaves some part undecided however fast the machine (a timeout is unknown).
    undecided = Verification.run(POLICER, LoadedNf.load(POLICER), List.of(
        POLICER.resolve("props/pass_compliant.py")), 20);
  }

  @Test
  void sarifLocatesEachViolationAtTheSpecLineAndTheCLine(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("reports/run.sarif"); // the folder does not exist yet
    SarifReport.write(mutant, MUTANT, out);
    JsonNode root = JSON.readTree(out.toFile());
    assertEquals("2.1.0", root.get("version").asText());
    assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
    assertEquals(1, root.get("runs").size());
    JsonNode run = root.get("runs").get(0);
    assertEquals("vigor", run.at("/tool/driver/name").asText());
    assertTrue(run.at("/originalUriBaseIds/NFDIR/uri").asText().startsWith("file:"));
    List<String> ruleIds = run.at("/tool/driver/rules").findValuesAsText("id");
    assertEquals(List.of("no_loop.py", "static_drop.py"), ruleIds);

    long violated = mutant.specs().get(0).traces().stream()
        .filter(t -> t.verdict() == Verdict.VIOLATED).count();
    assertTrue(violated > 0);
    JsonNode results = run.get("results");
    assertEquals(violated, results.size(), "one result per violated trace, none for proved ones");
    for (JsonNode r : results) {
      assertEquals("no_loop.py", r.get("ruleId").asText());
      assertEquals(0, r.get("ruleIndex").asInt());
      assertEquals("error", r.get("level").asText());
      String message = r.at("/message/text").asText();
      assertTrue(message.contains("the NF did \"send on device"), message);
      assertTrue(message.contains("assert failed"), message);
      JsonNode spec = r.at("/locations/0/physicalLocation");
      assertEquals("props/no_loop.py", spec.at("/artifactLocation/uri").asText());
      assertEquals("NFDIR", spec.at("/artifactLocation/uriBaseId").asText());
      assertEquals(3, spec.at("/region/startLine").asInt()); // the assert
      JsonNode c = r.at("/locations/1/physicalLocation");
      assertEquals("bridge.c", c.at("/artifactLocation/uri").asText());
      assertTrue(c.at("/region/startLine").asInt() > 90, c.toString());
      assertEquals(c, r.at("/relatedLocations/0/physicalLocation"));
      JsonNode steps = r.at("/codeFlows/0/threadFlows/0/locations");
      assertTrue(steps.size() > 5, steps.toString());
      for (JsonNode s : steps) {
        String uri = s.at("/location/physicalLocation/artifactLocation/uri").asText();
        assertFalse(uri.startsWith("/") || uri.contains("src/test"), "relative: " + uri);
      }
    }
  }

  @Test
  void junitHasOneTestcasePerSpecAndFailsTheViolatedOne(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("junit.xml");
    Files.writeString(out, "stale");
    JUnitReport.write(mutant, MUTANT, "bridge", out);
    Document doc = parse(out);
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("bridge", suite.getAttribute("name"));
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("0", suite.getAttribute("errors"));
    assertTrue(Double.parseDouble(suite.getAttribute("time")) > 0);
    NodeList cases = doc.getElementsByTagName("testcase");
    assertEquals(2, cases.getLength());
    Element noLoop = (Element) cases.item(0);
    assertEquals("props/no_loop.py", noLoop.getAttribute("name"));
    Element failure = (Element) noLoop.getElementsByTagName("failure").item(0);
    assertEquals("violated", failure.getAttribute("type"));
    assertTrue(failure.getTextContent().contains("VIOLATED"), failure.getTextContent());
    assertTrue(failure.getTextContent().contains("C trace"), failure.getTextContent());
    Element staticDrop = (Element) cases.item(1);
    assertEquals("props/static_drop.py", staticDrop.getAttribute("name"));
    assertEquals(0, staticDrop.getElementsByTagName("failure").getLength());
    assertEquals(0, staticDrop.getElementsByTagName("error").getLength());
  }

  @Test
  void unknownTracesAreWarningsInSarifAndErrorsInJUnit(@TempDir Path tmp) throws Exception {
    assertEquals(Verdict.UNKNOWN, undecided.specs().get(0).verdict());
    // The budget bounds symbolic execution too: checks it could not decide are low-level
    // warnings, reported once each; a trace unknown only because of them is not repeated.
    long unknown = undecided.specs().get(0).traces().stream()
        .filter(t -> t.verdict() == Verdict.UNKNOWN && t.lowLevel().size() < t.reasons().size())
        .count();
    long undecidedChecks = undecided.lowLevel().stream()
        .filter(l -> l.verdict() == Verdict.UNKNOWN).count();
    assertTrue(unknown > 0);
    JsonNode results = JSON.readTree(SarifReport.render(undecided, POLICER))
        .at("/runs/0/results");
    assertEquals(unknown + undecidedChecks, results.size());
    for (JsonNode r : results) {
      assertEquals("warning", r.get("level").asText());
      if (r.get("ruleId").asText().startsWith("low-level/")) {
        assertEquals("policer.c", r.at("/locations/0/physicalLocation/artifactLocation/uri")
            .asText());
        continue;
      }
      assertEquals("pass_compliant.py", r.get("ruleId").asText());
      assertEquals("props/pass_compliant.py",
          r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }
    Path xml = tmp.resolve("j.xml");
    JUnitReport.write(undecided, POLICER, "policer", xml);
    Element suite = (Element) parse(xml).getElementsByTagName("testsuite").item(0);
    // the property, and the low-level checks' testcase when some went undecided
    assertEquals(undecidedChecks > 0 ? "2" : "1", suite.getAttribute("errors"));
    assertEquals("0", suite.getAttribute("failures"));
    Element error = (Element) suite.getElementsByTagName("error").item(0);
    assertEquals("unknown", error.getAttribute("type"));
  }

  @Test
  void aMalformedSpecIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.py");
    Files.writeString(bad, "# comment\nreturn received_on_port pkt\n");
    Path nop = Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("nop");
    Verification.Result r = Verification.run(nop, LoadedNf.load(nop), List.of(bad), 60_000);
    JsonNode result = JSON.readTree(SarifReport.render(r, nop)).at("/runs/0/results/0");
    assertEquals("bad.py", result.get("ruleId").asText());
    assertEquals("error", result.get("level").asText());
    assertEquals(2, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    Path xml = tmp.resolve("j.xml");
    JUnitReport.write(r, nop, "nop", xml);
    Element error = (Element) parse(xml).getElementsByTagName("error").item(0);
    assertEquals("bad-input", error.getAttribute("type"));
    assertTrue(error.getTextContent().contains("bad.py:2:"), error.getTextContent());
  }

  static Document parse(Path xml) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(xml.toFile());
  }
}
