package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code --prop} takes a property as users write it: its name, its file name, or its path in the
 * NF folder as listed there; a missing one is refused naming the properties there are.
 */
class PropertyNamesCliTest {
  static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("bridge");

  @Test
  void aPropertyIsFoundByNameFileNameOrPathInTheNfFolder() {
    for (String spelling : new String[] {"learn", "learn.py", "props/learn.py", "props/learn"}) {
      CheckCommandTest.Run r = CheckCommandTest.run("verify", BRIDGE.toString(), "--prop", spelling);
      assertEquals(ExitCodes.OK, r.code(), spelling + ": " + r.out() + r.err());
      assertTrue(r.out().startsWith("props/learn.py "), spelling + ": " + r.out());
    }
    CheckCommandTest.Run abs = CheckCommandTest.run("verify", BRIDGE.toString(), "--prop",
        BRIDGE.resolve("props/learn.py").toAbsolutePath().toString());
    assertEquals(ExitCodes.OK, abs.code(), abs.out() + abs.err());
  }

  @Test
  void aMissingPropertyIsRefusedNamingThePropertiesThereAre() {
    CheckCommandTest.Run r = CheckCommandTest.run("verify", BRIDGE.toString(), "--prop", "lern");
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("vigor: no property lern (")
        && r.err().contains("the properties in props/ are broadcast.py, drop_or_forward.py,")
        && r.err().contains("learn.py"), r.err());
  }
}
