package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes of bad input a fault trial found, one test each, held to the CLI's contract: exit 3
 * with a {@code file:line:col} message, no Java stack trace, no report file left behind, and no
 * run past its budget (a step budget, never a wall clock). Two deliberate exceptions, documented
 * in the README: a fault of nf_init run with the NF's own configuration is the NF's defect (exit
 * 1, reports written whole), and a run past a step budget decided nothing (exit 2).
 */
class BadInputCliTest {
  static final Path NOP = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("nop");
  private static final Pattern STACK = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread");

  @TempDir Path tmp;

  // ---- nf.properties ----------------------------------------------------------------------------

  @Test
  void aNonNumericValueIsAnErrorAtItsLine() throws Exception {
    Path nf = nop("nonnum", null, "name = nop\ndevices = two\n");
    badInput(nf, nf.resolve("nf.properties") + ":2:11: error: devices = two is not a whole number");
  }

  @Test
  void aNegativeValueIsOutOfRange() throws Exception {
    Path nf = nop("negative", null, "name = nop\ndevices = 2\npacket.max_length = -5\n");
    badInput(nf, "nf.properties:3:21: error: packet.max_length = -5 is out of range");
  }

  @Test
  void aHugeValueIsOutOfRangeNotANumberFormatError() throws Exception {
    Path nf = nop("huge", null, "name = nop\ndevices = 2\npacket.max_length = 99999999999999999999999\n");
    badInput(nf, "nf.properties:3:21: error: packet.max_length = 99999999999999999999999 is out of range");
  }

  @Test
  void aValueOutOfRangeForItsCTypeNamesTheType() throws Exception {
    Path nf = nop("ctype", "NF_CONFIG(uint16_t, OUT);\n" + INIT,
        "name = nop\ndevices = 2\nconfig.OUT = 70000\n");
    badInput(nf, "nf.properties:3:14: error: config.OUT = 70000 does not fit unsigned short"
        + " (0..65535), the type of NF_CONFIG OUT (nop.c:");
    Path cap = nop("capacity", null, "name = nop\ndevices = 2\ncapacity.x = 3000000000\n");
    badInput(cap, "nf.properties:3:14: error: capacity.x = 3000000000 is out of range");
  }

  @Test
  void inconsistentValuesNameBothSides() throws Exception {
    badInput(nop("minmax", null, "name = nop\ndevices = 2\npacket.min_length = 100\npacket.max_length = 50\n"),
        "nf.properties:4:21: error: packet.max_length = 50 is smaller than packet.min_length = 100 (line 3)");
    badInput(nop("zero", null, "name = nop\ndevices = 0\n"),
        "nf.properties:2:11: error: devices = 0 is out of range");
    badInput(nop("three", null, "name = nop\ndevices = 3\n"),
        "nf.properties:2:11: error: devices = 3 but the C code defines NF_DEVICE_COUNT as 2 (nop.c:2:9)");
    badInput(nop("nostate", null, "name = nop\ndevices = 2\ncapacity.flows = 16\n"),
        "nf.properties:3:1: error: capacity.flows: the C code exports no libVig object as flows");
    badInput(nop("noconfig", "NF_CONFIG(uint16_t, OUT);\n" + INIT, "name = nop\ndevices = 2\n"),
        "nop.c:5:1: error: NF_CONFIG OUT has no value; add config.OUT = VALUE to");
  }

