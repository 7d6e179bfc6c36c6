package dev.vigor.engine.cli;

import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nfrun.CapturedPacket;
import dev.vigor.engine.nfrun.CaptureCheck;
import dev.vigor.engine.nfrun.ConfigSource;
import dev.vigor.engine.nfrun.NfBuild;
import dev.vigor.engine.nfrun.NfProcess;
import dev.vigor.engine.nfrun.Pcapng;
import dev.vigor.engine.nfrun.RunFailure;
import dev.vigor.engine.nfrun.TrafficGenerator;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.validate.TrafficCheck;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigor run}: builds an NF with gcc (libVig in C, nfos/io's Linux back end) and runs it on
 * a capture or live interfaces; with --check, every packet the binary processed is checked
 * against the spec's concrete interpreter. --generate writes test traffic for the NF instead.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Build an NF into a Linux binary (gcc; cached by source hash) and run it: from a capture to"
          + " a pcapng with one interface per device, or live on interfaces (AF_PACKET). With"
          + " --qemu, build it into an NFOS image instead, boot that under QEMU and play the"
          + " capture into its emulated NICs.",
      "A pcapng input packet arrives on the device numbered as its interface; a classic pcap's"
          + " all arrive on device 0. Time is the capture's timestamps, in ns.",
      "--check gives every packet also to the spec's concrete interpreter and stops at the first"
          + " one whose output or tables the spec does not allow, with a counterexample as"
          + " vigor verify prints it.",
      "Exit: 0 ran (and agreed), 1 disagreement or the NF aborted, 3 bad input or no gcc."
    })
