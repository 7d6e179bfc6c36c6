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

/**
 * {@code vigor check} holds init.py to the init rules; {@code vigor verify} finds init.py next to
 * spec.py and reports its verdict in the text, JSON, SARIF and JUnit output.
 */
class InitSpecCliTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final Path NOP = CATALOG.resolve("nop");
  static final Path BRIDGE = CATALOG.resolve("bridge");

  @Test
  void checkRejectsPacketInputsInAnInitSpec(@TempDir Path tmp) throws Exception {
    CheckCommandTest.Run catalog = CheckCommandTest.run("check", "--nf", BRIDGE.toString(),
        BRIDGE.resolve("init.py").toString());
    assertEquals(ExitCodes.OK, catalog.code(), catalog.out() + catalog.err());
    Path spec = Files.writeString(tmp.resolve("init.py"),
        "from state import static_macs\nstatic_macs[0x0180C2000000] = StaticValue(received_on_port)\n");
    CheckCommandTest.Run r = CheckCommandTest.run("check", "--nf", BRIDGE.toString(), spec.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
    assertTrue((r.out() + r.err()).contains(spec + ":2:43: error: received_on_port is about a packet"),
        r.out() + r.err());
  }

  @Test
  void verifyFindsInitNextToSpecAndReportsIt(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("nop.json");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", NOP.toString(), "--json", json.toString());
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*spec\\.py +proved +traces 2.*"), r.out());
    assertTrue(r.out().matches("(?s).*\ninit\\.py +proved +nf_init's tables \\(\\d+ ms\\).*"), r.out());
    JsonNode specs = new ObjectMapper().readTree(json.toFile()).get("specs");
    assertEquals(NOP.resolve("init.py").toString(), specs.get(1).get("file").asText());
    assertEquals(-1, specs.get(1).at("/traces/0/id").asInt());
  }

  @Test
  void aViolatedInitSpecInEveryFormat(@TempDir Path tmp) throws Exception {
    Path spec = Path.of("src/test/resources/wrong-init/bridge/wrong_device.init.py");
    Path json = tmp.resolve("r.json");
    Path sarif = tmp.resolve("r.sarif");
    Path junit = tmp.resolve("r.xml");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", BRIDGE.toString(), "--spec",
        spec.toString(), "--json", json.toString(), "--sarif", sarif.toString(), "--junit",
        junit.toString());
    assertEquals(ExitCodes.VIOLATED, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("wrong_device.init.py"), r.out());
    assertTrue(r.out().contains("\n  nf_init VIOLATED\n"), r.out());
    assertTrue(r.out().contains("NF:    nf_init leaves static_macs with [02:00:00:00:00:01 → StaticValue{device=1}]"),
        r.out());
    assertTrue(r.out().contains("spec:  requires static_macs with [02:00:00:00:00:01 → StaticValue{device=0}]"
        + " (decided at " + spec + ":11:1)"), r.out());

    JsonNode cex = new ObjectMapper().readTree(json.toFile()).at("/specs/0/traces/0/counterexample");
    assertEquals(spec + ":11:1", cex.get("specLine").asText());
    assertEquals(-1, cex.get("device").asInt());

    JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0");
    assertEquals("error", result.get("level").asText());
    assertTrue(result.at("/message/text").asText().startsWith("nf_init violates wrong_device.init.py"),
        result.toString());
    assertEquals(11, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals("bridge.c", result.at("/locations/1/physicalLocation/artifactLocation/uri").asText());

    Element failure = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(junit.toFile()).getElementsByTagName("failure").item(0);
    assertTrue(failure.getAttribute("message").startsWith("nf_init's tables are not what"),
        failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("nf_init VIOLATED"), failure.getTextContent());
  }
}
