package dev.vigor.engine.cli;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.CatalogLocator;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.report.PublishedFigures;
import dev.vigor.engine.report.PublishedStackFigures;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.report.VerificationBench;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigor bench}: per catalog NF, the figures of the Vigor paper's Table 3 (symbolic execution
 * time, traces, per-trace validation time) for a whole verification, next to the paper's; with
 * {@code --symex}, warm symbolic execution times only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Time engine phases on the catalog NFs.",
    "Default (--verify): one full verification (spec.py and every property) per NF, timed like",
    "Table 3 of the Vigor paper and printed next to the paper's figures.",
    "--symex: symbolic execution only, warm (median after warm-up runs).",
    "--live FILE: the workbench's live verification of FILE (e.g. props/learn.py) of each NF",
    "(with --edit FIND=>REPLACE: a mistake typed and fixed, in turn)",
    "chosen with --nf, edited before each run, with a warm trace cache.",
    "--scaling: one NF on 1 and 2 threads, on a local cluster of 1-3 members, and with the trace",
    "cache cold, warm, one file edited."})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--symex", description = "Time symbolic execution only (paths and warm time per NF).")
  boolean symex;

  @Option(names = "--verify", description = "Time a full verification per NF (the default).")
  boolean verify;

  @Option(names = "--scaling", description = {"How a full verification scales, on one NF (the"
      + " catalog's largest by traces, or --nf): 1 and 2 local threads, a cluster of 1, 2 and 3"
      + " worker JVMs on 127.0.0.1, the trace cache cold, warm and after one property is edited;"
      + " each row's verdicts compared with the first's."})
  boolean scaling;

  @Option(names = "--run", description = {"Packets per second of each NF built with gcc (vigor"
      + " run), on a capture of --packets of its own generated traffic, capture in and out;"
      + " for the bridge also a plain-C bridge without libVig."})
  boolean run;

  @Option(names = "--packets", paramLabel = "N", defaultValue = "1000000",
      description = "Packets per capture with --run (default ${DEFAULT-VALUE}).")
  int packets;

  @Option(names = "--live", paramLabel = "FILE",
      description = "Time live verification of this spec file of the NF (with --nf), warm.")
  Path live;

  @Option(names = "--edit", paramLabel = "FIND=>REPLACE",
      description = "With --live: alternate the file's text with FIND replaced by REPLACE (e.g. a"
          + " wrong value) and the text as saved, as a user typing a mistake and fixing it; each"
          + " kind of edit is timed.")
  String edit;

  @Option(names = "--layers", description = {"Per NF and per set of layers (nf; nf and io;"
      + " then driver and nfos added): symbolic execution time, traces and validation time, next to the"
      + " paper's \"with rest of stack\" figures (Table 3)."})
  boolean layers;

  @Option(names = "--nf", paramLabel = "NAME", description = "Only this catalog NF (repeatable).")
  List<String> only = new ArrayList<>();

  @Option(names = "--trace-timeout", paramLabel = "MS", defaultValue = "60000",
      description = "Z3 timeout per query with --verify, in ms (default ${DEFAULT-VALUE}).")
  long traceTimeout;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Untimed runs first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--catalog", paramLabel = "DIR", description = "The catalog folder (default: the one next to this installation).")
  Path catalogDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((symex ? 1 : 0) + (verify ? 1 : 0) + (scaling ? 1 : 0) + (run ? 1 : 0) + (layers ? 1 : 0) > 1) {
      err.println("vigor: choose one of --symex, --verify, --scaling, --run and --layers");
      return ExitCodes.BAD_INPUT;
    }
    if (live != null && (symex || verify || scaling || only.isEmpty())) {
      err.println("vigor: --live FILE times one NF's file: name the NF with --nf, without --symex/--verify/--scaling");
      return ExitCodes.BAD_INPUT;
    }
    if (edit != null && live == null) {
      err.println("vigor: --edit FIND=>REPLACE goes with --live FILE");
      return ExitCodes.BAD_INPUT;
    }
    if (edit != null && (!edit.contains("=>") || edit.startsWith("=>"))) {
      err.println("vigor: --edit takes FIND=>REPLACE (the text to find, => and what replaces it),"
          + " not " + edit);
      return ExitCodes.BAD_INPUT;
    }
    if (warmup < 0 || runs < 1) {
      err.println("vigor: --warmup must be >= 0 and --runs >= 1");
      return ExitCodes.BAD_INPUT;
    }
    Path root = catalogDir != null ? catalogDir : CatalogLocator.locate().orElse(null);
    if (root == null) {
      err.println("vigor: no NF catalog found; pass --catalog DIR or set VIGOR_HOME");
      return ExitCodes.BAD_INPUT;
    }
    try {
      Catalog catalog = Catalog.load(root);
      List<NfDescriptor> nfs = catalog.nfs().stream()
          .filter(nf -> only.isEmpty() || only.contains(nf.name())).toList();
      List<String> known = catalog.nfs().stream().map(NfDescriptor::name).sorted().toList();
      // every name asked for, or the table would quietly leave a mistyped one out
      List<String> unknown = only.stream().filter(n -> !known.contains(n)).toList();
      if (known.isEmpty()) {
        err.println("vigor: the catalog " + root + " holds no NF (a folder with nf.properties)");
        return ExitCodes.BAD_INPUT;
      }
      if (nfs.isEmpty() || !unknown.isEmpty()) {
        err.println("vigor: no catalog NF named " + String.join(", ", unknown.isEmpty() ? only : unknown)
            + " in " + root + "; its NFs are " + String.join(", ", known));
        return ExitCodes.BAD_INPUT;
      }
      if (scaling) {
        return scalingTable(nfs, out, err);
      }
      if (run) {
        return throughputTable(nfs, out, err);
      }
      if (layers) {
        return layersTable(nfs, out);
      }
      if (live != null) {
        for (NfDescriptor nf : nfs) {
          Path file = nf.directory().resolve(live);
          if (!Files.isRegularFile(file)) {
            err.println("vigor: --live: " + nf.name() + " has no file " + live);
            return ExitCodes.BAD_INPUT;
          }
          if (edit != null && !Files.readString(file).contains(edit.substring(0, edit.indexOf("=>")))) {
            err.println("vigor: --edit: " + nf.name() + "/" + live + " does not contain "
                + edit.substring(0, edit.indexOf("=>")));
            return ExitCodes.BAD_INPUT;
          }
          if (edit == null) {
            LiveBench.measure(nf.directory(), file, traceTimeout, warmup, runs, out);
          } else {
            int at = edit.indexOf("=>");
            LiveBench.measureMistakes(nf.directory(), file, edit.substring(0, at),
                edit.substring(at + 2), traceTimeout, warmup, runs, out);
          }
        }
        return ExitCodes.OK;
      }
      if (!symex) {
        return verifyTable(nfs, out);
      }
      out.printf("symbolic execution, warm (median of %d runs after %d warm-up runs)%n", runs, warmup);
      for (NfDescriptor nf : nfs) {
        Path inc = LibvigIncludeLocator.locate(nf.directory()).orElse(null);
        Program p = CFrontEnd.compile(nf.directory(), inc);
        NfConfig config = NfConfig.load(nf.directory());
        int paths = 0;
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
          try (SymexResult r = SymbolicExecutor.run(p, config, ProgressListener.NONE, CancelToken.none())) {
            paths = r.traces().size();
            if (i >= warmup) {
              times.add(r.timings().symbolicNanos());
            }
          }
        }
        Collections.sort(times);
        out.printf("%-10s %4d paths  %7.1f ms  (min %.1f, max %.1f)%n", nf.name(), paths,
            times.get(times.size() / 2) / 1e6, times.get(0) / 1e6, times.get(times.size() - 1) / 1e6);
        out.flush();
      }
      return ExitCodes.OK;
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(err::println);
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  private int verifyTable(List<NfDescriptor> nfs, PrintWriter out)
      throws IOException, DiagnosticException {
    out.printf("full verification per NF (spec.py + every property, --jobs 1; median of %d runs"
        + " after %d warm-up runs), next to Vigor's NF-only figures (SOSP'19, Table 3)%n",
        runs, warmup);
    out.printf("%-9s %9s %7s %19s %9s %6s %-9s %10s | %-7s %9s %7s %12s%n", "NF", "symex",
        "traces", "per-trace med / max", "wall", "files", "verdict", "spec alone", "Vigor",
        "symex", "traces", "per-trace avg");
    for (NfDescriptor nf : nfs) {
      List<Path> files = new ArrayList<>();
      if (nf.spec() != null) {
        files.add(nf.spec());
      }
      files.addAll(nf.properties());
      if (files.isEmpty()) {
        out.printf("%-9s (no spec or properties)%n", nf.name());
        continue;
      }
      VerificationBench.Row r = VerificationBench.measure(nf.directory(), files, traceTimeout,
          warmup, runs);
      PublishedFigures paper = PublishedFigures.forNf(nf.name())
          .orElse(new PublishedFigures("-", "-", "-", "-"));
      out.printf("%-9s %9s %7d %19s %9s %6d %-9s %10s | %-7s %9s %7s %12s%n", r.nf(),
          seconds(r.symexMillis()), r.traces(),
          r.perTraceMedianMillis() + " ms / " + r.perTraceMaxMillis() + " ms",
          seconds(r.wallMillis()), r.specFiles(), r.verdict().name().toLowerCase(),
          r.specAlonePerTraceMedianMillis() < 0 ? "-" : r.specAlonePerTraceMedianMillis() + " ms",
          paper.paperName(), paper.symbolicExecution(), paper.traces(),
          paper.perTraceValidation());
      out.flush();
    }
    out.println("Vigor's per-trace time is for the full spec on a 2.6 GHz Xeon Gold 6132 with"
        + " VeriFast; our per-trace column is the whole time a trace takes with spec.py and every"
        + " property, 'spec alone' the per-trace median of spec.py verified by itself, with Z3.");
    return ExitCodes.OK;
  }

  /**
   * Per NF, the NF layer's verification (as --verify measures it) and each layer below it (its own
   * paths, explored between its models), added up bottom-up into layer sets, next to what the rest
   * of the stack added in Vigor.
   */
  private int layersTable(List<NfDescriptor> nfs, PrintWriter out)
      throws IOException, DiagnosticException {
    out.printf("verification per NF and set of layers (median of %d runs after %d warm-up runs;"
        + " the NF layer: spec.py + every property, --jobs 1), next to what the rest of the stack"
        + " added in Vigor (SOSP'19, Table 3)%n", runs, warmup);
    out.printf("%-9s %-24s %9s %8s %11s %9s %-9s | %-7s %9s %7s%n", "NF", "layers", "symex",
        "traces", "validation", "wall", "verdict", "Vigor", "symex", "traces");
    List<String> lower = new ArrayList<>(dev.vigor.engine.layers.LayerRegistry.standard().offered()
        .stream().map(dev.vigor.engine.layers.Layer::id)
        .filter(id -> dev.vigor.engine.layers.LayerRegistry.standard().code(id).isPresent()).toList());
    java.util.Collections.reverse(lower); // nearest the NF first: nf, then nf+io, then nf+io+driver
    for (NfDescriptor nf : nfs) {
      List<Path> files = new ArrayList<>();
      if (nf.spec() != null) {
        files.add(nf.spec());
      }
      files.addAll(nf.properties());
      VerificationBench.Row r = VerificationBench.measure(nf.directory(), files, traceTimeout,
          warmup, runs);
      long symexMs = r.symexMillis();
      int traces = r.traces();
      long wall = r.wallMillis();
      long validation = Math.max(0, r.wallMillis() - r.symexMillis());
      Verdict verdict = r.verdict();
      String set = "nf";
      PublishedFigures paper = PublishedFigures.forNf(nf.name())
          .orElse(new PublishedFigures("-", "-", "-", "-"));
      out.printf("%-9s %-24s %9s %8d %11s %9s %-9s | %-7s %9s %7s%n", nf.name(), set,
          seconds(symexMs), traces, seconds(validation), seconds(wall),
          verdict.name().toLowerCase(), paper.paperName(), paper.symbolicExecution(), paper.traces());
      Path inc = LibvigIncludeLocator.locate(nf.directory()).orElseThrow();
      long devices = CFrontEnd.compile(nf.directory(), inc).deviceCount();
      for (int k = 0; k < lower.size(); k++) {
        String id = lower.get(k);
        List<dev.vigor.engine.layers.LayerResult> measured = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
          var l = dev.vigor.engine.layers.StackVerification.verify(id, inc, devices,
              (int) Math.min(Integer.MAX_VALUE, traceTimeout), CancelToken.none());
          if (i >= warmup) {
            measured.add(l);
          }
        }
        measured.sort(java.util.Comparator.comparingLong(dev.vigor.engine.layers.LayerResult::millis));
        var l = measured.get(measured.size() / 2);
        symexMs += l.millis();
        wall += l.millis();
        traces += l.paths();
        verdict = verdict.worst(l.verdict());
        set += "," + id;
        boolean last = k == lower.size() - 1;
        PublishedStackFigures rest = PublishedStackFigures.forNf(nf.name())
            .orElse(new PublishedStackFigures("-", "-", "-"));
        out.printf("%-9s %-24s %9s %8d %11s %9s %-9s | %-7s %9s %7s%n", "", set,
            seconds(symexMs), traces, seconds(validation), seconds(wall),
            verdict.name().toLowerCase(), last ? rest.paperName() : "", last ? rest.symbolicExecution() : "",
            last ? rest.traces() : "");
      }
      out.flush();
    }
    out.println("A lower layer's paths are explored and checked as they run (its models state its"
        + " contract), so its time counts as symbolic execution; Vigor's rest of the stack is"
        + " DPDK, the ixgbe driver, libC and NFOS, ours nfos/io, the 82540EM driver and NFOS (libVig's"
        + " C not yet).");
    return ExitCodes.OK;
  }

  private int scalingTable(List<NfDescriptor> nfs, PrintWriter out, PrintWriter err)
      throws IOException, DiagnosticException {
    if (nfs.size() > 1 && !only.isEmpty()) {
      err.println("vigor: --scaling measures one NF; name one with --nf");
      return ExitCodes.BAD_INPUT;
    }
    NfDescriptor nf = nfs.size() == 1 ? nfs.get(0) : largest(nfs);
    out.printf("scaling of %s's full verification (spec.py + every property, the NF layer;"
        + " median of %d runs after %d warm-up runs; cache rows: one run each,"
        + " warm: median)%n", nf.name(), runs, warmup);
    out.printf("%-44s %9s %7s %-9s %-6s %-22s %s%n", "configuration", "wall", "traces",
        "verdict", "same", "layers", "cache");
    List<dev.vigor.engine.report.ScalingBench.Configuration> configurations = List.of(
        dev.vigor.engine.report.ScalingBench.local(1),
        dev.vigor.engine.report.ScalingBench.local(2),
        new dev.vigor.engine.cluster.LocalCluster(1),
        new dev.vigor.engine.cluster.LocalCluster(2),
        new dev.vigor.engine.cluster.LocalCluster(3));
    List<dev.vigor.engine.report.ScalingBench.Row> rows = dev.vigor.engine.report.ScalingBench
        .measure(nf.directory(), traceTimeout, warmup, runs, configurations, r -> {
          out.printf("%-44s %9s %7d %-9s %-6s %-22s %s%n", r.configuration(),
              seconds(r.wallMillis()), r.traces(), r.verdict().name().toLowerCase(),
              r.sameVerdicts() ? "yes" : "NO", String.join(",", r.layers()), r.cache());
          out.flush();
        });
    out.println("same: every spec file's per-trace verdicts equal the first row's.");
    return rows.stream().allMatch(dev.vigor.engine.report.ScalingBench.Row::sameVerdicts)
        ? ExitCodes.OK : ExitCodes.VIOLATED;
  }

  private int throughputTable(List<NfDescriptor> nfs, PrintWriter out, PrintWriter err)
      throws IOException, DiagnosticException {
    if (packets < 1) {
      err.println("vigor: --packets must be >= 1");
      return ExitCodes.BAD_INPUT;
    }
    Path include = LibvigIncludeLocator.locate(nfs.get(0).directory()).orElse(null);
    if (include == null) {
      err.println("vigor: cannot find libVig's headers next to " + nfs.get(0).directory());
      return ExitCodes.BAD_INPUT;
    }
    Path repo = dev.vigor.engine.nfrun.NfBuild.repoOf(include);
    dev.vigor.engine.nfrun.NfBuild build = new dev.vigor.engine.nfrun.NfBuild(repo,
        dev.vigor.engine.nfrun.NfBuild.defaultCache(), "gcc");
    out.printf("built NFs (gcc -O2, libVig in C, nfos/io's Linux back end), capture in and out,"
        + " %d packets of each NF's generated traffic; median of %d runs after one untimed%n",
        packets, runs);
    out.printf("%-26s %10s %12s  %s%n", "NF", "wall", "packets/s", "what the binary did");
    try {
      dev.vigor.engine.nfrun.ThroughputBench.measure(nfs, build,
          dev.vigor.engine.nfrun.ThroughputBench.baseline(repo), packets, runs, r -> {
            out.printf("%-26s %10s %12d  %s%n", r.nf(), seconds(r.millis()),
                r.packetsPerSecond(), r.summary().replace('\n', ' '));
            out.flush();
          });
    } catch (dev.vigor.engine.nfrun.RunFailure e) {
      err.println("vigor: " + e.getMessage());
      return e.exitCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("vigor: interrupted");
      return ExitCodes.UNKNOWN;
    }
    return ExitCodes.OK;
  }

  /** The NF with the most traces: symbolic execution once per NF. */
  private static NfDescriptor largest(List<NfDescriptor> nfs) throws IOException, DiagnosticException {
    NfDescriptor best = null;
    int most = -1;
    for (NfDescriptor nf : nfs) {
      Path inc = LibvigIncludeLocator.locate(nf.directory()).orElse(null);
      Program p = CFrontEnd.compile(nf.directory(), inc);
      try (SymexResult r = SymbolicExecutor.run(p, NfConfig.load(nf.directory()),
          ProgressListener.NONE, CancelToken.none())) {
        if (r.traces().size() > most) {
          most = r.traces().size();
          best = nf;
        }
      }
    }
    return best;
  }

  private static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.2f s", millis / 1000.0);
  }
}
