package dev.vigor.engine.nfrun;

import dev.vigor.engine.nf.LoadedNf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds an NF into a Linux binary with gcc: its C files, the generated configuration, libVig in C
 * and nfos/io (the loop and the Linux back end). The binary lands in {@code cache/<hash>/nf}, the
 * hash being SHA-256 over gcc's version, the flags and every source's name and bytes, so an
 * unchanged NF is never rebuilt and an edited one always is.
 */
public final class NfBuild {
  /**
   * Flags for every file: the NF C subset's own (nf-c.md), warnings as errors, but for unused
   * parameters: nf_process's are fixed by the API, and an NF that never reads {@code now} (a
   * stateless filter) is correct, and verified, as written.
   */
  static final List<String> FLAGS = List.of("-std=c11", "-O2", "-Wall", "-Wextra", "-Werror",
      "-Wno-unused-parameter");
  private static final long GCC_TIMEOUT_SECONDS = 120;

  private final Path repo;
  private final Path cache;
  private final String gcc;

  /**
   * A builder using the libVig C and nfos/io of the workbench checkout {@code repo} (the folder
   * holding libvig/ and nfos/), caching under {@code cache}, compiling with {@code gcc}.
   */
  public NfBuild(Path repo, Path cache, String gcc) {
    this.repo = repo;
    this.cache = cache;
    this.gcc = gcc;
  }

  /**
   * The binary of the NF in nfDir (loaded as nf, configured by config) built with gcc and the
   * libVig and nfos/io sources of the checkout its libVig headers are found in, cached under cache.
   */
  public static Path binaryOf(Path nfDir, LoadedNf nf, dev.vigor.engine.exec.NfConfig config,
      Path cache) throws RunFailure {
    Path include = dev.vigor.engine.catalog.LibvigIncludeLocator.locate(nfDir)
        .orElseThrow(() -> new RunFailure(3, "the libVig headers were not found from " + nfDir));
    return new NfBuild(repoOf(include), cache, "gcc").build(nf, ConfigSource.of(nf.program(),
        config));
  }

