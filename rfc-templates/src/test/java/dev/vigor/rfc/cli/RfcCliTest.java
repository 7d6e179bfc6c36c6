package dev.vigor.rfc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.engine.cli.VigorCli;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigor rfc ...} through the engine's CLI, found by the CliExtension service. */
class RfcCliTest {
  record Run(int code, String out, String err) {}

  @TempDir Path tmp;
  Path relay;

  static Run run(String... args) {
    CommandLine cl = VigorCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copyRelay() throws Exception {
    relay = tmp.resolve("packet-relay.txt");
    try (InputStream in = RfcCliTest.class.getResourceAsStream("/rfc/good/packet-relay.txt")) {
      Files.write(relay, in.readAllBytes());
    }
  }

  @Test
  void importPrintsTheTreeAndCounts() {
    Run r = run("rfc", "import", relay.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("rfc9901  Traditional Packet Relay\n"), r.out());
    assertTrue(r.out().contains("\n  2  Relay Operation\n    2.1  Inside to Outside\n"), r.out());
    assertTrue(r.out().contains("\n      2.2.1  Unknown Flows\n"), r.out());
    assertTrue(r.out().contains("Requirements: 11\n  MUST             5\n  MUST NOT         1\n"), r.out());
  }

  @Test
  void importListsRequirementIdsOnRequest() {
    Run r = run("rfc", "import", relay.toString(), "--requirements");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(
        r.out().contains("\nrfc9901#2.1-2    MUST NOT         The relay MUST NOT change the destination address.\n"),
        r.out());
  }

  @Test
  void importWritesJson() throws Exception {
    Path json = tmp.resolve("out.json");
    Run r = run("rfc", "import", relay.toString(), "--json", json.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("rfc9901", root.get("id").asText());
    assertEquals(5, root.get("counts").get("MUST").asInt());
    assertEquals(11, root.get("requirements").size());
    JsonNode first = root.get("requirements").get(0);
    assertEquals("rfc9901#2-1", first.get("id").asText());
    assertEquals("MUST", first.get("level").asText());
    assertEquals(54, first.get("location").get("line").asInt());
    assertEquals("Abstract", root.get("sections").get("children").get(0).get("title").asText());
  }

  @Test
  void importWarningsGoToStderrAsFileLineCol() throws Exception {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "   It MUST work.\n");
    Run r = run("rfc", "import", notes.toString());
    assertEquals(ExitCodes.OK, r.code());
    assertTrue(r.err().contains(notes + ":1:1: warning: no section headings found"), r.err());
  }

  @Test
  void badInputExitsWithThree() throws Exception {
    Path bin = Files.write(tmp.resolve("x.bin"), new byte[] {1, 0, 2});
    Run r = run("rfc", "import", bin.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertEquals(bin + ":1:2: error: binary file: a NUL byte; an RFC is a plain-text file\n", r.err());
    assertEquals(ExitCodes.BAD_INPUT, run("rfc", "import", tmp.toString()).code());
    assertEquals(ExitCodes.BAD_INPUT, run("rfc", "import").code());
    Run unwritable = run("rfc", "import", relay.toString(), "--json", tmp.resolve("no/such/dir/x.json").toString());
    assertEquals(ExitCodes.BAD_INPUT, unwritable.code());
    assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
  }

  @Test
  void coverageOfAnNfAgainstAnRfc() throws Exception {
    Path nf = Files.createDirectories(tmp.resolve("relay-nf/props"));
    Files.writeString(nf.resolve("../spec.py"), "from state import flows\nimport keep\n");
    Files.writeString(nf.resolve("keep.py"), "# covers: rfc9901#2-1, rfc9901#2.1-2\npass\n");
    Files.writeString(nf.resolve("drop.py"), "# covers: rfc9901#2.2.1-1\npass\n");
    Path runs = Files.createDirectories(tmp.resolve("runs"));
    Run r = run("rfc", "coverage", tmp.resolve("relay-nf").toString(), "--rfc", relay.toString(),
        "--runs", runs.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("(no results or saved run: verdicts are 'not run')"), r.out());
    assertTrue(r.out().contains("  MUST     6 requirements,   3 covered,   0 proved"), r.out());
    assertTrue(r.out().contains("rfc9901#2-1      MUST             not run      keep"), r.out());
    assertTrue(r.out().contains("rfc9901#3-1      SHOULD           not covered  -"), r.out());

    Path results = Files.writeString(tmp.resolve("results.json"), "{\"keep\": \"PROVED\", \"gone\": \"PROVED\"}");
    Path json = tmp.resolve("coverage.json");
    Run withResults =
        run("rfc", "coverage", tmp.resolve("relay-nf").toString(), "--rfc", relay.toString(), "--results", results.toString(),
            "--json", json.toString());
    assertEquals(ExitCodes.OK, withResults.code(), withResults.err());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertEquals(2, report.get("totals").get(0).get("proved").asInt(), "keep proves 2-1 and 2.1-2");
    assertEquals("PROVED", report.get("requirements").get(0).get("status").asText());
    assertEquals("keep", report.get("requirements").get(0).get("properties").get(0).asText());
    assertTrue(withResults.out().contains("rfc9901#2-1      MUST             proved       keep"), withResults.out());
    assertTrue(withResults.err().contains("property 'gone' is not in"), withResults.err());

    // Without --results, the newest saved run of the NF (as the workbench saves them) counts.
    Files.writeString(runs.resolve("20261124-060000-relay-nf.json"), "{\"nf\": \"relay-nf\","
        + " \"specs\": [{\"file\": \"/x/relay-nf/props/keep.py\", \"verdict\": \"violated\","
        + " \"millis\": 5, \"diagnostics\": [], \"traces\": []}]}");
    Run fromRun = run("rfc", "coverage", tmp.resolve("relay-nf").toString(), "--rfc",
        relay.toString(), "--runs", runs.toString());
    assertEquals(ExitCodes.OK, fromRun.code(), fromRun.err());
    assertTrue(fromRun.out().contains("verdicts from " + runs.resolve("20261124-060000-relay-nf.json")),
        fromRun.out());
    assertTrue(fromRun.out().contains("rfc9901#2-1      MUST             violated     keep"), fromRun.out());
  }

  @Test
  void coverageWithAnUnknownIdExitsWithThree() throws Exception {
    Path nf = Files.createDirectories(tmp.resolve("nf"));
    Files.writeString(nf.resolve("spec.py"), "# covers: rfc9901#2.1-7\npass\n");
    Run r = run("rfc", "coverage", nf.toString(), "--rfc", relay.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertEquals(
        nf.resolve("spec.py") + ":1:11: error: unknown requirement 'rfc9901#2.1-7' in rfc9901; did you mean 'rfc9901#2.1-1'?\n",
        r.err());
    assertEquals(ExitCodes.BAD_INPUT, run("rfc", "coverage", nf.toString()).code(), "--rfc is required");
  }

  @Test
  void templatesNewAndCoverageFromATemplate() throws Exception {
    Run list = run("rfc", "templates");
    assertEquals(ExitCodes.OK, list.code());
    assertTrue(list.out().contains("maglev"), list.out());
    Path nf = tmp.resolve("fw");
    Run made = run("rfc", "new", "firewall", nf.toString());
    assertEquals(ExitCodes.OK, made.code(), made.err());
    assertTrue(made.out().contains("wrote " + nf.resolve("props/fw_replies.py")), made.out());
    Run again = run("rfc", "new", "firewall", nf.toString());
    assertEquals(ExitCodes.BAD_INPUT, again.code());
    assertTrue(again.err().contains("use --force"), again.err());
    assertEquals(ExitCodes.OK, run("rfc", "new", "firewall", nf.toString(), "--force").code());
    assertEquals(ExitCodes.BAD_INPUT, run("rfc", "new", "nope", nf.toString()).code());

    Run cov = run("rfc", "coverage", nf.toString(), "--rfc", nf.resolve("requirements.txt").toString());
    assertEquals(ExitCodes.OK, cov.code(), cov.err());
    assertTrue(cov.out().contains("  MUST     4 requirements,   4 covered,   0 proved"), cov.out());
  }

  /** With --nf the new folder is an NF: `vigor check --nf` of its spec prints no error and no warning. */
  @Test
  void newWithAnNfMakesAnNfWhoseSpecChecksClean() throws Exception {
    Path catalogBridge = Path.of(System.getProperty("vigor.catalog")).resolve("bridge");
    Path nf = tmp.resolve("my-bridge");
    Run made = run("rfc", "new", "bridge", nf.toString(), "--nf", catalogBridge.toString());
    assertEquals(ExitCodes.OK, made.code(), made.err());
    assertTrue(made.out().contains("wrote " + nf.resolve("props/bridge_learn.py")), made.out());
    Run check = run("check", "--nf", nf.toString(), nf.resolve("spec.py").toString());
    assertEquals(ExitCodes.OK, check.code(), check.out() + check.err());
    assertTrue(check.out().strip().endsWith("OK (5 files, 0 errors)"), check.out());
    Run wrongNf = run("rfc", "new", "nat", tmp.resolve("my-nat").toString(), "--nf", catalogBridge.toString());
    assertEquals(ExitCodes.BAD_INPUT, wrongNf.code());
    assertTrue(wrongNf.err().contains("pick an NF that exports them"), wrongNf.err());
  }

  @Test
  void helpSaysWhereVerdictsComeFrom() {
    Run r = run("rfc", "coverage", "--help");
    assertEquals(ExitCodes.OK, r.code());
    String help = r.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("A results file of 'vigor verify --json'"), r.out());
    assertTrue(help.contains("default: <workspace>/runs"), r.out());
  }
}
