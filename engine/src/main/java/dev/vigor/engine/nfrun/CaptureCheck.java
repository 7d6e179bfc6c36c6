package dev.vigor.engine.nfrun;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.TrafficCheck;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Runs a built NF binary in check mode on a capture and checks every packet it processed against
 * a spec ({@link TrafficCheck}), up to the first disagreement: what {@code vigor run --check} and
 * the workbench's "Check a capture…" do.
 */
public final class CaptureCheck {
  /** How often progress is reported, in packets. */
  private static final int PROGRESS_EVERY = 1000;

  private CaptureCheck() {}

  /**
   * The outcome: how many packets were checked (the disagreeing one included), how long it took,
   * and the first disagreement if any.
   */
  public record Outcome(Path spec, Path capture, long packets, long millis,
      Optional<TrafficCheck.Disagreement> disagreement) {
    /**
     * As a verification result, so reports and the workbench show it as they show a run: the
     * capture is one trace of the spec, violated at the disagreeing packet.
     */
    public Verification.Result asResult() {
      Verdict verdict = disagreement.isPresent() ? Verdict.VIOLATED : Verdict.PROVED;
      List<String> reasons = disagreement.map(x -> List.of("packet " + packets + " of "
          + capture.getFileName() + ": " + x.summary())).orElse(List.of());
      TraceResult trace = new TraceResult((int) Math.max(0, packets - 1), verdict, reasons,
          disagreement.map(TrafficCheck.Disagreement::counterexample), millis, List.of());
      return new Verification.Result(List.of(), List.of(new Verification.SpecResult(spec,
          List.of(), List.of(trace), millis)));
    }
  }

  /**
   * Everything {@code vigor run NF --pcap capture --check --spec specFile} does, from the NF
   * folder: loads and builds the NF (gcc, binaries cached under buildCache), checks the spec
   * (read through sources, so an editor's unsaved text is what is checked), and runs
   * {@link #run}. A RunFailure with the message to show when any step cannot go on (no gcc, a
   * spec with errors, a file that is not a capture, the binary dying); its output pcapng is
   * written to a temporary file and deleted.
   */
  public static Outcome ofFolder(Path nfDir, Path specFile,
      dev.vigor.engine.spec.SpecSources sources, Path capture, Path buildCache,
      CancelToken cancel, LongConsumer progress) throws RunFailure, InterruptedException {
    if (!java.nio.file.Files.isRegularFile(capture)) {
      throw new RunFailure(3, "no capture file " + capture);
    }
    NfSetup setup = NfSetup.load(nfDir);
    LoadedNf nf = setup.nf();
    NfConfig config = setup.config();
    var checked = Verification.check(nfDir, nf, specFile, sources);
    if (checked.spec().isEmpty()) {
      throw new RunFailure(3, checked.diagnostics().isEmpty() ? specFile + " has errors"
          : checked.diagnostics().get(0).toString());
    }
    Path binary = NfBuild.binaryOf(nfDir, nf, config, buildCache);
    Path out;
    try {
      out = java.nio.file.Files.createTempFile("vigor-check-", ".pcapng");
    } catch (IOException e) {
      throw new RunFailure(3, "no temporary file for the binary's output: " + e.getMessage());
    }
    try {
      return run(nf, config, checked.spec().get(), specFile, binary, capture,
          List.of("--pcap", capture.toString(), "--out", out.toString()), cancel, progress);
    } catch (IllegalStateException e) {
      throw new RunFailure(3, e.getMessage());
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(out);
      } catch (IOException e) {
        // a temporary file left behind
      }
    }
  }

  /**
   * Checks every packet of capture that binary (built from nf with config) processes against
   * spec (read from specFile). args are the binary's own (--pcap, --out); --check is added.
   * progress is told the packets checked so far now and then. A RunFailure when the binary
   * cannot start, refuses, or dies; an IllegalStateException when nf_init fails in the engine.
   */
  public static Outcome run(LoadedNf nf, NfConfig config, Spec spec, Path specFile, Path binary,
      Path capture, List<String> args, CancelToken cancel, LongConsumer progress)
      throws RunFailure, InterruptedException {
    TrafficCheck checker = new TrafficCheck(nf.program(), config, spec);
    List<String> all = new ArrayList<>(args);
    all.add("--check");
    long t0 = System.nanoTime();
    long packets = 0;
    Optional<TrafficCheck.Disagreement> found = Optional.empty();
    try (NfProcess p = NfProcess.start(binary, all)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(p.stdout(), 1 << 16));
      IOException broken = null;
      try {
        for (Optional<CheckRecord> r = CheckRecord.read(in); r.isPresent() && found.isEmpty();
            r = CheckRecord.read(in)) {
          if (cancel.isCancelled()) {
            throw new InterruptedException("the check was cancelled after " + packets
                + " packets");
          }
          packets++;
          CheckRecord c = r.get();
          found = checker.step(c.device(), c.timeNs(), c.input(), c.verdict(), c.output());
          if (packets % PROGRESS_EVERY == 0) {
            progress.accept(packets);
          }
        }
      } catch (IOException e) {
        broken = e;
      }
      if (found.isEmpty()) {
        int status = p.waitFor();
        NfProcess.Outcome o = NfProcess.outcome(status, p.stderr());
        if (status != 0 || broken != null) {
          String message = o.message().isEmpty() && broken != null ? broken.getMessage()
              : o.message();
          throw new RunFailure(o.exitCode() == 0 ? 2 : o.exitCode(), message);
        }
      }
    }
    progress.accept(packets);
    return new Outcome(specFile, capture, packets, (System.nanoTime() - t0) / 1_000_000, found);
  }
}
