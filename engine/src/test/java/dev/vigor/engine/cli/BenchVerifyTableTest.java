package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.report.PublishedFigures;
import dev.vigor.engine.symex.Nfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigor bench} (no flag): one timed full verification per NF, with the paper's row. */
class BenchVerifyTableTest {
  /** A catalog of the catalog's nop alone, in catalog. */
  private static void copyNop(Path catalog) throws Exception {
    Path nop = Files.createDirectories(catalog.resolve("nop"));
    for (String f : new String[] {"nop.c", "nf.properties", "spec.py"}) {
      Files.copy(Nfs.catalog("nop").resolve(f), nop.resolve(f));
    }
  }

  /**
   * Runs each command line (one picocli instance, out and err to out) with the libVig headers
   * found from this checkout, and gives their exit codes back in order.
   */
  @SafeVarargs
  private static java.util.List<Integer> withLibvig(StringWriter out,
      java.util.function.ToIntFunction<CommandLine>... runs) {
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    String prev = System.getProperty("vigor.libvig.include");
    System.setProperty("vigor.libvig.include", Nfs.libvigInclude().toString());
    try {
      java.util.List<Integer> codes = new java.util.ArrayList<>();
      for (var run : runs) {
        codes.add(run.applyAsInt(cl));
      }
      return codes;
    } finally {
      if (prev == null) {
        System.clearProperty("vigor.libvig.include");
      } else {
        System.setProperty("vigor.libvig.include", prev);
      }
    }
  }

  /** {@code vigor bench --layers}: a row per set of layers, traces growing with each. */
  @Test
  void layersRowsGrowWithTheStack(@TempDir Path catalog) throws Exception {
    copyNop(catalog);
    StringWriter out = new StringWriter();
    java.util.List<Integer> codes = withLibvig(out,
        cl -> cl.execute("bench", "--layers", "--catalog", catalog.toString(), "--warmup", "0", "--runs", "1"),
        cl -> cl.execute("bench", "--layers", "--symex", "--catalog", catalog.toString()));
    assertEquals(ExitCodes.OK, codes.get(0), out.toString());
    assertEquals(ExitCodes.BAD_INPUT, codes.get(1), out.toString());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(?m)^(?:nop)?\\s+(nf|nf,libvig|nf,libvig,io|nf,libvig,io,driver|nf,libvig,io,driver,nfos)\\s+[0-9.]+ s\\s+([0-9]+)\\s.*proved").matcher(out.toString());
    java.util.List<Integer> traces = new java.util.ArrayList<>();
    while (m.find()) {
      traces.add(Integer.parseInt(m.group(2)));
    }
    assertEquals(5, traces.size(), out.toString());
    for (int i = 1; i < traces.size(); i++) {
      assertTrue(traces.get(i) > traces.get(i - 1), out.toString());
    }
    assertEquals(2, traces.get(0), out.toString());
  }

  @Test
  void printsSymexTracesPerTraceAndWallTimePerNf(@TempDir Path catalog) throws Exception {
    copyNop(catalog);
    StringWriter out = new StringWriter();
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    String prev = System.getProperty("vigor.libvig.include");
    System.setProperty("vigor.libvig.include", Nfs.libvigInclude().toString());
    try {
      assertEquals(ExitCodes.OK, cl.execute("bench", "--catalog", catalog.toString(),
          "--warmup", "0", "--runs", "1"), out.toString());
      assertEquals(ExitCodes.BAD_INPUT, cl.execute("bench", "--symex", "--verify", "--catalog",
          catalog.toString()));
      assertEquals(ExitCodes.BAD_INPUT, cl.execute("bench", "--nf", "nosuch", "--catalog",
          catalog.toString()));
    } finally {
      if (prev == null) {
        System.clearProperty("vigor.libvig.include");
      } else {
        System.setProperty("vigor.libvig.include", prev);
      }
    }
    // nop: 2 traces, 1 spec file, proved, spec.py alone per trace; no paper row
    assertTrue(out.toString().matches(
        "(?s).*\\nnop\\s+[0-9.]+ s\\s+2\\s+[0-9]+ ms / [0-9]+ ms\\s+[0-9.]+ s\\s+1 proved\\s+[0-9]+ ms\\s+\\| -.*"),
        out.toString());
    assertTrue(out.toString().contains("median of 1 runs after 0 warm-up runs"), out.toString());
    assertTrue(out.toString().contains("Table 3"), out.toString());
  }

  @Test
  void thePapersFiguresAreTheTable3RowsAsPrinted() {
    PublishedFigures br = PublishedFigures.forNf("bridge").orElseThrow();
    assertEquals(new PublishedFigures("VigBr", "7 sec", "69", "80 sec"), br);
    PublishedFigures fw = PublishedFigures.forNf("firewall").orElseThrow();
    assertEquals(new PublishedFigures("VigFw", "6 sec", "43", "88 sec"), fw);
    assertTrue(PublishedFigures.forNf("nop").isEmpty());
  }
}