public final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NF", description = "the NF folder (with nf.properties)")
  Path nfDir;

  @Option(names = "--pcap", paramLabel = "IN", description = "input capture (pcapng or pcap)")
  Path pcap;

  @Option(names = "--out", paramLabel = "OUT",
      description = "output pcapng (one interface per device); with --generate, the traffic")
  Path out;

  @Option(names = "--iface", paramLabel = "A,B,...",
      description = "live mode: device i is the i-th interface (needs CAP_NET_RAW; stop with Ctrl-C)")
  String iface;

  @Option(names = "--check", description = "check every packet against the spec (pcap mode)")
  boolean check;

  @Option(names = "--qemu", description = "with --pcap and --out: boot the NF on NFOS under QEMU"
      + " (gcc -m32, qemu-system-x86_64; one emulated e1000 per device) and play the capture into"
      + " its NICs; output times are when frames came out")
  boolean qemu;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "the spec --check uses (default: the NF's spec.py)")
  Path specFile;

  @Option(names = "--json", paramLabel = "FILE", description = "--check's result as vigor verify's JSON")
  Path json;

  @Option(names = "--sarif", paramLabel = "FILE", description = "--check's result as SARIF 2.1.0")
  Path sarif;

  @Option(names = "--generate", paramLabel = "N",
      description = "write N packets of mixed test traffic for this NF to --out and stop")
  Integer generate;

  @Option(names = "--flows", paramLabel = "F", description = "flows in generated traffic (default: N/20)")
  Integer flows;

  @Option(names = "--fill-tables", description = "with --generate: a third of the way in, flood"
      + " as many new flows (two packets each) as the largest capacity.* in nf.properties holds,"
      + " and an eighth more")
  boolean fillTables;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "seed of generated traffic (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--cc", paramLabel = "GCC", defaultValue = "gcc",
      description = "the C compiler (default: ${DEFAULT-VALUE})")
  String cc;

  @Option(names = "--build-cache", paramLabel = "DIR",
      description = "where binaries are cached (default: ~/.cache/vigor/run)")
  Path buildCache;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(stdout, err);
    } catch (RunFailure e) {
      err.println(Messages.located(e.getMessage()));
      return e.exitCode();
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(d -> err.println(d));
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("vigor: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("vigor: interrupted");
      return ExitCodes.UNKNOWN;
    } finally {
      stdout.flush();
      err.flush();
    }
  }

  private int run(PrintWriter stdout, PrintWriter err)
      throws RunFailure, DiagnosticException, IOException, InterruptedException {
    checkOptions();
    if (!Files.isRegularFile(nfDir.resolve("nf.properties"))) {
      throw new RunFailure(3, nfDir + " is not an NF folder (no nf.properties)"
          + dev.vigor.engine.catalog.Catalog.NO_PROPERTIES_HINT);
    }
    LoadedNf nf = LoadedNf.load(nfDir);
    NfConfig config = NfConfig.load(nfDir);
    if (generate != null) {
      return generate(nf, config, stdout);
    }
    if (pcap != null) {
      readableCapture(pcap);
    }
    Path include = LibvigIncludeLocator.locate(nfDir).orElseThrow();
    NfBuild build = new NfBuild(NfBuild.repoOf(include),
        buildCache != null ? buildCache : NfBuild.defaultCache(), cc);
    if (qemu) {
      return qemuRun(nf, config, build, stdout);
    }
    Path binary = build.build(nf, ConfigSource.of(nf.program(), config));
    List<String> args = new ArrayList<>();
    if (pcap != null) {
      args.addAll(List.of("--pcap", pcap.toString()));
    } else {
      args.addAll(List.of("--iface", iface));
    }
    if (out != null) {
      args.addAll(List.of("--out", out.toString()));
    }
    if (!check) {
      return plainRun(binary, args, stdout, err);
    }
    return checkedRun(nf, config, binary, args, stdout, err);
  }

  /** --qemu: the NF booted on NFOS, the capture played into its NICs, what came out to --out. */
  private int qemuRun(LoadedNf nf, NfConfig config, NfBuild build, PrintWriter stdout)
      throws RunFailure, IOException, InterruptedException {
    java.util.Optional<String> why = dev.vigor.engine.nfrun.QemuMachine.unavailable();
    if (why.isPresent()) {
      throw new RunFailure(3, "--qemu: " + why.get());
    }
    Path image = build.buildNfosImage(nf, ConfigSource.of(nf.program(), config));
    List<CapturedPacket> packets;
    try {
      packets = Pcapng.read(Files.readAllBytes(pcap));
    } catch (IllegalArgumentException e) {
      throw new RunFailure(3, pcap + ": " + e.getMessage());
    }
    int devices = nf.descriptor().devices();
    Path console = Files.createTempFile("vigor-nfos-", ".log");
    dev.vigor.engine.nfrun.QemuRun.Result r;
    try {
      r = dev.vigor.engine.nfrun.QemuRun.run(image, devices, packets, console);
    } finally {
      Files.deleteIfExists(console);
      Files.deleteIfExists(console.resolveSibling(console.getFileName() + ".qemu"));
      Files.deleteIfExists(console.resolveSibling(console.getFileName() + ".packets"));
    }
    Pcapng.write(out, r.sent(), devices);
    StringBuilder line = new StringBuilder("nf on NFOS (QEMU): " + packets.size() + " packets in:");
    for (int d = 0; d < devices; d++) {
      line.append(' ').append(r.perDevice()[d]).append(" sent on device ").append(d).append(',');
    }
    line.setLength(line.length() - 1);
    stdout.println(line);
    long offered = packets.stream().filter(p -> p.device() < devices).count();
    if (r.processed() < offered) {
      stdout.println("  " + (offered - r.processed()) + " of them never reached the NF: the"
          + " emulated NIC drops frames over 1,522 bytes, the driver those over its buffers");
    }
    return ExitCodes.OK;
  }

  private void checkOptions() throws RunFailure {
    if (generate != null) {
      if (out == null || pcap != null || iface != null || check) {
        throw new RunFailure(3, "--generate N writes traffic to --out OUT; it takes no --pcap,"
            + " --iface or --check");
      }
      if (generate < 1) {
        throw new RunFailure(3, "--generate needs a positive packet count");
      }
      return;
    }
    if (fillTables || flows != null) {
      throw new RunFailure(3, (fillTables ? "--fill-tables" : "--flows")
          + " shapes generated traffic: use it with --generate N --out OUT");
    }
    if ((pcap == null) == (iface == null)) {
      throw new RunFailure(3, "say where packets come from: --pcap IN (a capture) or --iface"
          + " A,B (live interfaces)");
    }
    if (qemu && (pcap == null || out == null || check)) {
      throw new RunFailure(3, "--qemu plays a capture into the NF on NFOS: it needs --pcap IN and"
          + " --out OUT, and takes no --check or --iface");
    }
    if (check && iface != null) {
      throw new RunFailure(3, "--check runs on a capture (--pcap), not live interfaces");
    }
    if (pcap != null && out == null && !check) {
      throw new RunFailure(3, "--pcap needs --out OUT (the output pcapng), or --check");
    }
    if ((json != null || sarif != null) && !check) {
      throw new RunFailure(3, "--json and --sarif report a --check run");
    }
  }

  /** A clear message before any build when the capture is missing or not a capture. */
  private static void readableCapture(Path file) throws RunFailure {
    if (!Files.isRegularFile(file)) {
      throw new RunFailure(3, "no capture file " + file);
    }
    byte[] head;
    try (var in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    } catch (IOException e) {
      throw new RunFailure(3, "cannot read " + file + ": " + e.getMessage());
    }
    int magic = head.length < 4 ? 0 : (head[0] & 0xFF) | (head[1] & 0xFF) << 8
        | (head[2] & 0xFF) << 16 | (head[3] & 0xFF) << 24;
    boolean known = magic == 0x0A0D0D0A || magic == 0xa1b2c3d4 || magic == 0xa1b23c4d
        || Integer.reverseBytes(magic) == 0xa1b2c3d4 || Integer.reverseBytes(magic) == 0xa1b23c4d;
    if (!known) {
      throw new RunFailure(3, file + " is not a pcap or pcapng capture");
    }
  }

  private int generate(LoadedNf nf, NfConfig config, PrintWriter stdout) throws IOException, RunFailure {
    int devices = nf.descriptor().devices();
    int fill = fillTables ? TrafficGenerator.fillFor(nf) : 0;
    if (fillTables && fill == 0) {
      throw new RunFailure(3, "--fill-tables: " + nf.descriptor().name()
          + " declares no table (no capacity.* in nf.properties)");
    }
    if (2L * fill > generate) {
      throw new RunFailure(3, "--fill-tables floods " + fill + " new flows of two packets each:"
          + " --generate needs at least " + 2L * fill + " packets");
    }
    int flowCount = flows != null ? flows : Math.max(16, (generate - 2 * fill) / 20);
    List<CapturedPacket> packets = new TrafficGenerator(TrafficGenerator.forNf(nf, config,
        flowCount, seed)).generate(generate, fill);
    Pcapng.write(out, packets, devices);
    stdout.printf("wrote %d packets over %d flows on %d devices to %s%s%n", packets.size(),
        flowCount + fill, devices, out, fill > 0 ? " (" + fill + " of the flows flood the"
            + " tables)" : "");
    return ExitCodes.OK;
  }

  private static int plainRun(Path binary, List<String> args, PrintWriter stdout, PrintWriter err)
      throws RunFailure, InterruptedException {
    NfProcess p = NfProcess.start(binary, args);
    try {
      p.stdout().transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the child closed its stdout; its status says the rest
    }
    int status = p.waitFor();
    NfProcess.Outcome o = NfProcess.outcome(status, p.stderr());
    if (status == 0) {
      stdout.println(p.stderr()); // the binary's summary: packets, sent per device, dropped
    } else {
      err.println(o.message());
    }
    return o.exitCode();
  }

  private int checkedRun(LoadedNf nf, NfConfig config, Path binary, List<String> args,
      PrintWriter stdout, PrintWriter err) throws RunFailure, IOException, InterruptedException {
    Path file = specFile != null ? specFile : nf.descriptor().spec();
    if (file == null || !Files.isRegularFile(file)) {
      throw new RunFailure(3, "--check needs a spec: " + (file == null ? "the NF has no spec.py"
          : "no file " + file));
    }
    SpecCheckResult checked = Verification.check(nfDir, nf, file);
    if (checked.spec().isEmpty()) {
      checked.diagnostics().forEach(d -> err.println(d));
      return ExitCodes.BAD_INPUT;
    }
    CaptureCheck.Outcome outcome;
    try {
      outcome = CaptureCheck.run(nf, config, checked.spec().get(), file, binary, pcap,
          args, dev.vigor.engine.run.CancelToken.none(), n -> { });
    } catch (IllegalStateException e) {
      throw new RunFailure(3, e.getMessage());
    }
    long packets = outcome.packets();
    long millis = outcome.millis();
    Optional<TrafficCheck.Disagreement> found = outcome.disagreement();
    Path shown = file.startsWith(nfDir) ? nfDir.relativize(file) : file;
    if (found.isEmpty()) {
      stdout.printf("%-28s agreed   %d packets checked: every output and table the binary"
          + " produced is allowed (%d ms)%n", shown, packets, millis);
      report(outcome);
      return ExitCodes.OK;
    }
    TrafficCheck.Disagreement d = found.get();
    stdout.printf("%-28s VIOLATED at packet %d of %s: %s%n", shown, packets, pcap, d.summary());
    stdout.print(d.counterexample().render());
    if (d.hiddenEntries() > 0) {
      stdout.printf("    (%d other table entries before the packet are not shown: neither the"
          + " binary nor the spec changed them, and their keys are not in the packet)%n",
          d.hiddenEntries());
    }
    stdout.println(d.kind() == TrafficCheck.Kind.SPEC
        ? "note: if vigor verify proved this NF against " + shown + ", this disagreement is a bug"
            + " in the tool (its models of C, libVig or the spec); please report it with the"
            + " capture"
        : "note: this is a bug in the tool (the binary and the engine's interpreter run the same"
            + " C and libVig); please report it with the capture");
    report(outcome);
    return ExitCodes.VIOLATED;
  }

  /** --json and --sarif, in vigor verify's formats: the capture is one trace of the spec. */
  private void report(CaptureCheck.Outcome outcome) throws IOException {
    if (json == null && sarif == null) {
      return;
    }
    var result = outcome.asResult();
    if (json != null) {
      dev.vigor.engine.report.AtomicFiles.write(json,
          dev.vigor.engine.validate.ResultJson.of(nfDir, result)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    if (sarif != null) {
      dev.vigor.engine.report.SarifReport.write(result, nfDir, sarif);
    }
  }
}
