package dev.vigor.engine.nf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.cli.ExitCodes;
import dev.vigor.engine.cli.VigorCli;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.StateKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SpecInterfacesTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));

  @Test
  void bridgeExportsItsTablesWithTheirRecordTypes() throws Exception {
    NfInterface nf = SpecInterfaces.of(LoadedNf.load(CATALOG.resolve("bridge")));
    assertEquals(2, nf.deviceCount());
    NfInterface.ExportedState macs = nf.stateObjects().get("dyn_macs");
    assertEquals(StateKind.EMAP, macs.kind());
    assertEquals(NfInterface.INT, macs.keyType(), "a MAC address is one number in specs");
    NfInterface.ExportedState ports = nf.stateObjects().get("dyn_ports");
    assertEquals(StateKind.VECTOR, ports.kind());
    assertEquals("DynamicValue", ports.valueType());
    assertEquals(List.of("device"), nf.recordTypes().get("DynamicValue").fields());
    assertEquals(StateKind.MAP, nf.stateObjects().get("static_macs").kind());
    assertTrue(nf.inconsistencies().isEmpty(), nf.inconsistencies().toString());
  }

  /** Every spec and property of every catalog NF checks clean against the NF's own interface. */
  @TestFactory
  Stream<DynamicTest> catalogSpecsCheckAgainstTheirNf() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (NfDescriptor d : Catalog.load(CATALOG).nfs()) {
      List<Path> files = new ArrayList<>(d.properties());
      if (d.spec() != null) {
        files.add(0, d.spec());
      }
      tests.add(
          DynamicTest.dynamicTest(
              d.name(),
              () -> {
                NfInterface nf = SpecInterfaces.of(LoadedNf.load(d.directory()));
                ImportSearch search =
                    new ImportSearch(Optional.of(d.directory().resolve("props")), List.of());
                for (Path f : files) {
                  SpecCheckResult r = SpecChecker.check(f, search, Optional.of(nf));
                  // Warnings too: the catalog is where users copy from (e.g. an import never mentioned).
                  assertTrue(r.diagnostics().isEmpty(), f + ": " + r.diagnostics());
                }
              }));
    }
    return tests.stream();
  }

  @Test
  void checkWithNfRejectsWhatTheOpenWorldAccepts(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("wrong.py");
    Files.writeString(
        spec,
        "from state import dyn_macs, flows\n"
            + "h = pop_header(ether, on_mismatch=([], []))\n"
            + "if h.saddr in flows:\n"
            + "    return DROP\n");
    String bridge = CATALOG.resolve("bridge").toString();
    Run open = run("check", spec.toString());
    assertEquals(ExitCodes.OK, open.code(), open.out());
    Run against = run("check", "--nf", bridge, spec.toString());
    assertEquals(ExitCodes.BAD_INPUT, against.code(), against.out());
    assertTrue(against.out().contains("wrong.py:1:29"), against.out());
    assertTrue(against.out().contains("flows"), against.out());
  }

  @Test
  void checkWithAnNfThatDoesNotCompileIsBadInput(@TempDir Path tmp) throws Exception {
    Path nf = Files.createDirectories(tmp.resolve("broken"));
    Files.writeString(nf.resolve("nf.properties"), "name = broken\ndevices = 2\n");
    Files.writeString(nf.resolve("broken.c"), "#define NF_DEVICE_COUNT 2\n#include <vigor/nf.h>\nint x;\n");
    Path spec = Files.writeString(tmp.resolve("s.py"), "return DROP\n");
    Run r = run("check", "--nf", nf.toString(), spec.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out());
    assertTrue(r.out().contains("broken.c:3:"), r.out());
    assertTrue(r.out().contains("does not compile"), r.out());
  }

  record Run(int code, String out) {}

  static Run run(String... args) {
    CommandLine cl = VigorCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    return new Run(cl.execute(args), out.toString());
  }
}
