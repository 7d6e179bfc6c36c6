package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CatalogCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = VigorCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsTheRealCatalogWithDescriptions() {
    Run r = run("catalog", "--catalog", System.getProperty("vigor.catalog"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("nop"), r.out());
    assertTrue(r.out().contains("Forwards every packet unchanged"), r.out());
  }

  @Test
  void missingCatalogIsBadInput(@TempDir Path tmp) {
    Run r = run("catalog", "--catalog", tmp.resolve("nowhere").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("not a folder"), r.err());
  }

  @Test
  void badDeviceCountIsReportedWithTheFile(@TempDir Path tmp) throws Exception {
    Path nf = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(nf.resolve("nf.properties"), "devices = two\n");
    Run r = run("catalog", "--catalog", tmp.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("nf.properties:1:11: error: devices = two is not a whole number"),
        r.err());
  }

  @Test
  void versionAndUnknownOption() {
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("vigor "), v.out());
    Run bad = run("--no-such-option");
    assertEquals(ExitCodes.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("Unknown option"), bad.err());
  }
}
