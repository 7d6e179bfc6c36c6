package dev.vigor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigor.engine.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void versionGoesToTheCli() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = Main.runHeadless("--version");
    } finally {
      System.setOut(original);
    }
    assertEquals(0, exit);
    String firstLine = captured.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    assertEquals("vigor " + Version.get(), firstLine);
    assertFalse(Version.get().equals("unknown"), "the version stamp is missing from the engine jar");
  }

  @Test
  void badArgumentsAreBadInput() {
    PrintStream originalErr = System.err;
    try {
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertEquals(3, Main.runHeadless("--no-such-option"));
    } finally {
      System.setErr(originalErr);
    }
  }

  /**
   * The real entry point, in a fresh JVM with no display: --version must exit 0 and load no JavaFX
   * class at all, or `vigor` would break on servers and in CI.
   */
  @Test
  void mainRunsTheCliWithoutLoadingJavaFx() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(List.of(
        java.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--version"));
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.redirectErrorStream(true);
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "vigor --version did not finish");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.lines().anyMatch(l -> l.equals("vigor " + Version.get())), output);
    assertTrue(output.lines().anyMatch(l -> l.contains("dev.vigor.engine.cli.VigorCli")),
        "class loading was not logged, so the next check would prove nothing");
    List<String> javafx = output.lines().filter(l -> l.contains(" javafx.")).toList();
    assertTrue(javafx.isEmpty(), "the CLI path loaded JavaFX: " + javafx);
  }

  /** With no arguments and no display, the window cannot open: a sentence and exit 3, not a GTK trace. */
  @Test
  void noArgumentsWithoutADisplaySaysWhatToDo() throws IOException, InterruptedException {
    // Only Linux needs DISPLAY; elsewhere this would open a real window.
    assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(List.of(
        java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.redirectErrorStream(true);
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "vigor with no display did not finish");
    assertEquals(3, process.exitValue(), output);
    assertTrue(output.contains("no display to open the workbench window on"), output);
    assertTrue(output.contains("vigor --help"), output);
  }
}
