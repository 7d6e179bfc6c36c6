package dev.vigor.engine.ir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.diag.DiagnosticException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IrPrinterTest {
  @Test
  void printsConversionsLoopsAndLibVigCalls() throws DiagnosticException {
    Program p = CFrontEnd.compile(Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("nop"),
        Path.of(System.getProperty("vigor.libvig.include", "../libvig/include")));
    String ntohs = IrPrinter.print(p.function("ntohs").orElseThrow());
    assertTrue(ntohs.contains("return (unsigned short)(((int)x >> 8) | ((int)x << 8));"), ntohs);
    String eq = IrPrinter.print(p.function("nf_ether_addr_eq").orElseThrow());
    assertTrue(eq.contains("loop max 6 /* 'i' from 0 up by 1 while i<6 (at most 6) */ {"), eq);
    assertTrue(eq.contains("if (((int)a->addr_bytes[(long)i /* < 6 */] != (int)b->addr_bytes[(long)i /* < 6 */])) {"), eq);
    String all = IrPrinter.print(p);
    assertTrue(all.contains("int nf_process(unsigned short device, unsigned char * packet, unsigned short length, long now) {"), all);
  }
}
