package dev.vigor.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nf.properties read as java.util.Properties reads it, with every entry's line and column. */
class NfPropertiesFileTest {
  @TempDir Path tmp;

  private NfPropertiesFile read(String text) throws Exception {
    return NfPropertiesFile.read(Files.writeString(tmp.resolve("nf.properties"), text));
  }

  @Test
  void entriesKeepWhereTheirKeysAndValuesAre() throws Exception {
    NfPropertiesFile f = read("# comment\n! also a comment\n  name = nop\ndevices:2\n"
        + "description = one \\\n    line\ncapacity.a 16\n");
    assertEquals(List.of(), f.diagnostics());
    assertEquals("nop", f.get("name").orElseThrow().value());
    assertEquals(3, f.get("name").orElseThrow().keyAt().line());
    assertEquals(3, f.get("name").orElseThrow().keyAt().column());
    assertEquals(10, f.get("name").orElseThrow().valueAt().column());
    assertEquals("2", f.get("devices").orElseThrow().value());
    assertEquals(9, f.get("devices").orElseThrow().valueAt().column());
    assertEquals("one line", f.get("description").orElseThrow().value());
    assertEquals("16", f.get("capacity.a").orElseThrow().value());
    assertEquals(7, f.get("capacity.a").orElseThrow().keyAt().line());
  }

  @Test
  void aKeyGivenTwiceWarnsAndTheLastWins() throws Exception {
    NfPropertiesFile f = read("devices = 2\ndevices = 3\n");
    assertEquals("3", f.get("devices").orElseThrow().value());
    Diagnostic d = f.diagnostics().get(0);
    assertEquals(2, d.location().line());
    assertTrue(d.message().contains("also set at line 1"), d.message());
  }

  @Test
  void aConfigurationValueMayBeLeftOpenButNothingElse() throws Exception {
    NfPropertiesFile f = read("config.ext_ip = any\nconstant.EXP = any\nconfig.port = anything\n");
    List<String> messages = f.diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(2, messages.size(), messages.toString());
    assertTrue(messages.get(0).contains(":2:16: error: constant.EXP = any is not a whole number"),
        messages.get(0));
    assertTrue(messages.get(1).contains(":3:15: error: config.port = anything is not a whole number")
        && messages.get(1).contains("or any to verify every value"), messages.get(1));
  }

  @Test
  void numbersAreDecimalOrHexAndCheckedForRange() throws Exception {
    NfPropertiesFile f = read("devices = 0x2\ncapacity.x = 0\nconstant.BIG = 0xFFFFFFFFFFFFFFFF\n"
        + "config.NEG = -5\nmystery = 1\n");
    List<String> messages = f.diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(2, messages.size(), messages.toString());
    assertTrue(messages.get(0).contains(":2:14: error: capacity.x = 0 is out of range"),
        messages.get(0));
    assertTrue(messages.get(1).contains(":5:1: warning: unknown key mystery"), messages.get(1));
  }
}