  @Test
  void aBinaryPropertyFileIsAnErrorAtItsFirstNulByte() throws Exception {
    Path nf = nop("binary", null, "name = nop\n");
    byte[] junk = {'d', 'e', 'v', 0, 1, 2, (byte) 0xff};
    Files.write(nf.resolve("nf.properties"), junk);
    badInput(nf, "nf.properties:1:4: error: a NUL byte: this is a binary file");
    Files.write(nf.resolve("nf.properties"), "name = nop\ndevices = 2\nx = caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    badInput(nf, "nf.properties:3:8: error: byte 0xE9 is not UTF-8 text");
    Files.write(nf.resolve("nf.properties"), "name = nop\n".getBytes(StandardCharsets.UTF_16));
    badInput(nf, "nf.properties:1:1: error: the file is UTF-16 text; save it as UTF-8");
  }

  // ---- nf_init's concrete run ---------------------------------------------------------------

  @Test
  void nfInitFaultsAreTheNfsViolationsAtTheirCLine() throws Exception {
    String[][] faults = {
      {"static int zero(void) { return 0; }\nbool nf_init(void) {\n  return 10 / zero() > 0;\n}",
        "nop.c:7:13", "DIVISION_BY_ZERO"},
      {"static const int T[4] = {1, 2, 3, 4};\nbool nf_init(void) {\n  int s = 0;\n"
          + "  for (int i = 0; i <= 4; i++) {\n    s += T[i];\n  }\n  return s > 0;\n}",
        "nop.c:9:10", "ARRAY_INDEX"},
      {"bool nf_init(void) {\n  int n = 40;\n  return (1u << n) != 7;\n}", "nop.c:7:14",
        "SHIFT_RANGE"},
      {"bool nf_init(void) {\n  int x = 2147483647;\n  x = x + 1;\n  return x != 0;\n}",
        "nop.c:7:9", "SIGNED_OVERFLOW"},
      {"#include <vigor/libvig.h>\nstruct V { uint16_t v; };\nVIG_VECTOR(vals, struct V, 4);\n"
          + "bool nf_init(void) {\n  struct V x;\n  x.v = 1;\n  vector_set(vals, 4, &x);\n"
          + "  return true;\n}", "nop.c:11:3", "LIBVIG_PRECONDITION"},
    };
    for (String[] f : faults) {
      Path nf = nop("init-" + f[2].toLowerCase(), f[0], null);
      CheckCommandTest.Run r = verify(nf, true);
      assertEquals(ExitCodes.VIOLATED, r.code(), f[2] + ": " + r.out() + r.err());
      assertTrue(r.err().contains(f[1] + ": error: nf_init: "), f[2] + ": " + r.err());
      assertTrue(r.out().contains("low-level VIOLATED " + f[2] + " at " + f[1]), r.out());
      noStackTrace(r);
      JsonNode json = new ObjectMapper().readTree(nf.resolve("out/r.json").toFile());
      assertEquals("violated", json.get("verdict").asText());
      assertEquals(f[2], json.at("/lowLevel/0/check").asText());
      assertTrue(json.get("stopped").asText().contains("nf_init"), json.toString());
      assertEquals("unknown", json.at("/specs/0/verdict").asText(), "nothing reads proved");
    }
  }

  // ---- capacities and loops: bounded and reported ---------------------------------------------

  @Test
  void tablesOfBillionsOfEntriesCostWhatIsInThem() throws Exception {
    // Allocated eagerly, these would need tens of GB: the run would die of OutOfMemoryError.
    Path nf = nop("huge-tables", "#include <vigor/libvig.h>\nstruct V { uint16_t v; };\n"
        + "VIG_VECTOR(vals, struct V, 2147483647);\nVIG_EMAP(seen, struct ether_addr, 2147483647);\n"
        + "bool nf_init(void) {\n  struct V x;\n  x.v = 1;\n  vector_set(vals, 2147483646, &x);\n"
        + "  return true;\n}", null);
    CheckCommandTest.Run r = verify(nf, false);
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
  }

  @Test
  void aLoopOfMillionsPerPacketIsRefusedNamingTheLoopAndItsBound() throws Exception {
    Path nf = nop("packet-loop", null, null, "  uint32_t s = 0;\n"
        + "  for (uint32_t i = 0; i < 1000000u; i++) {\n    s += i;\n  }\n"
        + "  return s == 5 ? 1 : 0;");
    badInput(nf, "nop.c:14:3: error: this loop may run 1000000 times for one packet");
  }

  @Test
  void pathsAndNfInitPastTheStepBudgetAreUndecidedAndSaySo() throws Exception {
    Path nested = nop("nested", null, null, "  uint32_t s = 0;\n"
        + "  for (uint32_t i = 0; i < 1000u; i++) {\n    for (uint32_t j = 0; j < 1000u; j++) {\n"
        + "      s += j;\n    }\n  }\n  return s == 5 ? 1 : 0;");
    CheckCommandTest.Run r = CheckCommandTest.run("verify", nested.toString(), "--progress", "off",
        "--max-path-steps", "20000");
    assertEquals(ExitCodes.UNKNOWN, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("more than 20000 statements ran (in the loop at nop.c:15:5,"
        + " bound 1000 iterations): the engine's step budget ran out; raise it with"
        + " --max-path-steps N"), r.out());
    noStackTrace(r);
    Path init = nop("long-init", "bool nf_init(void) {\n  uint32_t s = 0;\n"
        + "  for (uint32_t i = 0; i < 16000000u; i++) {\n    s += i;\n  }\n  return s != 1;\n}",
        null);
    CheckCommandTest.Run i = CheckCommandTest.run("verify", init.toString(), "--progress", "off",
        "--max-steps", "10000");
    assertEquals(ExitCodes.UNKNOWN, i.code(), i.out() + i.err());
    assertTrue(i.out().contains("nf_init: more than 10000 statements ran (in the loop at"
        + " nop.c:7:3, bound 16000000 iterations)"), i.out());
    assertTrue(i.out().contains("raise it with --max-steps N"), i.out());
    noStackTrace(i);
  }

  // ---- spec files ---------------------------------------------------------------------------

  @Test
  void unterminatedStringsAndStrayQuotesAreErrorsAtTheQuote() throws Exception {
    String[][] specs = {
      {"x = \"abc\nreturn DROP\n", ":1:5: error: this quote opens a string that does not close"},
      {"x = \"\"\"abc\nreturn DROP\n", ":1:5: error: this triple-quoted string is never closed"},
      {"return DROP '\n", ":1:13: error: this quote opens a string"},
      // Jython accepted this one silently: an unclosed triple quote at the end of the file
      {"if received_on_port == 0:\n    return 1, pkt\n'''\n", ":3:1: error: this triple-quoted"},
      {"return DROP\\\n", ":1:12: error: a line continuation (\\) at the end of the file"},
    };
    int n = 0;
    for (String[] s : specs) {
      Path spec = Files.writeString(tmp.resolve("quotes" + n++ + ".py"), s[0]);
      CheckCommandTest.Run r = CheckCommandTest.run("verify", NOP.toString(), "--spec",
          spec.toString(), "--progress", "off", "--json", tmp.resolve("q.json").toString());
      assertEquals(ExitCodes.BAD_INPUT, r.code(), s[0] + r.out() + r.err());
      assertTrue(r.err().contains(spec + s[1]), s[0] + " -> " + r.err());
      noStackTrace(r);
      assertFalse(Files.exists(tmp.resolve("q.json")));
    }
  }

  @Test
  void binaryHugeAndFolderSpecsAreErrorsNotHangs() throws Exception {
    Path binary = tmp.resolve("binary.py");
    Files.write(binary, new byte[] {'r', 'e', 't', 0, (byte) 0x90});
    Path huge = tmp.resolve("huge.py");
    try (var out = Files.newOutputStream(huge)) {
      byte[] line = "# a comment line of a spec far too large to be one\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 60_000; i++) {
        out.write(line);
      }
    }
    Path folder = Files.createDirectories(tmp.resolve("folder.py"));
    Path self = Files.writeString(tmp.resolve("self.py"), "import self\nreturn DROP\n");
    Path empty = Files.writeString(tmp.resolve("empty.py"), "# nothing yet\n");
    CheckCommandTest.Run e = CheckCommandTest.run("check", empty.toString());
    assertTrue(e.out().contains(empty + ":1:1: warning: the spec has no statements: it requires"
        + " nothing"), e.out());
    CheckCommandTest.Run r = CheckCommandTest.run("check", binary.toString(), huge.toString(),
        folder.toString(), self.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.out().contains(binary + ":1:4: error: a NUL byte"), r.out());
    assertTrue(r.out().contains(huge + ":1:1: error: the file is 2 MB"), r.out());
    assertTrue(r.out().contains(folder + ":1:1: error: this is a folder, not a spec"), r.out());
    assertTrue(r.out().contains(self + ":1:8: error: import cycle"), r.out());
    noStackTrace(r);
  }

