package dev.vigor.libvig.c;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the C libVig (src/c) with the test driver (src/test/c/libvig_driver.c) into an
 * executable. The driver brings its own vig_violation, so violation.c is left out.
 */
final class CBuild {
  static final Path INCLUDE = Path.of("include").toAbsolutePath();
  static final Path SOURCES = Path.of("src/c").toAbsolutePath();
  static final Path DRIVER = Path.of("src/test/c/libvig_driver.c").toAbsolutePath();

  /** The flags every libVig C file must pass (nf-c.md), optimised as an NF build would be. */
  static final List<String> STRICT = List.of("-std=c11", "-O2", "-Wall", "-Wextra", "-Werror");
  /** Strict plus AddressSanitizer and UBSan, any report fatal, for the differential runs. */
  static final List<String> SANITIZED = List.of("-std=c11", "-O1", "-g", "-Wall", "-Wextra",
      "-Werror", "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
      "-fno-omit-frame-pointer");
  /** Quick builds of planted mutants. */
  static final List<String> QUICK = List.of("-std=c11", "-O0", "-Wall", "-Wextra");

  private static Path sanitized;

  private CBuild() {}

  /** The sanitized driver over src/c, built once per test JVM. */
  static synchronized Path sanitizedDriver() throws IOException, InterruptedException {
    if (sanitized == null) {
      Path dir = Files.createTempDirectory("libvig-c");
      dir.toFile().deleteOnExit();
      long t0 = System.nanoTime();
      sanitized = driver(SANITIZED, SOURCES, dir.resolve("libvig_driver"));
      sanitized.toFile().deleteOnExit();
      dir.resolve("libvig_driver.c").toFile().deleteOnExit();
      System.out.printf("built the sanitized C driver in %d ms%n",
          (System.nanoTime() - t0) / 1_000_000);
    }
    return sanitized;
  }

  /** Why gcc-based tests cannot run here, or empty when they can. */
  static Optional<String> unavailable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "gcc"))) {
        return Optional.empty();
      }
    }
    return Optional.of("gcc is not on the PATH, so the C libVig was not built or tested");
  }

  /** The library's .c files in a source folder, except the aborting vig_violation. */
  static List<Path> librarySources(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".c"))
          .filter(p -> !p.getFileName().toString().equals("violation.c")).sorted().toList();
    }
  }

  /** Every .c file of the library, violation.c included: what an NF links. */
  static List<Path> allSources() throws IOException {
    try (Stream<Path> s = Files.list(SOURCES)) {
      return s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
    }
  }

  /** Compiles sources (with the include folder and sourceDir on the path) into out. */
  static Path compile(List<String> flags, Path sourceDir, List<Path> sources, Path out)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("gcc"));
    cmd.addAll(flags);
    cmd.add("-I" + INCLUDE);
    cmd.add("-I" + sourceDir);
    sources.forEach(s -> cmd.add(s.toString()));
    cmd.addAll(List.of("-o", out.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("gcc failed: " + String.join(" ", cmd) + "\n" + said);
    }
    return out;
  }

  /**
   * Compiles each source to an object file in outDir (one gcc run with -c), so a mutant only
   * recompiles the file it patches. Returns the objects in the order of sources.
   */
  static List<Path> objects(List<String> flags, Path sourceDir, List<Path> sources, Path outDir)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("gcc", "-c"));
    cmd.addAll(flags);
    cmd.add("-I" + INCLUDE);
    cmd.add("-I" + sourceDir);
    sources.forEach(s -> cmd.add(s.toString()));
    Files.createDirectories(outDir);
    Process p = new ProcessBuilder(cmd).directory(outDir.toFile()).redirectErrorStream(true)
        .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("gcc failed: " + String.join(" ", cmd) + "\n" + said);
    }
    return sources.stream().map(s -> outDir.resolve(
        s.getFileName().toString().replaceAll("\\.c$", ".o"))).toList();
  }

  /** Links object files into an executable. */
  static Path link(List<Path> objects, Path out) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("gcc"));
    objects.forEach(o -> cmd.add(o.toString()));
    cmd.addAll(List.of("-o", out.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("link failed: " + String.join(" ", cmd) + "\n" + said);
    }
    return out;
  }

  /** The driver source, including the library's internal header from includeDir. */
  static Path driverSource(Path dir) throws IOException {
    Path copy = dir.resolve("libvig_driver.c");
    Files.writeString(copy, Files.readString(DRIVER)
        .replace("#include \"../../c/libvig_impl.h\"", "#include \"libvig_impl.h\""));
    return copy;
  }

  /** The driver over the library in sourceDir (src/c or a patched copy of it). */
  static Path driver(List<String> flags, Path sourceDir, Path out)
      throws IOException, InterruptedException {
    List<Path> sources = new ArrayList<>(librarySources(sourceDir));
    // The driver includes "../../c/libvig_impl.h" relative to itself; a copy lies elsewhere.
    sources.add(driverSource(out.getParent()));
    return compile(flags, sourceDir, sources, out);
  }
}
