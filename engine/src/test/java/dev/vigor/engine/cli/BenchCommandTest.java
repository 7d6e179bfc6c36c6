package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.symex.Nfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigor bench --symex} prints paths and a warm time per catalog NF; bad --live input. */
class BenchCommandTest {
  @Test
  void printsPathsAndTimePerNf(@TempDir Path catalog) throws Exception {
    Path nop = Files.createDirectories(catalog.resolve("nop"));
    for (String f : new String[] {"nop.c", "nf.properties"}) {
      Files.copy(Nfs.catalog("nop").resolve(f), nop.resolve(f));
    }
    StringWriter out = new StringWriter();
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    String prev = System.getProperty("vigor.libvig.include");
    System.setProperty("vigor.libvig.include", Nfs.libvigInclude().toString());
    try {
      int code = cl.execute("bench", "--symex", "--warmup", "1", "--runs", "3", "--catalog", catalog.toString());
      assertEquals(ExitCodes.OK, code, out.toString());
    } finally {
      if (prev == null) {
        System.clearProperty("vigor.libvig.include");
      } else {
        System.setProperty("vigor.libvig.include", prev);
      }
    }
    assertTrue(out.toString().matches("(?s).*nop\\s+2 paths\\s+[0-9.]+ ms.*"), out.toString());
  }

  /** Bad --live/--edit input is named, exit 3, before anything is compiled or timed. */
  @Test
  void aMistypedNfIsRefusedNamingTheCatalogsNfs() {
    String catalog = Nfs.catalog("bridge").getParent().toString();
    // with a good name beside it: the table must not quietly leave the mistyped one out
    CheckCommandTest.Run r = CheckCommandTest.run("bench", "--catalog", catalog, "--nf", "nop",
        "--nf", "brigde", "--runs", "1", "--warmup", "0");
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("no catalog NF named brigde in ")
        && r.err().contains("its NFs are bridge, firewall, lb, nat, nop, policer, router"), r.err());
  }

  @Test
  void aCatalogWithoutNfsIsRefusedSayingSo(@TempDir Path empty) {
    CheckCommandTest.Run r = CheckCommandTest.run("bench", "--catalog", empty.toString(),
        "--runs", "1", "--warmup", "0");
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("holds no NF (a folder with nf.properties)"), r.err());
  }

  @Test
  void aLiveEditThatCannotBeMadeIsBadInput() {
    String catalog = Nfs.catalog("bridge").getParent().toString();
    CheckCommandTest.Run noArrow = CheckCommandTest.run("bench", "--catalog", catalog, "--nf",
        "bridge", "--live", "props/learn.py", "--edit", "EXP_TIME = 300");
    assertEquals(ExitCodes.BAD_INPUT, noArrow.code());
    assertTrue(noArrow.err().contains("--edit takes FIND=>REPLACE"), noArrow.err());
    CheckCommandTest.Run absent = CheckCommandTest.run("bench", "--catalog", catalog, "--nf",
        "bridge", "--live", "props/learn.py", "--edit", "EXP_TIME = 999=>EXP_TIME = 1");
    assertEquals(ExitCodes.BAD_INPUT, absent.code());
    assertTrue(absent.err().contains("--edit: bridge/props/learn.py does not contain EXP_TIME = 999"),
        absent.err());
    CheckCommandTest.Run noFile = CheckCommandTest.run("bench", "--catalog", catalog, "--nf",
        "bridge", "--live", "props/nothing.py");
    assertEquals(ExitCodes.BAD_INPUT, noFile.code());
    assertTrue(noFile.err().contains("--live: bridge has no file props/nothing.py"), noFile.err());
  }
}
