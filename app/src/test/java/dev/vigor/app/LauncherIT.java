package dev.vigor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./vigor} launcher, run after {@code package}: two workbenches (the window path,
 * the only one that preloads the bundled Z3; on headless Monocle) verify at the same time and both
 * finish, and a JVM crash log goes to the user's cache, not the folder the launcher ran in.
 */
class LauncherIT {
  private static final Path REPO = Path.of(System.getProperty("vigor.catalog")).getParent();
  private static final Path CATALOG_BRIDGE = REPO.resolve("nf-catalog/bridge");
  /** Only a guard against a hang; nothing here measures speed. */
  private static final long WAIT_SECONDS = 600;

  @TempDir Path tmp;
  private final List<Instance> started = new ArrayList<>();

  @AfterEach
  void stopLeftovers() {
    started.forEach(i -> i.process.destroyForcibly());
  }

  /**
   * The first keeps verifying while the second starts: that is when the old launcher rewrote the
   * first one's mapped libz3.so in place and killed it with SIGBUS.
   */
  @Test
  void twoWorkbenchesVerifyAtOnceAndBothFinish() throws Exception {
    assumeLauncherRuns();
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Path cwd = Files.createDirectories(tmp.resolve("cwd"));
    Path stop = tmp.resolve("stop");
    // The bridge with its full spec alone: rounds as long as the Z3 work of any, at a fraction of the time.
    Path bridge = Files.createDirectories(tmp.resolve("bridge"));
    for (String f : List.of("nf.properties", "bridge.c", "spec.py")) {
      Files.copy(CATALOG_BRIDGE.resolve(f), bridge.resolve(f));
    }

    // One verifies the bridge over and over until told to stop; only then does two start, with the
    // same launcher, cache and jars, while one has Z3 mapped and is verifying.
    Instance one = start("one", bridge, cache, cwd, stop);
    one.awaitLine("(round 1):");
    Instance two = start("two", bridge, cache, cwd, stop);
    two.awaitLine("(round 1):");
    assertTrue(one.process.isAlive(), "workbench one died while two started:\n" + one.output());

    if (Files.isDirectory(Path.of("/proc/self"))) {
      // Both call the bundled Z3 from the one cached file; Z3's own loader (z3-turnkey) unpacks its
      // JNI library into a fresh temporary folder per process, so they never share that one.
      Path z3 = single(cache, "libz3.so");
      assertEquals(List.of(z3.toString()), one.mapped("libz3.so"), "one: " + one.mapsText());
      assertEquals(List.of(z3.toString()), two.mapped("libz3.so"), "two: " + two.mapsText());
      List<String> jni1 = one.mapped("libz3java.so");
      List<String> jni2 = two.mapped("libz3java.so");
      assertEquals(1, jni1.size(), one.mapsText());
      assertEquals(1, jni2.size(), two.mapsText());
      assertNotEquals(Path.of(jni1.get(0)).getParent(), Path.of(jni2.get(0)).getParent());
    }

    Files.createFile(stop);
    for (Instance i : List.of(two, one)) {
      assertTrue(i.process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), i.name + " did not end:\n" + i.output());
      assertEquals(0, i.process.exitValue(), i.name + " failed:\n" + i.output());
      assertTrue(i.output().matches("(?s).*vigor: verified bridge \\(round \\d+\\): bridge \\(opened\\): (all \\d+|\\S+) proved .*"),
          i.name + " printed no verdict:\n" + i.output());
      assertFalse(i.output().contains("answers instead of the bundled Z3"), i.output());
    }
    try (Stream<Path> left = Files.list(cwd)) {
      assertEquals(List.of(), left.toList(), "the workbenches left files in the folder they ran in");
    }
    assertFalse(Files.exists(REPO.resolve("hs_err_pid" + one.process.pid() + ".log")));
  }

  /** A JVM that cannot get the memory it needs crashes on purpose (CrashOnOutOfMemoryError). */
  @Test
  void aCrashLogGoesToTheUserCache() throws Exception {
    assumeLauncherRuns();
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Path cwd = Files.createDirectories(tmp.resolve("cwd"));
    ProcessBuilder pb = new ProcessBuilder("bash", REPO.resolve("vigor").toString(), "verify", CATALOG_BRIDGE.toString());
    pb.directory(cwd.toFile());
    pb.redirectErrorStream(true);
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("VIGOR_JAVA_OPTS", "-Xmx6m -XX:+CrashOnOutOfMemoryError");
    Instance crash = new Instance("crash", pb.start());
    started.add(crash);
    assertTrue(crash.process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), crash.output());
    assertNotEquals(0, crash.process.exitValue(), crash.output());
    Path log = cache.resolve("vigor/crash/hs_err_pid" + crash.process.pid() + ".log");
    assertTrue(Files.isRegularFile(log), "no " + log + "; the launcher printed:\n" + crash.output());
    try (Stream<Path> left = Files.list(cwd)) {
      assertEquals(List.of(), left.toList(), "the crash left files in the folder the launcher ran in");
    }
  }

  /** A command gets the throughput collector; a collector the user names wins, without a clash. */
  @Test
  void aCommandRunsWithTheThroughputCollectorUnlessTheUserNamesOne() throws Exception {
    assumeLauncherRuns();
    assertTrue(version("-Xlog:gc", null).contains("Using Parallel"));
    String serial = version("-Xlog:gc -XX:+UseSerialGC", null);
    assertTrue(serial.contains("Using Serial"), serial);
    assertFalse(serial.contains("Parallel"), serial);
    // named where every java command picks it up: the same, not "Multiple garbage collectors"
    String tool = version("-Xlog:gc", "-XX:+UseSerialGC");
    assertTrue(tool.contains("Using Serial"), tool);
  }

  /**
   * What {@code vigor --version} prints with these VIGOR_JAVA_OPTS and JAVA_TOOL_OPTIONS (null:
   * none); it must exit 0.
   */
  private String version(String javaOpts, String toolOptions) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", REPO.resolve("vigor").toString(), "--version");
    pb.redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    pb.environment().put("VIGOR_JAVA_OPTS", javaOpts);
    pb.environment().remove("JDK_JAVA_OPTIONS");
    if (toolOptions == null) {
      pb.environment().remove("JAVA_TOOL_OPTIONS");
    } else {
      pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
    }
    Instance v = new Instance("version", pb.start());
    started.add(v);
    assertTrue(v.process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), v.output());
    assertEquals(0, v.process.exitValue(), v.output());
    v.awaitLine("Java "); // the last line: what came before it has been read
    return v.output();
  }

  private void assumeLauncherRuns() throws IOException {
    assumeTrue(bashAvailable(), "the launcher is a bash script and this machine has no bash (Windows):"
        + " vigor.cmd extracts nothing and is not tested here");
    markJarsBuilt();
  }

  private Instance start(String name, Path nf, Path cache, Path cwd, Path stop) throws IOException {
    String monocle = Path.of(codeSource("com.sun.glass.ui.monocle.MonoclePlatformFactory")).toString();
    ProcessBuilder pb = new ProcessBuilder("bash", REPO.resolve("vigor").toString());
    pb.directory(cwd.toFile());
    pb.redirectErrorStream(true);
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // The launcher splits VIGOR_JAVA_OPTS on spaces: no option here may contain one.
    pb.environment().put("VIGOR_JAVA_OPTS", String.join(" ",
        "--patch-module", "javafx.graphics=" + monocle,
        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
        "-Dvigor.workspace=" + tmp.resolve("workspace-" + name),
        "-D" + StartupVerification.PROPERTY + "=" + nf,
        "-D" + StartupVerification.REPEAT_UNTIL + "=" + stop));
    for (String option : pb.environment().get("VIGOR_JAVA_OPTS").split(" ")) {
      assumeTrue(!option.isEmpty(), "a path in the test set-up has a space: " + option);
    }
    Instance i = new Instance(name, pb.start());
    started.add(i);
    return i;
  }

  /**
   * This build has just packaged the jars the launcher runs; without its stamp the launcher would
   * start a Maven build of its own inside this one.
   */
  private static void markJarsBuilt() throws IOException {
    Path target = REPO.resolve("app/target");
    try (Stream<Path> jars = Files.list(target)) {
      assumeTrue(jars.anyMatch(p -> p.getFileName().toString().matches("vigor-app-.*\\.jar"))
          && Files.isDirectory(target.resolve("lib")), "run after package: no application jar in " + target);
    }
    Path stamp = target.resolve(".vigor-built");
    if (!Files.exists(stamp)) {
      Files.createFile(stamp);
    }
    Files.setLastModifiedTime(stamp, FileTime.from(Instant.now()));
  }

  private static boolean bashAvailable() {
    try {
      Process p = new ProcessBuilder("bash", "-c", "exit 0").start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String codeSource(String className) {
    try {
      return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
      throw new AssertionError("Monocle is not on the test class path", e);
    }
  }

  private static Path single(Path root, String name) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      List<Path> found = all.filter(p -> p.getFileName().toString().equals(name)).toList();
      assertEquals(1, found.size(), "one " + name + " under " + root + ": " + found);
      return found.get(0).toRealPath();
    }
  }

  /** One launched workbench: its process and everything it printed so far. */
  private static final class Instance {
    final String name;
    final Process process;
    private final StringBuilder out = new StringBuilder();
    private boolean ended;

    Instance(String name, Process process) {
      this.name = name;
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            synchronized (out) {
              out.append(line).append('\n');
              out.notifyAll();
            }
          }
        } catch (IOException e) {
          // the process went away; what it printed is kept
        } finally {
          synchronized (out) {
            ended = true;
            out.notifyAll();
          }
        }
      }, "output of workbench " + name);
      reader.setDaemon(true);
      reader.start();
    }

    String output() {
      synchronized (out) {
        return out.toString();
      }
    }

    void awaitLine(String fragment) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      synchronized (out) {
        while (out.indexOf(fragment) < 0) {
          long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
          if (left <= 0 || ended) {
            throw new AssertionError("workbench " + name + " never printed '" + fragment + "'"
                + (ended ? " (its output ended)" : "") + ":\n" + out);
          }
          out.wait(Math.min(left, 1000));
        }
      }
    }

    /** The files of this process's memory maps whose name is {@code name}. */
    List<String> mapped(String name) throws IOException {
      return mapsText().lines().map(l -> l.split("\\s+", 6)).filter(f -> f.length == 6)
          .map(f -> f[5].replace(" (deleted)", "")).filter(f -> f.endsWith("/" + name)).distinct().toList();
    }

    String mapsText() throws IOException {
      return Files.readString(Path.of("/proc", Long.toString(process.pid()), "maps"));
    }
  }
}
