package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nf.properties held to the C code and the specs for any NF folder (a copy of the bridge here,
 * not the catalog): {@code check --nf} fails on a constant or capacity that disagrees with the C,
 * naming both values at the nf.properties line; {@code verify} warns the same way and lets the
 * spec decide; a spec constant differing from nf.properties is a warning at the spec line.
 */
class NfPropertiesCrossCheckCliTest {
  static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("bridge");

  @TempDir Path tmp;
  Path nf;

  @BeforeEach
  void copy() throws Exception {
    nf = dev.vigor.engine.FolderCopy.copyTree(BRIDGE, tmp.resolve("bridge"));
  }

  @Test
  void aConstantThatDisagreesWithTheCFailsCheckAndWarnsInVerify() throws Exception {
    Path props = nf.resolve("nf.properties");
    String text = Files.readString(props);
    Files.writeString(props, text.replace("constant.EXP_TIME = 300000000000",
        "constant.EXP_TIME = 10000000000").replace("capacity.static_macs = 64",
        "capacity.static_macs = 65"));
    int line = lineOf(Files.readString(props), "constant.EXP_TIME");
    String constant = props + ":" + line + ":21: %s: constant.EXP_TIME = 10000000000 but the C"
        + " macro EXP_TIME is 300000000000 (bridge.c:";
    String capacity = "capacity.static_macs = 65 but the C code declares static_macs with"
        + " capacity 64 (bridge.c:";

    CheckCommandTest.Run check = CheckCommandTest.run("check", "--nf", nf.toString(),
        nf.resolve("props/learn.py").toString());
    assertEquals(ExitCodes.BAD_INPUT, check.code(), check.out());
    assertTrue(check.out().contains(String.format(constant, "error")), check.out());
    assertTrue(check.out().contains(capacity), check.out());

    CheckCommandTest.Run verify = CheckCommandTest.run("verify", nf.toString(), "--prop", "learn",
        "--progress", "off");
    assertEquals(ExitCodes.OK, verify.code(), verify.out() + verify.err());
    assertTrue(verify.err().contains(String.format(constant, "warning")), verify.err());
  }

  @Test
  void aSpecConstantThatDiffersFromNfPropertiesIsAWarningAtItsLine() throws Exception {
    Path learn = nf.resolve("props/learn.py");
    String text = Files.readString(learn);
    Files.writeString(learn, text.replace("EXP_TIME = 300 * 1000 * 1000 * 1000",
        "EXP_TIME = 30 * 1000 * 1000 * 1000"));
    int line = lineOf(Files.readString(learn), "EXP_TIME = 30 ");
    CheckCommandTest.Run check = CheckCommandTest.run("check", "--nf", nf.toString(),
        learn.toString());
    assertEquals(ExitCodes.OK, check.code(), check.out());
    assertTrue(check.out().contains(learn + ":" + line + ":1: warning: EXP_TIME is 30000000000"
        + " here but 300000000000 in nf.properties (constant.EXP_TIME at " + nf.resolve("nf.properties")
        + ":"), check.out());
  }

  private static int lineOf(String text, String start) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }
}
