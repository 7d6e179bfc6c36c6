package dev.vigor.app.cex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The hex dump and the file:line references of C steps and spec lines. */
class PacketViewsTest {
  @Test
  void hexDumpRowsHaveOffsetsBytesAndText() {
    byte[] data = "Hello, Vigor! 0123456789".getBytes();
    String[] rows = HexDump.format(data).split("\n");
    assertEquals(2, rows.length);
    assertTrue(rows[0].startsWith("0000  48 65 6c 6c"), rows[0]);
    assertTrue(rows[0].endsWith("|Hello, Vigor! 01|"), rows[0]);
    assertTrue(rows[1].startsWith("0010  "), rows[1]);
  }

  @Test
  void sourceReferencesReadFromStepsAndSpecLines() {
    SourceRef step = SourceRef.parse("bridge.c:117:3: return").orElseThrow();
    assertEquals("bridge.c", step.file());
    assertEquals(117, step.line());
    assertEquals("return", step.rest());
    assertEquals(Path.of("/nf/bridge.c"), step.resolveIn(Path.of("/nf")));
    SourceRef spec = SourceRef.parse("/w/bridge/props/p.py:7:5").orElseThrow();
    assertEquals(7, spec.line());
    assertEquals(Path.of("/w/bridge/props/p.py"), spec.resolveIn(Path.of("/nf")));
    assertTrue(SourceRef.parse("(end of spec)").isEmpty());
  }
}
