package dev.vigor.catalog;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs gcc with the flags every catalog NF must pass: to check NF files (and probes that include
 * them), and to build and run the test drivers of NfRunTest.
 */
final class Gcc {
  /**
   * The flags of nf-c.md: C11, every warning an error. Each file is compiled to an object file that
   * is thrown away rather than with -fsyntax-only, because gcc diagnoses some warnings only past
   * the syntax check: an ignored emap_add result (warn_unused_result) among them.
   */
  static final List<String> FLAGS = List.of("-std=c11", "-Wall", "-Wextra", "-Werror");

  private static final long TIMEOUT_SECONDS = 120;

  /** What gcc said: its exit code and everything it printed. */
  record Result(int exitCode, String output, List<String> command) {
    boolean ok() {
      return exitCode == 0;
    }

    String describe() {
      return String.join(" ", command) + "\nexit code " + exitCode + "\n" + output;
    }
  }

  private Gcc() {}

  /** gcc from the PATH, if there is one. */
  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "gcc");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Why the compile checks cannot run here, or empty when they can. */
  static Optional<String> unavailableReason() {
    return find().isPresent() ? Optional.empty() : Optional.of("gcc is not on the PATH");
  }

  /** Checks every .c file of an NF folder against the libVig headers. */
  static Result checkNf(Path gcc, Path nfDir, Path include) throws IOException, InterruptedException {
    List<Path> sources = NfFolders.filesEndingWith(nfDir, ".c");
    if (sources.isEmpty()) {
      return new Result(-1, nfDir + ": no .c file to compile", List.of());
    }
    return check(gcc, sources, include);
  }

  /** Checks C files, one gcc run each, against the libVig headers; stops at the first failure. */
  static Result check(Path gcc, List<Path> sources, Path include) throws IOException, InterruptedException {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no C file to check");
    }
    Result last = null;
    for (Path source : sources) {
      last = checkOne(gcc, source, include);
      if (!last.ok()) {
        return last;
      }
    }
    return last;
  }

  /**
   * Builds an executable from C files with the catalog's flags plus extra include folders, runs it,
   * and returns what it printed and its exit code (or gcc's, when the build fails).
   */
  static Result buildAndRun(Path gcc, List<Path> sources, List<Path> includes, Path workDir)
      throws IOException, InterruptedException {
    Path executable = workDir.resolve("run");
    List<String> command = new ArrayList<>();
    command.add(gcc.toString());
    command.addAll(FLAGS);
    includes.forEach(i -> command.add("-I" + i));
    sources.forEach(s -> command.add(s.toString()));
    command.addAll(List.of("-o", executable.toString()));
    Result build = run(command);
    if (!build.ok()) {
      return build;
    }
    return run(List.of(executable.toString()));
  }

  /** Runs a command with its output (stdout and stderr) going to a file, so a hang times out. */
  private static Result run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("vigor-gcc-", ".log");
    try {
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      process.getOutputStream().close();
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      return finished
          ? new Result(process.exitValue(), output, command)
          : new Result(-1, command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s\n" + output, command);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Result checkOne(Path gcc, Path source, Path include) throws IOException, InterruptedException {
    Path object = Files.createTempFile("vigor-nf-", ".o");
    try {
      List<String> command = new ArrayList<>();
      command.add(gcc.toString());
      command.addAll(FLAGS);
      command.add("-I" + include);
      command.addAll(List.of("-c", source.toString(), "-o", object.toString()));
      return run(command);
    } finally {
      Files.deleteIfExists(object);
    }
  }
}
