package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code vigor verify --sarif FILE --junit FILE} writes both reports and keeps the exit code. */
class VerifyReportsCliTest {
  static final Path NOP = Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("nop");

  @Test
  void writesSarifAndJUnitForAViolatedSpec(@TempDir Path tmp) throws Exception {
    Path sarif = tmp.resolve("out/nop.sarif");
    Path junit = tmp.resolve("out/nop.xml");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", NOP.toString(),
        "--spec", NOP.resolve("spec.py").toString(),
        "--spec", "src/test/resources/validate/nop-wrong/spec.py",
        "--sarif", sarif.toString(), "--junit", junit.toString());
    assertEquals(ExitCodes.VIOLATED, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("wrote " + sarif), r.out());

    JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
    assertEquals(2, results.size(), "both NOP traces violate the wrong spec");
    for (JsonNode res : results) {
      assertEquals("error", res.get("level").asText());
      assertEquals(2, res.at("/locations/0/physicalLocation/region/startLine").asInt());
      assertEquals("nop.c", res.at("/locations/1/physicalLocation/artifactLocation/uri").asText());
    }
    Element suite = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(junit.toFile()).getElementsByTagName("testsuite").item(0);
    assertEquals("nop", suite.getAttribute("name"));
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
  }

  /** Every report names the layers its verdicts cover; a layer not executed is bad input. */
  @Test
  void reportsNameTheLayersAndALayerNotExecutedIsBadInput(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("nop.json");
    Path sarif = tmp.resolve("nop.sarif");
    Path junit = tmp.resolve("nop.xml");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", NOP.toString(), "--layers", "nf",
        "--json", json.toString(), "--sarif", sarif.toString(), "--junit", junit.toString());
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    ObjectMapper m = new ObjectMapper();
    assertEquals("[\"nf\"]", m.readTree(json.toFile()).get("layers").toString());
    assertEquals("[\"nf\"]", m.readTree(sarif.toFile())
        .at("/runs/0/invocations/0/properties/layers").toString());
    Element property = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(junit.toFile()).getElementsByTagName("property").item(0);
    assertEquals("layers", property.getAttribute("name"));
    assertEquals("nf", property.getAttribute("value"));

    for (String command : new String[] {"verify", "traces"}) {
      CheckCommandTest.Run unknown = CheckCommandTest.run(command, NOP.toString(), "--layers",
          "hardware");
      assertEquals(ExitCodes.BAD_INPUT, unknown.code());
      assertTrue(unknown.err().contains("--layers: no layer 'hardware' to verify: this engine executes"
          + " nfos, driver, io, libvig, nf"), unknown.err());
    }
  }

  /** A lower layer selected is verified too, and every report says so. */
  @Test
  void theIoLayerIsVerifiedWhenSelected(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("nop.json");
    Path junit = tmp.resolve("nop.xml");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", NOP.toString(), "--layers", "io",
        "--json", json.toString(), "--junit", junit.toString());
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("layer io") && r.out().contains("proved   paths"), r.out());
    var tree = new ObjectMapper().readTree(json.toFile());
    assertEquals("[\"io\",\"nf\"]", tree.get("layers").toString());
    assertEquals("io", tree.at("/lowerLayers/0/layer").asText());
    assertEquals("proved", tree.at("/lowerLayers/0/verdict").asText());
    assertTrue(tree.at("/lowerLayers/0/paths").asInt() > 1);
    assertTrue(java.nio.file.Files.readString(junit).contains("layer io"), java.nio.file.Files.readString(junit));
  }

  @Test
  void anUnwritableReportIsBadInput(@TempDir Path tmp) throws Exception {
    Path blocker = Files.writeString(tmp.resolve("file"), "x");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", NOP.toString(),
        "--sarif", blocker.resolve("under-a-file.sarif").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out());
    assertTrue(r.err().contains("cannot write a report"), r.err());
  }
}
