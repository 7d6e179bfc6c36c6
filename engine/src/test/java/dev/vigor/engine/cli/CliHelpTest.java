package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bad argument ends with "Try 'vigor NAME --help'", so every command must answer --help with
 * its usage (check and catalog answered "Missing required parameter" and "Unknown option").
 */
class CliHelpTest {
  @Test
  void everyCommandAnswersHelpWithItsUsage() {
    List<String> names = VigorCli.commandLine().getSubcommands().keySet().stream()
        .filter(n -> !n.equals("help")).toList();
    assertFalse(names.isEmpty());
    for (String name : names) {
      CheckCommandTest.Run r = CheckCommandTest.run(name, "--help");
      assertEquals(ExitCodes.OK, r.code(), name + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: vigor " + name), name + ": " + r.out() + r.err());
    }
  }
}
