package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.report.PcapFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The firewall's counterexample of a false property ("replies from the WAN are always dropped")
 * reads in the user's terms everywhere {@code vigor verify} writes it: the flow key as a
 * {@code FlowId} with named fields and dotted-quad addresses, times relative to now, the packet's
 * headers, the C trace folded (or whole with --full-trace); JSON, SARIF and JUnit carry the same,
 * and --pcap holds exactly the counterexamples' packets.
 */
class ReadableCounterexampleCliTest {
  static final Path FIREWALL = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("firewall");
  static final Path WRONG = Path.of("src/test/resources/wrong-props/firewall/wan_replies_dropped.py");
  static final Pattern FLOW_ID = Pattern.compile("FlowId\\{src_ip=\\d+\\.\\d+\\.\\d+\\.\\d+,"
      + " dst_ip=\\d+\\.\\d+\\.\\d+\\.\\d+, src_port=\\d+, dst_port=\\d+, protocol=\\d+ \\((TCP|UDP)\\)\\}");
  // a stamp relative to now, in seconds or (under a microsecond) in ns: which one depends on the
  // model Z3 gives (TimeText formats each)
  static final Pattern STAMPED =
      Pattern.compile("stamped now( − (\\d+\\.\\d+ s|\\d+ ns))?(,|\\n|$)");

  @TempDir static Path tmp;
  static CheckCommandTest.Run run;
  static CheckCommandTest.Run full;

  @BeforeAll
  static void verify() {
    run = CheckCommandTest.run("verify", FIREWALL.toString(), "--spec", WRONG.toString(),
        "--json", tmp.resolve("r.json").toString(), "--sarif", tmp.resolve("r.sarif").toString(),
        "--junit", tmp.resolve("r.xml").toString(), "--pcap", tmp.resolve("out/r.pcap").toString());
    full = CheckCommandTest.run("verify", FIREWALL.toString(), "--spec", WRONG.toString(),
        "--full-trace");
  }

  @Test
  void theTextShowsTheFlowKeyWithNamedFieldsAndTimesRelativeToNow() {
    assertEquals(ExitCodes.VIOLATED, run.code(), run.out() + run.err());
    String out = run.out();
    assertTrue(FLOW_ID.matcher(out).find(), out);
    assertTrue(STAMPED.matcher(out).find(), out);
    assertTrue(out.contains("flows (emap of struct FlowId, 65536 slots)"), out);
    assertTrue(Pattern.compile("\\[\\d+] = FlowDevice\\{device=[01]}").matcher(out).find(), out);
    assertTrue(Pattern.compile("now = \\d+\\.\\d+ s \\(\\d+ ns\\)").matcher(out).find(), out);
    assertTrue(Pattern.compile("ipv4 .* saddr=\\d+\\.\\d+\\.\\d+\\.\\d+").matcher(out).find(), out);
    assertTrue(out.contains("state after, NF:"), out);
    // no raw key bytes or nanosecond stamps any more
    assertFalse(out.contains("key=00:"), out);
    assertFalse(Pattern.compile("time=\\d{6,}").matcher(out).find(), out);
  }

  @Test
  void theCTraceFoldsHelperStepsUnlessAskedForAll() {
    String out = run.out();
    assertTrue(out.contains("firewall.c:77:25: call nf_ipv4_header → ip = (a pointer)  ["), out);
    assertFalse(out.contains("vigor/packet.h:"), out);
    assertEquals(ExitCodes.VIOLATED, full.code(), full.err());
    assertTrue(full.out().contains("vigor/packet.h:"), full.out());
    assertFalse(full.out().contains("helper steps folded"), full.out());
  }

  @Test
  void jsonKeepsTheRawFieldsAndAddsTheReadableOnes() throws Exception {
    JsonNode cex = firstCounterexample();
    assertTrue(cex.has("packet") && cex.has("state") && cex.has("now"), cex.toString());
    JsonNode readable = cex.get("readable");
    assertEquals(cex.get("packet").asText(), readable.get("packetHex").asText());
    assertTrue(FLOW_ID.matcher(readable.at("/before/0/entries/0").asText()).find(), readable.toString());
    assertTrue(readable.get("nowText").asText().endsWith(" ns)"), readable.toString());
    assertTrue(readable.get("headers").findValuesAsText("header").contains("ipv4"));
  }

  @Test
  void sarifCarriesTheStateAndTheWholePacket() throws Exception {
    JsonNode results = new ObjectMapper().readTree(tmp.resolve("r.sarif").toFile())
        .at("/runs/0/results");
    assertTrue(results.size() > 0);
    JsonNode cex = firstCounterexample();
    JsonNode r = results.get(0);
    String message = r.at("/message/text").asText();
    assertTrue(FLOW_ID.matcher(message).find(), message);
    assertTrue(message.contains("state before:") && message.contains("state after, NF:"), message);
    assertEquals(cex.get("packet").asText(), r.at("/properties/packet").asText());
    assertTrue(FLOW_ID.matcher(r.at("/properties/readable/before/0/entries/0").asText()).find());
    assertTrue(r.at("/properties/readable/headers").size() > 10);
    assertTrue(r.at("/codeFlows/0/threadFlows/0/locations").size() > 0);
  }

  @Test
  void junitCarriesTheSameReadableCounterexampleAndTheWholePacket() throws Exception {
    String failure = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(tmp.resolve("r.xml").toFile()).getElementsByTagName("failure").item(0)
        .getTextContent();
    assertTrue(FLOW_ID.matcher(failure).find(), failure);
    assertTrue(STAMPED.matcher(failure).find(), failure);
    assertTrue(failure.contains("ipv4 ") && failure.contains("state after, NF:"), failure);
    assertTrue(failure.contains("whole packet (hex): " + firstCounterexample().get("packet").asText()),
        failure);
  }

  @Test
  void thePcapHoldsEveryCounterexamplePacketInOrder() throws Exception {
    assertTrue(run.out().contains("wrote " + tmp.resolve("out/r.pcap")), run.out());
    List<byte[]> packets = PcapFile.read(Files.readAllBytes(tmp.resolve("out/r.pcap")));
    List<String> expected = new ArrayList<>();
    for (JsonNode t : json().at("/specs/0/traces")) {
      if (t.has("counterexample")) {
        expected.add(t.at("/counterexample/packet").asText());
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, packets.stream().map(p -> HexFormat.of().formatHex(p)).toList());
  }

  private static JsonNode json() throws Exception {
    return new ObjectMapper().readTree(tmp.resolve("r.json").toFile());
  }

  private static JsonNode firstCounterexample() throws Exception {
    for (JsonNode t : json().at("/specs/0/traces")) {
      if (t.has("counterexample")) {
        return t.get("counterexample");
      }
    }
    throw new AssertionError("no counterexample in the JSON");
  }
}