  /** The default cache folder: $XDG_CACHE_HOME/vigor/run, else ~/.cache/vigor/run. */
  public static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("vigor").resolve("run");
  }

  /** The checkout holding libvig/ and nfos/, from where the libVig headers were found. */
  public static Path repoOf(Path libvigInclude) {
    return libvigInclude.toAbsolutePath().normalize().getParent().getParent();
  }

  /** The binary for nf, built unless the cache has it. */
  public Path build(LoadedNf nf, String configC) throws RunFailure {
    return build(nf.descriptor(), configC);
  }

  /**
   * The binary for the NF folder described by nf (its C not necessarily in the subset: the
   * throughput baseline of {@code vigor bench --run} is plain C), built unless the cache has it.
   */
  public Path build(dev.vigor.engine.catalog.NfDescriptor descriptor, String configC)
      throws RunFailure {
    String gccVersion = gccVersion();
    List<Path> subset = new ArrayList<>();
    descriptor.sources().stream().filter(p -> p.toString().endsWith(".c"))
        .forEach(subset::add);
    subset.addAll(cFiles(repo.resolve("libvig/src/c")));
    // nfos/io: the loop and the Linux back end, compiled with the NF's device count
    List<Path> io = new ArrayList<>(cFiles(repo.resolve("nfos/io/src")));
    io.addAll(cFiles(repo.resolve("nfos/io/linux")));
    int devices = descriptor.devices();
    List<String> headerDirs = List.of(repo.resolve("libvig/include").toString(),
        repo.resolve("nfos/io/include").toString(), descriptor.directory().toString());
    String hash = hash(gccVersion, devices, configC, subset, io,
        headerFiles(descriptor.directory()));
    return cached(cache.resolve(hash), "nf", configC, work -> {
      Path config = work.resolve("vigor_config.c");
      Files.writeString(config, configC);
      List<String> objects = new ArrayList<>();
      int n = 0;
      for (Path c : subset) {
        objects.add(compile(c, work, n++, headerDirs, List.of()));
      }
      objects.add(compile(config, work, n++, headerDirs, List.of()));
      List<String> ioDefines = List.of("-DNF_DEVICE_COUNT=" + devices);
      for (Path c : io) {
        objects.add(compile(c, work, n++, headerDirs, ioDefines));
      }
      List<String> link = new ArrayList<>(List.of(gcc, "-o", work.resolve("nf").toString()));
      link.addAll(objects);
      run(link, "linking the NF");
    });
  }

  /** What builds a cached output into a fresh work folder. */
  private interface Steps {
    void run(Path work) throws RunFailure, IOException;
  }

  /**
   * dir/name when an earlier build left it; else steps build work/name in a fresh folder, which
   * is moved there atomically (so a build cut short is never taken for a finished one), with the
   * configuration source beside it.
   */
  private Path cached(Path dir, String name, String configC, Steps steps) throws RunFailure {
    Path out = dir.resolve(name);
    if (Files.isRegularFile(out)) {
      return out;
    }
    try {
      Files.createDirectories(cache);
      Path work = Files.createTempDirectory(cache, "build-");
      steps.run(work);
      Files.createDirectories(dir);
      Files.move(work.resolve(name), out, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(dir.resolve("vigor_config.c"), configC);
      dev.vigor.engine.FolderCopy.deleteTree(work);
      return out;
    } catch (IOException e) {
      throw new RunFailure(3, "cannot build in " + cache + ": " + e.getMessage());
    }
  }

  /**
   * gcc's flags for NFOS: 32-bit freestanding code (the image QEMU's -kernel boots is a multiboot
   * ELF32) with no libc, no builtins it would call, no stack protector and no PIC.
   */
  static final List<String> NFOS_FLAGS = List.of("-m32", "-std=gnu11", "-O2", "-ffreestanding",
      "-fno-builtin", "-fno-pic", "-fno-stack-protector", "-nostdlib", "-Wall", "-Wextra",
      "-Werror", "-Wno-unused-parameter");

  /** The libVig arena under NFOS: the image's .bss, so the machine needs this much more memory. */
  static final String NFOS_ARENA = "-DVIG_ARENA_BYTES=(32u*1024u*1024u)";

  /**
   * The NF booted on NFOS: the NF, libVig in C (its violation report and the state loader
   * replaced by NFOS's console), nfos/io's loop, the 82540EM driver as its back end and NFOS
   * (boot.S, PCI, console, TSC), linked by nfos/os/nfos.ld into a multiboot image, cached like
   * the Linux binary. A RunFailure when gcc cannot build 32-bit code.
   */
  public Path buildNfosImage(LoadedNf nf, String configC) throws RunFailure {
    dev.vigor.engine.catalog.NfDescriptor descriptor = nf.descriptor();
    String gccVersion = gccVersion();
    List<Path> subset = new ArrayList<>();
    descriptor.sources().stream().filter(p -> p.toString().endsWith(".c")).forEach(subset::add);
    cFiles(repo.resolve("libvig/src/c")).stream()
        .filter(p -> !List.of("violation.c", "state.c").contains(p.getFileName().toString()))
        .forEach(subset::add);
    List<Path> os = new ArrayList<>(cFiles(repo.resolve("nfos/io/src")));
    os.addAll(cFiles(repo.resolve("nfos/driver")));
    os.addAll(cFiles(repo.resolve("nfos/os")));
    Path boot = repo.resolve("nfos/os/boot.S");
    Path script = repo.resolve("nfos/os/nfos.ld");
    int devices = descriptor.devices();
    List<String> headerDirs = List.of(repo.resolve("libvig/include").toString(),
        repo.resolve("nfos/io/include").toString(), descriptor.directory().toString());
    List<Path> hashed = new ArrayList<>(os);
    hashed.add(boot);
    hashed.add(script);
    hashed.addAll(files(repo.resolve("nfos/os"), ".h"));
    hashed.addAll(files(repo.resolve("nfos/driver"), ".h"));
    String hash = "nfos-" + hash(gccVersion + " " + NFOS_FLAGS + " " + NFOS_ARENA, devices,
        configC, subset, hashed, headerFiles(descriptor.directory()));
    return cached(cache.resolve(hash), "nfos.elf", configC, work -> {
      Path config = work.resolve("vigor_config.c");
      Files.writeString(config, configC);
      List<String> nfFlags = new ArrayList<>(NFOS_FLAGS);
      nfFlags.add(NFOS_ARENA);
      List<String> objects = new ArrayList<>();
      int n = 0;
      objects.add(compile(boot, work, n++, headerDirs, List.of(), List.of("-m32")));
      for (Path c : subset) {
        objects.add(compile(c, work, n++, headerDirs, List.of(), nfFlags));
      }
      objects.add(compile(config, work, n++, headerDirs, List.of(), nfFlags));
      for (Path c : os) {
        objects.add(compile(c, work, n++, headerDirs, List.of("-DNF_DEVICE_COUNT=" + devices),
            nfFlags));
      }
      List<String> link = new ArrayList<>(List.of(gcc, "-m32", "-nostdlib", "-static",
          "-Wl,-T," + script, "-Wl,--build-id=none", "-Wl,-z,noexecstack", "-o",
          work.resolve("nfos.elf").toString()));
      link.addAll(objects);
      run(link, "linking the NFOS image");
    });
  }

  private String compile(Path c, Path work, int n, List<String> headerDirs, List<String> defines)
      throws RunFailure {
    return compile(c, work, n, headerDirs, defines, FLAGS);
  }

  private String compile(Path c, Path work, int n, List<String> headerDirs, List<String> defines,
      List<String> flags) throws RunFailure {
    String object = work.resolve(n + "_" + c.getFileName().toString().replaceAll("\\.[cS]$",
        ".o")).toString();
    List<String> cmd = new ArrayList<>(List.of(gcc));
    cmd.addAll(flags);
    cmd.addAll(defines);
    headerDirs.forEach(d -> cmd.add("-I" + d));
    cmd.addAll(List.of("-c", c.toString(), "-o", object));
    run(cmd, "compiling " + c);
    return object;
  }

  /** Runs gcc; its messages (file:line:col: error: ...) become the failure's text. */
  private void run(List<String> cmd, String what) throws RunFailure {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(GCC_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new RunFailure(3, "gcc took over " + GCC_TIMEOUT_SECONDS + " s " + what);
      }
      if (p.exitValue() != 0) {
        throw new RunFailure(3, "gcc failed " + what + ":\n"
            + new String(out, StandardCharsets.UTF_8).stripTrailing());
      }
    } catch (IOException e) {
      throw new RunFailure(3, "cannot run gcc (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailure(3, "interrupted while " + what);
    }
  }

  /** gcc's full version; a missing gcc is a clear failure, exit 3. */
  String gccVersion() throws RunFailure {
    try {
      Process p = new ProcessBuilder(gcc, "-dumpfullversion", "-dumpversion")
          .redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new RunFailure(3, "'" + gcc + " -dumpversion' failed: " + v);
      }
      return v;
    } catch (IOException e) {
      throw new RunFailure(3, "vigor run needs gcc to build the NF, and '" + gcc + "' cannot be"
          + " run (" + e.getMessage() + "); install gcc (e.g. apt-get install gcc) or pass --cc");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailure(3, "interrupted while asking gcc for its version");
    }
  }

  private static List<Path> cFiles(Path dir) throws RunFailure {
    return files(dir, ".c");
  }

  private static List<Path> headerFiles(Path dir) throws RunFailure {
    return files(dir, ".h");
  }

  private static List<Path> files(Path dir, String ext) throws RunFailure {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    } catch (IOException e) {
      throw new RunFailure(3, "cannot read " + dir + " (is this a Vigor Workbench checkout?)");
    }
  }

  private String hash(String gccVersion, int devices, String configC, List<Path> subset,
      List<Path> io, List<Path> nfHeaders) throws RunFailure {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      update(d, "gcc " + gccVersion + " " + FLAGS + " devices " + devices);
      update(d, configC);
      List<Path> all = new ArrayList<>(subset);
      all.addAll(io);
      all.addAll(nfHeaders);
      all.addAll(files(repo.resolve("libvig/include/vigor"), ".h"));
      all.addAll(files(repo.resolve("libvig/src/c"), ".h"));
      all.addAll(files(repo.resolve("nfos/io/include/vigor"), ".h"));
      all.addAll(files(repo.resolve("nfos/io/linux"), ".h"));
      for (Path p : all) {
        update(d, p.getFileName().toString());
        d.update(Files.readAllBytes(p));
      }
      return HexFormat.of().formatHex(d.digest()).substring(0, 32);
    } catch (IOException e) {
      throw new RunFailure(3, "cannot read the sources to build: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void update(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update(b);
    d.update((byte) 0);
  }
}
