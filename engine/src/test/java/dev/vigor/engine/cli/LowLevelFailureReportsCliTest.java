package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.mutation.Mutant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An NF that returns with a vector element still borrowed (a libVig precondition, checked
 * whatever the spec says): the text, JSON, SARIF and JUnit output all carry the failure, and no
 * spec of it reads "proved". The bug is the bridge's, planted: on a learned destination it
 * borrows the port instead of reading it, and gives it back only when it drops the frame.
 */
class LowLevelFailureReportsCliTest {
  static final Mutant BORROW_KEPT = new Mutant("borrow-kept",
      "forwards to a learned port without giving the borrowed element back",
      """
          struct DynamicValue learned;
              vector_get(dyn_ports, index, &learned);
              if (learned.device == device) {
                return NF_DROP;
              }
              return learned.device;""",
      """
          struct DynamicValue *learned;
              vector_borrow(dyn_ports, index, (void **)&learned);
              if (learned->device == device) {
                vector_return(dyn_ports, index, learned);
                return NF_DROP;
              }
              return learned->device;""", List.of());
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern SPEC_LINE = Pattern.compile("^(\\S+\\.py)\\s+(\\w+)\\s+traces .*");

  @TempDir static Path tmp;
  static Path nf;
  static CheckCommandTest.Run run;

  @BeforeAll
  static void verify() throws Exception {
    nf = BORROW_KEPT.plantIn("bridge", tmp);
    run = CheckCommandTest.run("verify", nf.toString(), "--prop", "learn", "--prop", "no_loop",
        "--json", tmp.resolve("out/r.json").toString(), "--sarif",
        tmp.resolve("out/r.sarif").toString(), "--junit", tmp.resolve("out/r.xml").toString(),
        "--progress", "lines");
  }

  @Test
  void theTextSaysViolatedAndNoSpecReadsProved() {
    assertEquals(ExitCodes.VIOLATED, run.code(), run.out() + run.err());
    List<String> verdicts = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      var m = SPEC_LINE.matcher(line);
      if (m.matches()) {
        verdicts.add(m.group(2));
      }
    }
    assertEquals(List.of("violated", "violated"), verdicts, run.out());
    assertTrue(run.out().contains("low-level VIOLATED LIBVIG_PRECONDITION at bridge.c:"), run.out());
    assertTrue(run.out().contains("still borrowed"), run.out());
    assertTrue(run.out().contains("VIOLATED: the NF fails the low-level check LIBVIG_PRECONDITION"),
        run.out());
    assertTrue(run.out().contains("result: violated (0 of 2 specs proved; "), run.out());
    // streamed as soon as it was found, before any trace was validated
    String err = run.err();
    int found = err.indexOf("low-level VIOLATED LIBVIG_PRECONDITION");
    assertTrue(found >= 0, err);
    assertTrue(found < err.indexOf("Checking traces against the spec"), err);
  }

  @Test
  void theJsonListsTheFailureAndEveryTraceItLiesOn() throws Exception {
    JsonNode root = JSON.readTree(tmp.resolve("out/r.json").toFile());
    assertEquals("violated", root.get("verdict").asText());
    JsonNode low = root.get("lowLevel");
    assertTrue(low.size() > 0, root.toString());
    for (JsonNode l : low) {
      assertEquals("LIBVIG_PRECONDITION", l.get("check").asText());
      assertEquals("violated", l.get("verdict").asText());
      assertTrue(l.get("at").asText().startsWith("bridge.c:"), l.toString());
      assertTrue(l.get("packet").asText().length() > 0, l.toString());
      assertTrue(l.get("steps").size() > 0, l.toString());
    }
    for (JsonNode s : root.get("specs")) {
      assertEquals("violated", s.get("verdict").asText(), s.get("file").asText());
      int onFailure = 0;
      for (JsonNode t : s.get("traces")) {
        if (t.get("lowLevel").size() > 0) {
          onFailure++;
          assertEquals("violated", t.get("verdict").asText(), t.toString());
          assertEquals("LIBVIG_PRECONDITION", t.at("/lowLevel/0/check").asText());
        }
      }
      assertEquals(low.size(), onFailure, "one trace per failing path, in every spec");
    }
    assertFalse(root.toString().contains("\"verdict\":\"proved\",\"millis\":0,\"diagnostics\""));
  }

  @Test
  void sarifHasAnErrorAtTheCReturnWithTheInputAndTheSpecsItBreaks() throws Exception {
    JsonNode sarif = JSON.readTree(tmp.resolve("out/r.sarif").toFile()).at("/runs/0");
    List<JsonNode> low = new ArrayList<>();
    sarif.get("results").forEach(r -> {
      if (r.get("ruleId").asText().equals("low-level/LIBVIG_PRECONDITION")) {
        low.add(r);
      }
    });
    assertFalse(low.isEmpty(), sarif.toString());
    for (JsonNode r : low) {
      assertEquals("error", r.get("level").asText());
      assertEquals("bridge.c", r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
      assertTrue(r.at("/message/text").asText().contains("still borrowed"), r.toString());
      assertTrue(r.at("/properties/input").asText().contains("packet="), r.toString());
      List<String> notProved = new ArrayList<>();
      r.at("/properties/notProved").forEach(n -> notProved.add(n.asText()));
      assertEquals(List.of("learn.py", "no_loop.py"), notProved);
      assertTrue(r.at("/codeFlows/0/threadFlows/0/locations").size() > 0, r.toString());
    }
    assertTrue(sarif.at("/invocations/0/executionSuccessful").asBoolean());
  }

  @Test
  void junitFailsEverySpecAndTheLowLevelChecks() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(tmp.resolve("out/r.xml").toFile());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("3", suite.getAttribute("failures"));
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element tc = (Element) cases.item(i);
      assertEquals(1, tc.getElementsByTagName("failure").getLength(), tc.getAttribute("name"));
      String text = tc.getElementsByTagName("failure").item(0).getTextContent();
      assertTrue(text.contains("LIBVIG_PRECONDITION"), text);
    }
  }

  @Test
  void failFastStopsAtTheFailureAndMarksEveryReportAsStoppedEarly() throws Exception {
    CheckCommandTest.Run r = CheckCommandTest.run("verify", nf.toString(), "--prop", "learn",
        "--fail-fast", "--progress", "off", "--json", tmp.resolve("ff/r.json").toString(),
        "--sarif", tmp.resolve("ff/r.sarif").toString(), "--junit",
        tmp.resolve("ff/r.xml").toString());
    assertEquals(ExitCodes.VIOLATED, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("stopped early: stopped at the first violation (--fail-fast)"),
        r.out());
    JsonNode json = JSON.readTree(tmp.resolve("ff/r.json").toFile());
    assertTrue(json.get("stopped").asText().contains("--fail-fast"), json.toString());
    assertEquals("violated", json.at("/specs/0/verdict").asText());
    JsonNode sarif = JSON.readTree(tmp.resolve("ff/r.sarif").toFile());
    assertFalse(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
    assertTrue(sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0/message/text").asText()
        .contains("stopped early"));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(tmp.resolve("ff/r.xml").toFile());
    Element prop = (Element) doc.getElementsByTagName("property").item(0);
    assertEquals("stopped", prop.getAttribute("name"));
  }
}
