package dev.vigor.engine.nfrun;

import dev.vigor.engine.cli.VigorCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import picocli.CommandLine;

/** What the vigor run tests share: the checkout, a build cache under target/, gcc, the CLI. */
final class RunFixture {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final Path INCLUDE = Path.of(System.getProperty("vigor.libvig.include",
      "../libvig/include"));
  /** Shared by the tests so each NF is compiled once per `mvn` run (the hash keeps it right). */
  static final Path CACHE = Path.of("target", "vigor-run-cache").toAbsolutePath();

  private RunFixture() {}

  /** Skips the test, saying why, when there is no gcc to build NFs with. */
  static void assumeGcc() {
    boolean ok;
    try {
      Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      ok = p.waitFor() == 0;
    } catch (Exception e) {
      ok = false;
    }
    Assumptions.assumeTrue(ok, "gcc is not installed: vigor run builds NFs with gcc");
  }

  /** Skips the test, saying why, when there is no gcc or no qemu-system-x86_64 to boot NFOS. */
  static void assumeQemu() {
    assumeGcc();
    java.util.Optional<String> why = QemuMachine.unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
  }

  static NfBuild build() {
    return new NfBuild(NfBuild.repoOf(INCLUDE), CACHE, "gcc");
  }

  /** A CLI run's exit code and what it printed. */
  record Cli(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** {@code vigor run ARGS} with the shared build cache. */
  static Cli run(String... args) {
    List<String> all = new ArrayList<>(List.of("run", "--build-cache", CACHE.toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(all.toArray(String[]::new));
    return new Cli(exit, out.toString(), err.toString());
  }
}