  @Test
  void aFolderThatIsNoNfIsSaidToBeNone() throws Exception {
    Path notNf = Files.createDirectories(tmp.resolve("photos"));
    CheckCommandTest.Run r = verify(notNf, false);
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains(notNf + " is not an NF folder (no nf.properties and no .c files)"),
        r.err());
    Files.writeString(notNf.resolve("nf.properties"), "name = x\n");
    assertTrue(verify(notNf, false).err().contains(notNf + " has no spec.py, init.py or"
        + " props/*.py; pass --spec FILE"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static final String INIT = "bool nf_init(void) {\n  return true;\n}";

  /** Verifies nf with all three reports asked for, and checks the contract for bad input. */
  private void badInput(Path nf, String message) {
    CheckCommandTest.Run r = verify(nf, true);
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(message), "expected \"" + message + "\" in:\n" + r.err());
    noStackTrace(r);
    for (String report : List.of("r.json", "r.sarif", "r.xml")) {
      assertFalse(Files.exists(nf.resolve("out").resolve(report)), report + " was written");
    }
  }

  private static CheckCommandTest.Run verify(Path nf, boolean reports) {
    List<String> args = new ArrayList<>(List.of("verify", nf.toString(), "--progress", "off"));
    if (reports) {
      args.addAll(List.of("--json", nf.resolve("out/r.json").toString(), "--sarif",
          nf.resolve("out/r.sarif").toString(), "--junit", nf.resolve("out/r.xml").toString()));
    }
    return CheckCommandTest.run(args.toArray(new String[0]));
  }

  private static void noStackTrace(CheckCommandTest.Run r) {
    assertFalse(STACK.matcher(r.out() + r.err()).find(), r.out() + r.err());
  }

  /** A copy of the NOP with nf_init (and what precedes it) replaced and nf.properties given. */
  private Path nop(String name, String init, String props) throws IOException {
    return nop(name, init, props, null);
  }

  private Path nop(String name, String init, String props, String process) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    String c = Files.readString(NOP.resolve("nop.c"));
    if (init != null) {
      c = c.replace(INIT, init);
    }
    if (process != null) {
      c = c.replace("  return device == 0 ? 1 : 0;", process);
    }
    Files.writeString(dir.resolve("nop.c"), c);
    Files.copy(NOP.resolve("spec.py"), dir.resolve("spec.py"));
    Files.writeString(dir.resolve("nf.properties"), props != null ? props
        : Files.readString(NOP.resolve("nf.properties")));
    return dir;
  }
}
