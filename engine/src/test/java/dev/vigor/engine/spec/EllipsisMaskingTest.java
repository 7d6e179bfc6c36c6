package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.spec.parse.EllipsisMasking;
import org.junit.jupiter.api.Test;

class EllipsisMaskingTest {
  @Test
  void masksEllipsesInCodeKeepingColumns() {
    String src = "x = ether(h, saddr=...)\nreturn [...], pkt\n";
    EllipsisMasking.Masked m = EllipsisMasking.mask(src);
    assertEquals("x = ether(h, saddr=___)\nreturn [___], pkt\n", m.text());
    assertEquals(src.length(), m.text().length());
    assertTrue(m.isEllipsisAt(1, 19));
    assertTrue(m.isEllipsisAt(2, 8));
    assertFalse(m.isEllipsisAt(1, 0));
  }

  @Test
  void leavesCommentsAndStringsAlone() {
    String src = "x = 1 # and so on...\ny = '...' + \"\"\"a\n...\"\"\"\nz = ...\n";
    EllipsisMasking.Masked m = EllipsisMasking.mask(src);
    assertEquals("x = 1 # and so on...\ny = '...' + \"\"\"a\n...\"\"\"\nz = ___\n", m.text());
    assertEquals(1, m.positions().size());
    assertTrue(m.isEllipsisAt(4, 4), "lines inside a triple-quoted string are counted");
  }
}
