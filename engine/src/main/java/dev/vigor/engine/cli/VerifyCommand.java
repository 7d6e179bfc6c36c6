package dev.vigor.engine.cli;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.report.AtomicFiles;
import dev.vigor.engine.report.JUnitReport;
import dev.vigor.engine.report.SarifReport;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.NfInitFailure;
import dev.vigor.engine.validate.ResultJson;
import dev.vigor.engine.report.CounterexamplePackets;
import dev.vigor.engine.spec.InitSpecFiles;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import dev.vigor.engine.spec.SpecSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigor verify}: proves an NF against its spec and properties, trace by trace. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {"Validate every trace of an NF against its spec and properties with Z3.",
        "Without --spec/--prop: spec.py, init.py (if any) and every props/*.py of the NF folder.",
        "An init spec (init.py, NAME.init.py) is checked against nf_init's tables instead.",
        "A violation is reported only when its counterexample replays concretely; a low-level",
        "failure (a bounds, overflow or libVig check) on a trace is that trace's violation for",
        "every spec. Progress and each violation stream to stderr as found; the result to stdout.",
        "Exit 0: all proved; 1: a violation; 2: something unknown remains; 3: bad input."})
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NF_DIR", description = "The NF's folder.")
  Path nfDir;

  @Option(names = "--spec", paramLabel = "FILE", description = "A spec file to check (instead of the defaults).")
  List<Path> specs = new ArrayList<>();

  @Option(names = "--prop", paramLabel = "NAME", description = "A property of props/ by name (learn or learn.py) or by its file (props/learn.py).")
  List<String> props = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
  Path json;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Write the results as SARIF 2.1.0 (for code-scanning viewers).")
  Path sarif;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write the results as JUnit XML (one testcase per spec or property).")
  Path junit;

  @Option(names = "--pcap", paramLabel = "FILE",
      description = "Write the input packet of every replayed counterexample and low-level failure to one pcap file (link type Ethernet).")
  Path pcap;

  @Option(names = "--full-trace",
      description = "Show every C step, also those inside libVig and packet.h helpers (folded under the NF's call by default).")
  boolean fullTrace;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
      description = "Validate traces on N threads (each runs symbolic execution in its own Z3 context); verdicts do not depend on N.")
  int jobs;

  @Option(names = {"--timeout", "--trace-timeout"}, paramLabel = "MS", defaultValue = "60000",
      description = "Z3 budget per solver query, in ms, for symbolic execution and validation alike"
          + " (default ${DEFAULT-VALUE}; 0: none); a query that runs out is unknown, never proved.")
  long traceTimeout;

  @Mixin StepBudgetOptions budgets;

  @Mixin LayerOptions layerOptions;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Stop the whole run after this many seconds, layers below the NF included,"
          + " and report what was decided by then (the rest is unknown, and the reports say the"
          + " run stopped early).")
  Long timeLimit;

  @Option(names = "--fail-fast",
      description = "Stop at the first violation or replayed low-level failure: exit 1, reports"
          + " written with what was decided, marked as stopped early.")
  boolean failFast;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "How to show progress on stderr: auto (a line redrawn in place on a terminal,"
          + " else a line every ${sys:vigor.progressSeconds:-10} s), lines (always the latter), or"
          + " off. Violations are printed as soon as they are found either way, unless off.")
  String progress;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the NF's traces and the per-trace proofs in DIR and reuse them when"
          + " nothing they depend on changed: a second run replays the traces without solver"
          + " queries and re-validates only specs whose text changed (violations and unknowns are"
          + " always decided again). Default: no cache.")
  Path cacheDir;

  @Option(names = "--cluster", paramLabel = "NAME",
      description = "Validate the traces on the members of this cluster (`vigor worker`) instead"
          + " of local threads; needs the cluster's secret in " + dev.vigor.engine.cluster.ClusterSecret.ENV
          + " or --secret-file. Verdicts are those of a local run.")
  String cluster;

  @Option(names = "--member", paramLabel = "HOST:PORT",
      description = "A member of --cluster to connect to (repeatable; default 127.0.0.1:"
          + dev.vigor.engine.cluster.ClusterConfigFactory.DEFAULT_PORT + ").")
  List<String> members = new ArrayList<>();

  @Option(names = "--secret-file", paramLabel = "FILE",
      description = "Read the cluster secret from FILE instead of "
          + dev.vigor.engine.cluster.ClusterSecret.ENV + ".")
  Path secretFile;

  /** The cluster that validates ({@code --cluster}), or null: local threads. */
  private dev.vigor.engine.cluster.ClusterValidation remote;

  /** The run's cache ({@code --cache}), or none. */
  private VerificationCache cache = VerificationCache.NONE;

  /** Grace after the time limit for the run to come back with its partial result. */
  private static final long STOP_GRACE_MS = 10_000;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Integer bad = checkOptions(err);
    if (bad != null) {
      return bad;
    }
    List<Path> files = new ArrayList<>();
    bad = specFiles(files, err);
    if (bad != null) {
      return bad;
    }
    Verification.Result all;
    String nfName;
    EarlyStop stop = new EarlyStop();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "vigor-time-limit");
      t.setDaemon(true);
      return t;
    });
    // the layers below the NF run after it, under the same limit
    dev.vigor.engine.run.CancelToken layersStop = new dev.vigor.engine.run.CancelToken();
    String limitReached = timeLimit == null ? null
        : "the run's time limit of " + timeLimit + " s ran out (--time-limit)";
    if (timeLimit != null) {
      timer.schedule(() -> {
        stop.stop(limitReached);
        layersStop.cancel();
      }, timeLimit, TimeUnit.SECONDS);
    }
    try {
      remote = connect(err);
    } catch (IllegalArgumentException | dev.vigor.engine.cluster.ClusterException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    ProgressPrinter printer = progressPrinter(err, t0);
    try {
      LoadedNf nf = LoadedNf.load(nfDir);
      nfName = nf.descriptor().name();
      nf.warnings().forEach(d -> err.println(d));
      // a C constant that moved is how a bug looks: say so, and let verification decide
      nf.disagreements().forEach(d -> err.println(d));
      if (allMalformed(nf, files, out, err)) {
        // nothing to verify: say so now rather than after a symbolic execution nobody needs
        return ExitCodes.BAD_INPUT;
      }
      VerificationObserver observer = printer == null ? VerificationObserver.NONE : printer;
      if (failFast) {
        observer = new FailFast(observer, stop, this::display);
      }
      if (cacheDir != null) {
        cache = new dev.vigor.engine.cache.CachedVerification(
            new dev.vigor.engine.cache.TraceCache(cacheDir, note -> err.println("cache: " + note)),
            nfDir, traceTimeout, note -> err.println("cache: " + note));
      }
      all = runWithin(nf, files, printer, observer, stop, err);
      if (all == null) {
        return ExitCodes.UNKNOWN;
      }
      // a run stopped early (--fail-fast, --time-limit) decides no more: the layers below wait
      all = all.stopped() != null ? all
          : dev.vigor.engine.layers.StackVerification.withLowerLayers(all, layerOptions.selected(),
          dev.vigor.engine.catalog.LibvigIncludeLocator.locate(nfDir).orElseThrow(),
          nf.program().deviceCount(), (int) Math.min(Integer.MAX_VALUE, traceTimeout),
          layersStop, limitReached);
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(d -> err.println(d));
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (NfInitFailure e) {
      err.println(e.getMessage()); // nf_init returned false: file:line:col: error: ...
      return ExitCodes.BAD_INPUT;
    } catch (dev.vigor.engine.cluster.ClusterException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (OutsideSubsetException | IllegalStateException e) {
      err.println(Messages.located(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    } finally {
      timer.shutdownNow();
      if (remote != null) {
        remote.close();
      }
      if (printer != null) {
        printer.finish();
      }
    }
    boolean malformed = false;
    for (Verification.SpecResult r : all.specs()) {
      if (!r.diagnostics().isEmpty() && r.traces().isEmpty()) {
        malformed = true;
        out.printf("%-28s BAD INPUT%n", display(r.file()));
        r.diagnostics().forEach(d -> err.println(d));
      }
    }
    all.lowLevel().stream().filter(l -> l.input() == null && l.confirmed())
        .forEach(l -> err.println(l.loc() + ": error: " + l.message() + "; nothing can be"
            + " verified until nf_init succeeds")); // nf_init's fault, found running it
    VerifyText.print(all, this::display, out, fullTrace);
    if (cache instanceof dev.vigor.engine.cache.CachedVerification c) {
      out.println(c.summary());
    }
    out.flush();
    // Reports are written whole or not at all (AtomicFiles), and only now, at the end.
    try {
      if (json != null) {
        AtomicFiles.write(json, ResultJson.of(nfDir, all));
        out.println("wrote " + json);
      }
      if (sarif != null) {
        SarifReport.write(all, nfDir, sarif);
        out.println("wrote " + sarif);
      }
      if (junit != null) {
        JUnitReport.write(all, nfDir, nfName, junit);
        out.println("wrote " + junit);
      }
      if (pcap != null) {
        CounterexamplePackets.write(all, pcap);
        out.println("wrote " + pcap + " (" + CounterexamplePackets.of(all).size() + " packets)");
      }
    } catch (IOException e) {
      err.println("vigor: cannot write a report: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    out.flush();
    err.flush();
    if (malformed) {
      return ExitCodes.BAD_INPUT;
    }
    return switch (all.verdict()) {
      case PROVED -> ExitCodes.OK;
      case VIOLATED -> ExitCodes.VIOLATED;
      case UNKNOWN -> ExitCodes.UNKNOWN;
    };
  }

  /**
   * Runs the verification, and under a time limit answers within a grace period after it even
   * if some engine step does not notice the stop (then null, with a message: nothing decided).
   */
  private Verification.Result runWithin(LoadedNf nf, List<Path> files, ProgressPrinter printer,
      VerificationObserver observer, EarlyStop stop, PrintWriter err) throws IOException {
    ProgressListener listener = printer == null ? ProgressListener.NONE : printer;
    CancelToken cancel = new CancelToken();
    if (timeLimit == null) {
      return Verification.run(nfDir, nf, files, traceTimeout, jobs, listener, cancel, observer, stop,
          budgets.maxSteps, budgets.maxPathSteps, SpecSources.disk(), cache, remote);
    }
    CompletableFuture<Verification.Result> run = CompletableFuture.supplyAsync(() -> {
      try {
        return Verification.run(nfDir, nf, files, traceTimeout, jobs, listener, cancel, observer,
            stop, budgets.maxSteps, budgets.maxPathSteps, SpecSources.disk(), cache, remote);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, daemon());
    try {
      return run.get(timeLimit * 1000 + STOP_GRACE_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      cancel.cancel();
      err.println("vigor: the run's time limit of " + timeLimit + " s ran out and the engine did"
          + " not stop within " + STOP_GRACE_MS / 1000 + " s of it; nothing was decided");
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel.cancel();
      return null;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The cluster of --cluster, connected (a note on stderr says how many members validate), or
   * null without it; IllegalArgumentException or ClusterException saying what is wrong.
   */
  private dev.vigor.engine.cluster.ClusterValidation connect(PrintWriter err) {
    if (cluster == null) {
      return null;
    }
    var c = new dev.vigor.engine.cluster.ClusterTarget(cluster, members, secretFile).connect(
        System.getenv(dev.vigor.engine.cluster.ClusterSecret.ENV), note -> {
          err.println("cluster: " + note);
          err.flush();
        });
    int n = c.members().size();
    err.println("cluster: " + n + " member" + (n == 1 ? "" : "s") + " of " + cluster
        + " validate the traces; this JVM explores them once");
    err.flush();
    return c;
  }

  private static java.util.concurrent.Executor daemon() {
    return r -> {
      Thread t = new Thread(r, "vigor-verify");
      t.setDaemon(true);
      t.start();
    };
  }

  /** The progress stream, or null when off. */
  private ProgressPrinter progressPrinter(PrintWriter err, long t0) {
    if (progress.equals("off")) {
      return null;
    }
    boolean terminal = progress.equals("auto") && System.console() != null
        && !"dumb".equals(System.getenv("TERM"));
    long interval = Long.getLong("vigor.progressSeconds", 10) * 1_000_000_000L;
    return new ProgressPrinter(err, terminal, interval, this::display, System::nanoTime);
  }

  /** A message and exit code for options that make no sense, else null. */
  private Integer checkOptions(PrintWriter err) {
    if (!Files.isDirectory(nfDir)) {
      err.println("vigor: " + nfDir + (Files.exists(nfDir) ? " is not a directory" : " does not exist")
          + "; pass an NF folder");
      return ExitCodes.BAD_INPUT;
    }
    if (jobs < 1 || jobs > 256) {
      err.println("vigor: --jobs must be between 1 and 256, not " + jobs);
      return ExitCodes.BAD_INPUT;
    }
    if (traceTimeout < 0) {
      err.println("vigor: --timeout must be 0 (no limit) or a number of ms, not " + traceTimeout);
      return ExitCodes.BAD_INPUT;
    }
    if (budgets.problem().isPresent()) {
      err.println("vigor: " + budgets.problem().get());
      return ExitCodes.BAD_INPUT;
    }
    if (layerOptions.problem().isPresent()) {
      err.println("vigor: " + layerOptions.problem().get());
      return ExitCodes.BAD_INPUT;
    }
    if (timeLimit != null && timeLimit < 1) {
      err.println("vigor: --time-limit must be at least 1 second, not " + timeLimit);
      return ExitCodes.BAD_INPUT;
    }
    for (Path report : java.util.Arrays.asList(json, sarif, junit)) {
      Integer unusable = unwritable(report, err);
      if (unusable != null) {
        return unusable; // say so now, not after a run of minutes
      }
    }
    if (cacheDir != null && Files.exists(cacheDir) && !Files.isDirectory(cacheDir)) {
      err.println("vigor: --cache " + cacheDir + " is a file; name a folder (created if missing)");
      return ExitCodes.BAD_INPUT;
    }
    if (cluster == null && (!members.isEmpty() || secretFile != null)) {
      err.println("vigor: --member and --secret-file go with --cluster NAME");
      return ExitCodes.BAD_INPUT;
    }
    if (cluster != null && cacheDir != null) {
      err.println("vigor: --cache cannot be used with --cluster yet; leave one out");
      return ExitCodes.BAD_INPUT;
    }
    if (cluster != null) {
      // the same check and words as the workbench's cluster setting
      var bad = new dev.vigor.engine.cluster.ClusterTarget(cluster, members, secretFile).problem();
      if (bad.isPresent()) {
        err.println("vigor: " + bad.get());
        return ExitCodes.BAD_INPUT;
      }
    }
    if (!List.of("auto", "lines", "off").contains(progress)) {
      err.println("vigor: --progress must be auto, lines or off, not " + progress);
      return ExitCodes.BAD_INPUT;
    }
    return null;
  }

  /** A message and exit code when a report cannot be written at path (null: none asked). */
  private static Integer unwritable(Path report, PrintWriter err) {
    if (report == null) {
      return null;
    }
    Path abs = report.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      err.println("vigor: cannot write a report to " + report + ": it is a folder; name a file");
      return ExitCodes.BAD_INPUT;
    }
    try {
      Files.createDirectories(abs.getParent());
    } catch (IOException | RuntimeException e) {
      err.println("vigor: cannot write a report to " + report + ": cannot create its folder "
          + abs.getParent());
      return ExitCodes.BAD_INPUT;
    }
    if (!Files.isWritable(abs.getParent())) {
      err.println("vigor: cannot write a report to " + report + ": its folder is not writable");
      return ExitCodes.BAD_INPUT;
    }
    return null;
  }

  /** Whether dir has neither nf.properties nor a .c file: a folder given by mistake. */
  private static boolean notAnNf(Path dir) {
    if (Files.exists(dir.resolve("nf.properties"))) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.noneMatch(f -> f.toString().endsWith(".c"));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The property a --prop names: a name in props/ (learn or learn.py), else a file as a user
   * writes it after listing the folder (props/learn.py, relative to the NF folder) or from where
   * they stand (a path relative to the working directory, or absolute).
   */
  private Optional<Path> property(String p) {
    String file = p.endsWith(".py") ? p : p + ".py";
    for (Path f : List.of(nfDir.resolve("props").resolve(file), nfDir.resolve(file), Path.of(file))) {
      if (Files.isRegularFile(f)) {
        return Optional.of(f.normalize());
      }
    }
    return Optional.empty();
  }

  /** What --prop can name here, for a message about one that is missing. */
  private String propertyNames() {
    try (Stream<Path> s = Files.list(nfDir.resolve("props"))) {
      List<String> names = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".py"))
          .sorted().toList();
      return names.isEmpty() ? "props/ holds no property"
          : "the properties in props/ are " + String.join(", ", names);
    } catch (IOException e) {
      return "the NF has no props/ folder";
    }
  }

  /** The spec files to verify into files; a message and exit code when one is missing. */
  private Integer specFiles(List<Path> files, PrintWriter err) {
    files.addAll(specs);
    for (String p : props) {
      Optional<Path> f = property(p);
      if (f.isEmpty()) {
        err.println("vigor: no property " + p + " ("
            + nfDir.resolve("props").resolve(p.endsWith(".py") ? p : p + ".py")
            + " does not exist); " + propertyNames());
        return ExitCodes.BAD_INPUT;
      }
      files.add(f.get());
    }
    if (files.isEmpty()) {
      if (Files.exists(nfDir.resolve("spec.py"))) {
        files.add(nfDir.resolve("spec.py"));
      }
      if (Files.isRegularFile(nfDir.resolve(InitSpecFiles.NAME))) {
        files.add(nfDir.resolve(InitSpecFiles.NAME));
      }
      Path dir = nfDir.resolve("props");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(f -> f.toString().endsWith(".py")).sorted().forEach(files::add);
        } catch (IOException e) {
          err.println("vigor: cannot list " + dir + ": " + e.getMessage());
          return ExitCodes.BAD_INPUT;
        }
      }
      if (files.isEmpty()) {
        err.println("vigor: " + nfDir + (notAnNf(nfDir) ? " is not an NF folder (no nf.properties"
            + " and no .c files); pass the folder of the NF's C sources and nf.properties"
            : " has no spec.py, init.py or props/*.py; pass --spec FILE"));
        return ExitCodes.BAD_INPUT;
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        err.println("vigor: " + f + (Files.isDirectory(f) ? " is a directory, not a spec file"
            : " does not exist"));
        return ExitCodes.BAD_INPUT;
      }
    }
    return null;
  }

  /** Stops the run at the first violation or replayed low-level failure, saying where. */
  private record FailFast(VerificationObserver next, EarlyStop stop,
      java.util.function.Function<Path, String> display) implements VerificationObserver {
    @Override
    public void explored(dev.vigor.engine.symex.ExecutionTree tree, List<Integer> traceIds) {
      next.explored(tree, traceIds);
    }

    @Override
    public void lowLevel(List<Verification.LowLevel> findings) {
      next.lowLevel(findings);
      findings.stream().filter(Verification.LowLevel::confirmed).findFirst().ifPresent(l ->
          stop.stop("stopped at the first violation (--fail-fast): low-level check " + l.check()
              + " at " + l.loc()));
    }

    @Override
    public void traceStarted(Path specFile, int traceId) {
      next.traceStarted(specFile, traceId);
    }

    @Override
    public void traceDone(Path specFile, TraceResult result) {
      next.traceDone(specFile, result);
      if (result.verdict() == Verdict.VIOLATED) {
        stop.stop("stopped at the first violation (--fail-fast): trace " + result.traceId()
            + " of " + display.apply(specFile));
      }
    }
  }

  /**
   * Prints every file's warnings (e.g. a constant differing from nf.properties'), and, when no
   * file passes the spec checker, every file's errors: then true.
   */
  private boolean allMalformed(LoadedNf nf, List<Path> files, PrintWriter out, PrintWriter err) {
    List<List<Diagnostic>> errors = new ArrayList<>();
    boolean anyClean = false;
    for (Path f : files) {
      var checked = Verification.check(nfDir, nf, f);
      checked.diagnostics().stream().filter(d -> !d.isError()).forEach(err::println);
      List<Diagnostic> es = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
      anyClean |= es.isEmpty() && checked.spec().isPresent();
      errors.add(es);
    }
    if (anyClean) {
      return false;
    }
    for (int i = 0; i < files.size(); i++) {
      out.printf("%-28s BAD INPUT%n", display(files.get(i)));
      errors.get(i).forEach(err::println);
    }
    out.flush();
    err.flush();
    return true;
  }

  private String display(Path file) {
    return file.startsWith(nfDir) ? nfDir.relativize(file).toString() : file.toString();
  }
}
