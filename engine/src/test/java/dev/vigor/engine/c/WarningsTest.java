package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarningsTest {
  @TempDir Path dir;

  @Test
  void anAcceptedNfKeepsItsWarnings() throws Exception {
    Path f = dir.resolve("w.c");
    Files.writeString(f, "#define NF_DEVICE_COUNT 2\n#include <vigor/nf.h>\n#warning \"not tuned yet\"\n"
        + "bool nf_init(void) { return true; }\n"
        + "int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {\n"
        + "  (void)packet; (void)length; (void)now;\n  return device;\n}\n");
    CFrontEnd.Compiled c = CFrontEnd.compileWithWarnings(dir, List.of(f), NfPaths.libvigInclude());
    assertEquals(List.of("w.c:3:1: warning: #warning not tuned yet"), c.warnings().stream().map(Diagnostic::format).toList());
    assertEquals(2, c.program().deviceCount());
  }
}
